import { undefinedNameFinding, undefinedReferences, type Reference } from '../references';
import type { Rule } from './rule';

/**
 * A parameter named in `Metadata.AWS::CloudFormation::Interface` (a group's Parameters, a ParameterLabels key)
 * that the template does not declare. "A list of case-sensitive parameter logical IDs to include in the group.
 * Parameters must already be defined in the `Parameters` section of the template."
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudformation-interface-parametergroup.html)
 * cfn-lint reports it as W4001; the console only reads the metadata, so a deployment does not fail on it.
 */
export const interfaceParametersRule: Rule = {
  id: 'W4001',
  needsText: ['Interface'],
  description: 'Parameters named in the AWS::CloudFormation::Interface metadata are declared',
  run: (template) =>
    undefinedReferences(template, ['interfaceParameter']).map((reference) =>
      undefinedNameFinding(template, reference, 'W4001', 'warning', messageOf(reference)),
    ),
};

function messageOf(reference: Reference): string {
  const where = reference.path[2] === 'ParameterLabels' ? 'ParameterLabels' : 'ParameterGroups';
  return `Parameter '${reference.name}' in the AWS::CloudFormation::Interface ${where} is not declared: parameters must already be defined in the Parameters section of the template`;
}
