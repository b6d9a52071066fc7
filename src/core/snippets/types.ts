/** A CloudFormation value as snippet data: intrinsic functions in long form (`{ Ref: 'X' }`). */
export type CfnValue = string | number | boolean | CfnValue[] | { [key: string]: CfnValue };

export type CfnMap = { [key: string]: CfnValue };

/** One exam scenario: the resources it adds and the sections they need. Defined once, rendered to YAML and JSON. */
export interface SnippetDef {
  /** `cfn-<topic>`, e.g. cfn-asg-rolling. */
  prefix: string;
  /** A short name for pickers, e.g. "Auto Scaling group with rolling update". */
  title: string;
  /** The exam point the snippet teaches, in one or two sentences. */
  description: string;
  /** Topic ids from exam-topics.md, e.g. ['T07', 'T09']. */
  topics: string[];
  /** The SAM transform, for snippets that declare AWS::Serverless resources. */
  transform?: string;
  /** Parameters the resources use; plain values (no tab stops), inserted beside other parameters. */
  parameters?: CfnMap;
  conditions?: CfnMap;
  /** The resources; strings may hold tab stops (see placeholders.ts). */
  resources: CfnMap;
}

export const intrinsic = {
  ref: (name: string): CfnMap => ({ Ref: name }),
  getAtt: (resource: string, attribute: string): CfnMap => ({ 'Fn::GetAtt': [resource, attribute] }),
  sub: (text: string): CfnMap => ({ 'Fn::Sub': text }),
  join: (separator: string, parts: CfnValue[]): CfnMap => ({ 'Fn::Join': [separator, parts] }),
  select: (index: number, list: CfnValue): CfnMap => ({ 'Fn::Select': [index, list] }),
  getAZs: (): CfnMap => ({ 'Fn::GetAZs': '' }),
  base64: (value: CfnValue): CfnMap => ({ 'Fn::Base64': value }),
  ifCondition: (condition: string, whenTrue: CfnValue, whenFalse: CfnValue): CfnMap => ({
    'Fn::If': [condition, whenTrue, whenFalse],
  }),
  equals: (left: CfnValue, right: CfnValue): CfnMap => ({ 'Fn::Equals': [left, right] }),
};

/** The full text of the topic list, e.g. "T07, T09". */
export function topicList(snippet: SnippetDef): string {
  return snippet.topics.join(', ');
}
