/** What each intrinsic function does, its argument skeleton and its AWS page: for completion and hover. */

export interface IntrinsicDoc {
  name: string;
  summary: string;
  /** Page name under the template reference (`intrinsic-function-reference-<page>.html`, with an anchor). */
  page: string;
  /** Placeholder names of the arguments: one scalar, or a list (`list: true`). */
  args: readonly string[];
  list: boolean;
  /** The argument is an object whose keys are `args` (Fn::GetStackOutput). */
  keyed?: boolean;
}

const TEMPLATE_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

function doc(name: string, page: string, summary: string, args: readonly string[], list = args.length > 1): IntrinsicDoc {
  return { name, page, summary, args, list };
}

export const INTRINSIC_DOCS: readonly IntrinsicDoc[] = [
  doc('Ref', 'ref', "Returns a parameter's value, or a resource's default identifier (for most resources its physical ID or name).", ['LogicalName']),
  doc('Fn::GetAtt', 'getatt', 'Returns the value of an attribute of a resource declared in the template.', ['Resource', 'Attribute']),
  doc('Fn::Sub', 'sub', 'Builds a string, replacing `${Name}`, `${Resource.Attribute}` and pseudo parameters with their values.', ['String']),
  doc('Fn::Join', 'join', 'Concatenates a list of values into one string, separated by a delimiter.', ['Delimiter', 'Values']),
  doc('Fn::Select', 'select', 'Returns the item at a zero-based index of a list.', ['Index', 'List']),
  doc('Fn::Split', 'split', 'Splits a string into a list of strings at each occurrence of a delimiter.', ['Delimiter', 'String']),
  doc('Fn::FindInMap', 'findinmap', 'Returns a value from a two-level map declared in the Mappings section.', ['MapName', 'TopLevelKey', 'SecondLevelKey']),
  doc('Fn::GetAZs', 'getavailabilityzones', "Returns the Availability Zones of a Region that have a default subnet (all of them when none has one), in no guaranteed order; an empty string means the stack's Region.", ['Region']),
  doc('Fn::ImportValue', 'importvalue', 'Returns the value of an output that another stack in the same account and Region exports.', ['ExportName']),
  { ...doc('Fn::GetStackOutput', 'getstackoutput', 'Returns the value of an output of another stack, also in another account or Region, without an export (a weak reference: later changes are not tracked).', ['StackName', 'OutputName']), keyed: true },
  doc('Fn::Base64', 'base64', 'Returns the Base64 encoding of a string, as EC2 user data expects.', ['String']),
  doc('Fn::Cidr', 'cidr', 'Returns a list of CIDR blocks carved out of an address block.', ['IpBlock', 'Count', 'CidrBits']),
  doc('Fn::If', 'conditions#intrinsic-function-reference-conditions-if', 'Returns the first value when a condition is true, the second when it is false (`AWS::NoValue` removes the property).', ['Condition', 'ValueIfTrue', 'ValueIfFalse']),
  doc('Fn::Equals', 'conditions#intrinsic-function-reference-conditions-equals', 'True when its two values are equal; used to declare conditions.', ['Value1', 'Value2']),
  doc('Fn::And', 'conditions#intrinsic-function-reference-conditions-and', 'True when all of its 2 to 10 conditions are true.', ['Condition1', 'Condition2']),
  doc('Fn::Or', 'conditions#intrinsic-function-reference-conditions-or', 'True when at least one of its 2 to 10 conditions is true.', ['Condition1', 'Condition2']),
  doc('Fn::Not', 'conditions#intrinsic-function-reference-conditions-not', 'Negates a condition.', ['Condition'], true),
  doc('Condition', 'condition', 'Refers to another named condition, inside a condition declaration.', ['ConditionName']),
  doc('Fn::Transform', 'transform', 'Runs a macro over this part of the template when the stack is created or updated.', ['Name']),
  doc('Fn::ToJsonString', 'ToJsonString', 'Converts an object or list to its JSON string (needs the AWS::LanguageExtensions transform).', ['Value']),
  doc('Fn::Length', 'length', 'Returns the number of items in a list (needs the AWS::LanguageExtensions transform).', ['List']),
];

const BY_NAME = new Map(INTRINSIC_DOCS.map((entry) => [entry.name, entry]));

export function intrinsicDoc(name: string): IntrinsicDoc | undefined {
  return BY_NAME.get(name);
}

export function intrinsicUrl(entry: IntrinsicDoc): string {
  const [page, anchor] = entry.page.split('#');
  return `${TEMPLATE_REFERENCE}/intrinsic-function-reference-${page}.html${anchor ? `#${anchor}` : ''}`;
}

export const PSEUDO_PARAMETER_DOCS: Readonly<Record<string, string>> = {
  'AWS::AccountId': 'The ID of the AWS account the stack is created in, such as `123456789012`.',
  'AWS::NotificationARNs': "The list of ARNs of the SNS topics that receive the stack's events (a list: pick one with `Fn::Select`).",
  'AWS::NoValue': 'Removes the property it is given to, typically as one branch of `Fn::If`.',
  'AWS::Partition': 'The partition the stack is in: `aws`, or e.g. `aws-cn` and `aws-us-gov`; use it to build ARNs that work everywhere.',
  'AWS::Region': 'The Region the stack is created in, such as `us-west-2`.',
  'AWS::StackId': "The stack's ID, an ARN such as `arn:aws:cloudformation:us-west-2:123456789012:stack/my-stack/…`.",
  'AWS::StackName': "The stack's name, such as `my-stack`.",
  'AWS::URLSuffix': 'The domain suffix of the Region, usually `amazonaws.com` (`amazonaws.com.cn` in the China Regions).',
};

export const PSEUDO_PARAMETERS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html';
