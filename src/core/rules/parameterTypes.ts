import { finding, type Finding } from '../findings';
import { entryOf, isMap, isString } from '../model';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

/** The AWS-specific parameter types CloudFormation validates against the account. */
const AWS_SPECIFIC = [
  'AWS::EC2::AvailabilityZone::Name',
  'AWS::EC2::Image::Id',
  'AWS::EC2::Instance::Id',
  'AWS::EC2::KeyPair::KeyName',
  'AWS::EC2::SecurityGroup::GroupName',
  'AWS::EC2::SecurityGroup::Id',
  'AWS::EC2::Subnet::Id',
  'AWS::EC2::Volume::Id',
  'AWS::EC2::VPC::Id',
  'AWS::Route53::HostedZone::Id',
];

/** Key pairs are the one AWS-specific type without a list form. */
const AWS_SPECIFIC_LISTS = AWS_SPECIFIC.filter((type) => type !== 'AWS::EC2::KeyPair::KeyName').map((type) => `List<${type}>`);

const VALID_TYPES = new Set(['String', 'Number', 'List<Number>', 'List<String>', 'CommaDelimitedList', 'AWS::SSM::Parameter::Name', ...AWS_SPECIFIC, ...AWS_SPECIFIC_LISTS]);

/** What `AWS::SSM::Parameter::Value<…>` may hold. */
const SSM_VALUE_TYPES = new Set([
  'String',
  'Number',
  'List<String>',
  'List<Number>',
  'CommaDelimitedList',
  'AWS::SSM::Parameter::Name',
  ...AWS_SPECIFIC,
  ...AWS_SPECIFIC_LISTS,
]);

/** Parameter Type must be one CloudFormation knows (E2002); SSM value types outside the documented ones warn (W2002). */
export const parameterTypesRule: Rule = {
  id: 'E2002',
  description: 'Parameters have a valid Type',
  otherIds: { W2002: 'SSM parameter types should be documented ones' },
  run: (template) => {
    const findings: Finding[] = [];
    for (const parameter of sectionOf(template.root, 'Parameters')?.entries ?? []) {
      const typeEntry = entryOf(parameter.value, 'Type');
      if (!isMap(parameter.value) || !typeEntry || !isString(typeEntry.value)) continue;
      const type = typeEntry.value.value;
      const path = ['Parameters', parameter.key.value, 'Type'];
      if (VALID_TYPES.has(type)) continue;
      const ssm = /^AWS::SSM::Parameter::Value<(.+)>$/.exec(type);
      if (ssm && SSM_VALUE_TYPES.has(ssm[1])) continue;
      if (ssm) {
        findings.push(finding('W2002', 'warning', `'${type}' is not a documented SSM parameter type`, typeEntry.value.span, path));
      } else {
        findings.push(finding('E2002', 'error', `'${type}' is not a parameter type CloudFormation accepts`, typeEntry.value.span, path));
      }
    }
    return findings;
  },
};
