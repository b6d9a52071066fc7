/** The template-aware completions: finds what the cursor position asks for, then who answers it. */
import type { Completion, CompletionProvider } from './index';
import { completionContext, type CompletionContext } from './context';
import { policyCompletions, resourceAttributeKeyCompletions, resourceAttributeValueCompletions } from './attributeCompletions';
import { functionCompletions } from './functionCompletions';
import { getAttAttributeCompletions, getAttResourceCompletions, mappingKeyCompletions, referenceCompletions, refTargetCompletions } from './referenceCompletions';
import { subMapKeyCompletions, subVariableCompletions } from './subCompletions';
import { propertyKeyCompletions, propertyValueCompletions } from './schemaCompletions';
import { declarationKeyCompletions, metadataKeyCompletions, parameterTypeCompletions, sectionCompletions, transformCompletions } from './sectionCompletions';

export const templateCompletions: CompletionProvider = (template, offset) => {
  if (!template.root) return [];
  const context = completionContext(template, offset);
  return context ? completionsFor(context) : [];
};

function completionsFor(context: CompletionContext): Completion[] {
  switch (context.kind) {
    case 'topLevelKey':
      return sectionCompletions(context);
    case 'resourceAttributeKey':
      return resourceAttributeKeyCompletions(context);
    case 'resourceAttributeValue':
      return resourceAttributeValueCompletions(context);
    case 'propertyKey':
      return propertyKeyCompletions(context);
    case 'propertyValue':
      return propertyValueCompletions(context);
    case 'policyKey':
    case 'policyValue':
      return policyCompletions(context);
    case 'refTarget':
      return refTargetCompletions(context);
    case 'subVariable':
      return subVariableCompletions(context);
    case 'getAttResource':
      return getAttResourceCompletions(context);
    case 'getAttAttribute':
      return getAttAttributeCompletions(context);
    case 'condition':
      return referenceCompletions(context, ['condition']);
    case 'mapping':
      return referenceCompletions(context, ['mapping']);
    case 'mappingKey':
      return mappingKeyCompletions(context);
    case 'subMapKey':
      return subMapKeyCompletions(context);
    case 'functionName':
      return functionCompletions(context, context.form);
    case 'declarationKey':
      return declarationKeyCompletions(context, context.section, context.name);
    case 'parameterType':
      return parameterTypeCompletions(context);
    case 'transformName':
      return transformCompletions(context);
    case 'metadataKey':
      return metadataKeyCompletions(context);
    case 'logicalId':
      return [];
  }
}
