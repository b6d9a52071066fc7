import type { Rule } from './rule';
import { allowedValuesRule } from './allowedValues';
import { missingRequiredPropertyRule } from './missingRequiredProperty';
import { propertyValueTypeRule } from './propertyValueType';
import { unknownPropertyRule } from './unknownProperty';
import { unknownResourceTypeRule } from './unknownResourceType';
import { creationPolicyRule } from './creationPolicy';
import { deletionPolicyRule } from './deletionPolicy';
import { unknownResourceAttributeRule } from './unknownResourceAttribute';
import { unknownTemplateSectionRule } from './unknownTemplateSection';
import { samGlobalsRule } from './samGlobals';
import { updatePolicyRule } from './updatePolicy';
import { updateReplacePolicyRule } from './updateReplacePolicy';
import { circularDependenciesRule } from './circularDependencies';
import { functionShapesRule } from './functionShapes';
import { getAttRule } from './getAttAttribute';
import { outputsRule } from './outputs';
import { impossibleEqualsRule } from './impossibleEquals';
import { parameterDefaultsRule } from './parameterDefaults';
import { logicalIdsRule } from './logicalIds';
import { interfaceParametersRule } from './interfaceParameters';
import { parameterTypesRule } from './parameterTypes';
import { redundantDependsOnRule } from './redundantDependsOn';
import { undefinedConditionRule } from './undefinedCondition';
import { undefinedDependsOnRule } from './undefinedDependsOn';
import { undefinedMappingRule } from './undefinedMapping';
import { mappingFunctionsRule } from './mappingFunctions';
import { undefinedRefRule } from './undefinedRef';
import { resourceBeforeCreationRule } from './resourceBeforeCreation';
import { ruleFunctionsRule } from './ruleFunctions';
import { undefinedSubVariableRule } from './undefinedSubVariable';
import { subNeededRule } from './subNeeded';
import { CATALOGUE_RULES } from './catalogue';
import { REGISTRY_CONSTRAINT_RULES } from './registryConstraints';
import { lambdaReservedVariablesRule } from './lambdaReservedVariables';
import { lambdaRuntimeRule } from './lambdaRuntime';
import { retiredServiceRule } from './retiredService';
import { iamPolicyGrammarRule } from './iamPolicyGrammar';
import { s3AccessControlRule } from './s3AccessControl';
import { elastiCacheFailoverRule } from './elastiCacheFailover';
import { route53RecordValuesRule } from './route53RecordValues';
import { templateStructureRule } from './templateStructure';
import { serverlessTransformRule } from './serverlessTransform';
import { EXAM_RULES } from './exam';
import { nestedStackChildRule } from './nestedStackChild';
import { forEachOutputKeysRule } from './forEachOutputKeys';
import { conditionalReferencesRule } from './conditionalReferences';
import { primaryIdentifiersRule } from './primaryIdentifiers';

/** Every lint rule the analysis runs, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [
  undefinedRefRule,
  resourceBeforeCreationRule,
  ruleFunctionsRule,
  undefinedSubVariableRule,
  subNeededRule,
  getAttRule,
  nestedStackChildRule,
  undefinedDependsOnRule,
  redundantDependsOnRule,
  undefinedConditionRule,
  conditionalReferencesRule,
  undefinedMappingRule,
  mappingFunctionsRule,
  circularDependenciesRule,
  functionShapesRule,
  forEachOutputKeysRule,
  outputsRule,
  impossibleEqualsRule,
  parameterTypesRule,
  parameterDefaultsRule,
  logicalIdsRule,
  interfaceParametersRule,
  unknownResourceTypeRule,
  retiredServiceRule,
  lambdaRuntimeRule,
  lambdaReservedVariablesRule,
  serverlessTransformRule,
  s3AccessControlRule,
  iamPolicyGrammarRule,
  elastiCacheFailoverRule,
  route53RecordValuesRule,
  primaryIdentifiersRule,
  unknownPropertyRule,
  missingRequiredPropertyRule,
  propertyValueTypeRule,
  allowedValuesRule,
  ...REGISTRY_CONSTRAINT_RULES,
  unknownTemplateSectionRule,
  samGlobalsRule,
  templateStructureRule,
  unknownResourceAttributeRule,
  deletionPolicyRule,
  updateReplacePolicyRule,
  updatePolicyRule,
  creationPolicyRule,
  ...EXAM_RULES,
  ...CATALOGUE_RULES,
];
