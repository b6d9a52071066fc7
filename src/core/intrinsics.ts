/** CloudFormation's intrinsic functions and the YAML short-form tags that stand for them. */

export const SHORT_FORM_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAtt': 'Fn::GetAtt',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!GetStackOutput': 'Fn::GetStackOutput',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!Transform': 'Fn::Transform',
  '!And': 'Fn::And',
  '!Equals': 'Fn::Equals',
  '!If': 'Fn::If',
  '!Not': 'Fn::Not',
  '!Or': 'Fn::Or',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
  '!ForEach': 'Fn::ForEach',
  // Functions of the Rules section
  '!Contains': 'Fn::Contains',
  '!EachMemberEquals': 'Fn::EachMemberEquals',
  '!EachMemberIn': 'Fn::EachMemberIn',
  '!RefAll': 'Fn::RefAll',
  '!ValueOf': 'Fn::ValueOf',
  '!ValueOfAll': 'Fn::ValueOfAll',
};

export const INTRINSIC_FUNCTIONS: readonly string[] = Object.values(SHORT_FORM_TAGS);

const LONG_TO_SHORT = new Map(Object.entries(SHORT_FORM_TAGS).map(([tag, name]) => [name, tag]));

/**
 * The long form a YAML tag stands for. Like cfn-lint, any other `!Name` reads as `Fn::Name`,
 * so an unknown function is reported once, by the rule that checks function names, not as a parse error.
 */
export function functionForTag(tag: string): string {
  return SHORT_FORM_TAGS[tag] ?? `Fn::${tag.slice(1)}`;
}

/** `Fn::Sub` → `!Sub`. */
export function shortFormOf(functionName: string): string | undefined {
  return LONG_TO_SHORT.get(functionName);
}

export function isIntrinsicName(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::');
}
