import type { MapEntry, NodePath, ScalarNode, Span } from '../model';

/** What a template declares under a name; a `subVariable` is a key of a Fn::Sub variable map (navigation only). */
export type DeclarationKind = 'parameter' | 'resource' | 'condition' | 'mapping' | 'mappingKey' | 'output' | 'subVariable';

export interface Declaration {
  kind: DeclarationKind;
  name: string;
  /** The whole key as written (JSON keys include their quotes). */
  keySpan: Span;
  /** The name itself, inside any quotes. */
  nameSpan: Span;
  path: NodePath;
  entry: MapEntry;
  /** A resource's Type, a parameter's Type. */
  detail?: string;
  /** For a mapping key: the mapping (and top-level key, for a second-level key) it sits under. */
  parents?: string[];
}

/**
 * How a name is referred to; `interfaceParameter` is a parameter named in `Metadata.AWS::CloudFormation::Interface`
 * (ParameterGroups[].Parameters[], the keys of ParameterLabels), which the console reads.
 */
export type ReferenceKind = 'ref' | 'getatt' | 'sub' | 'dependsOn' | 'condition' | 'findInMap' | 'mappingKey' | 'interfaceParameter';

export interface Reference {
  kind: ReferenceKind;
  /** The name referred to: a logical ID, parameter, condition or mapping (for GetAtt, the resource part). */
  name: string;
  /** The name's exact span, or the whole scalar's when `exact` is false. */
  span: Span;
  exact: boolean;
  /** The scalar the name is written in. */
  node: ScalarNode;
  /** Where cfn-lint reports a problem with this reference. */
  path: NodePath;
  /** For GetAtt and `${A.B}`: the attribute part, when it is a literal. */
  attribute?: string;
  /** Where the attribute is written (exact, or the whole scalar), and the path cfn-lint reports it at. */
  attributeSpan?: Span;
  attributePath?: NodePath;
  /** For a mapping key: the mapping (and top-level key) it is looked up under. */
  parents?: string[];
  /** The resource whose body holds the reference, for dependency edges. */
  fromResource?: string;
  /** For `${…}` in the list form of Fn::Sub, which has its own variable map. */
  subHasVariables?: boolean;
  /** Written in a Fn::ForEach body: the name and path are those of one copy the transform writes out. */
  inLoop?: boolean;
  /** How the reference is written: 'Ref', 'Fn::GetAtt', 'Fn::Sub', 'DependsOn', 'Condition', 'Fn::If', 'Fn::FindInMap'. */
  via: string;
}

export const PSEUDO_PARAMETERS: readonly string[] = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
];

export function isPseudoParameter(name: string): boolean {
  return PSEUDO_PARAMETERS.includes(name);
}
