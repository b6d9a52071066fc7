/** The parameter types CloudFormation accepts, and whether a `Ref` to one gives a list or one value. */

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
const SSM_VALUE_TYPES = new Set(['String', 'Number', 'List<String>', 'List<Number>', 'CommaDelimitedList', 'AWS::SSM::Parameter::Name', ...AWS_SPECIFIC, ...AWS_SPECIFIC_LISTS]);

const SSM_VALUE = /^AWS::SSM::Parameter::Value<(.+)>$/;

/** A Type CloudFormation accepts, SSM value types outside the documented ones left out. */
export function isDocumentedParameterType(type: string): boolean {
  if (VALID_TYPES.has(type)) return true;
  const ssm = SSM_VALUE.exec(type);
  return ssm !== null && SSM_VALUE_TYPES.has(ssm[1]);
}

export function isSsmValueType(type: string): boolean {
  return SSM_VALUE.test(type);
}

/** Parameter types whose Ref is a list, not one string. */
export function isListParameterType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<') || type.includes('<List<') || type === 'AWS::SSM::Parameter::Value<CommaDelimitedList>';
}

/** Whether a parameter of this Type resolves to a list or to one value; undefined for a Type CloudFormation does not document. */
export function parameterShape(type: string): 'list' | 'scalar' | undefined {
  if (!isDocumentedParameterType(type)) return undefined;
  return isListParameterType(type) ? 'list' : 'scalar';
}
