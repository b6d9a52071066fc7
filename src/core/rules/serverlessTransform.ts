import { finding } from '../findings';
import { isSeq, isString, valueOf, type TemplateNode } from '../model';
import { resourceDeclarations } from '../sections';
import type { Rule } from './rule';
import { hasSamTransform } from './unknownResourceAttribute';

/**
 * E3038: an AWS::Serverless type in a template without the SAM transform. Only the transform
 * knows these types; CloudFormation itself rejects them as unrecognised resource types.
 */
export const serverlessTransformRule: Rule = {
  id: 'E3038',
  needsText: ['Serverless'],
  description: 'SAM resource types need the AWS::Serverless-2016-10-31 transform',
  run(template) {
    const transform = valueOf(template.root, 'Transform');
    if (hasSamTransform(transform) || !onlyKnownTransforms(transform)) return [];
    return resourceDeclarations(template.root)
      .filter((resource) => resource.type?.startsWith('AWS::Serverless::') && resource.typeNode)
      .map((resource) =>
        finding(
          'E3038',
          'error',
          `${resource.type} needs 'Transform: AWS::Serverless-2016-10-31' at the top of the template: without it CloudFormation does not know the type`,
          resource.typeNode!.span,
          ['Resources', resource.logicalId, 'Type'],
        ),
      );
  },
};

/** Transforms of AWS's that never add SAM; a macro of one's own might. */
const NOT_SAM = new Set(['AWS::LanguageExtensions', 'AWS::Include', 'AWS::CodeDeployBlueGreen', 'AWS::SecretsManager-2020-07-23', 'AWS::SecretsManager-2024-09-16']);

function onlyKnownTransforms(transform: TemplateNode | undefined): boolean {
  if (transform === undefined) return true;
  if (isString(transform)) return NOT_SAM.has(transform.value);
  return isSeq(transform) && transform.items.every((item) => isString(item) && NOT_SAM.has(item.value));
}
