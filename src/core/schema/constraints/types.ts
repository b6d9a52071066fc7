/** The JSON-schema keywords the registry schemas use, as the constraint engine reads them. */
import type { NodePath, Span, TemplateNode } from '../../model';

export type JsonSchema = boolean | SchemaObject;

export interface SchemaObject {
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  propertyNames?: JsonSchema;
  required?: string[];
  items?: JsonSchema;
  /** The schema of each leading item, by position (a DynamoDB key schema: HASH, then RANGE); `items` still holds for every item. */
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  enumCaseInsensitive?: boolean;
  const?: unknown;
  pattern?: string;
  /** What the pattern asks for, in words, for the message (a registry correction's own). */
  patternMeaning?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  dependencies?: Record<string, string[] | JsonSchema>;
  dependentRequired?: Record<string, string[]>;
  dependentExcluded?: Record<string, string[]>;
  requiredXor?: string[];
  requiredOr?: string[];
  /** Properties required or refused when another property has one of some values (a registry correction's `when`). */
  valueDependencies?: ValueDependency[];
  /** Each item of the list gives this key a value of its own (a registry correction's `uniqueBy`: WAF rule priorities). */
  uniqueBy?: string;
  /** The registry type this property is passed to unchanged (a registry correction's `sameAs`), whose schema this is. */
  passedTo?: string;
  /** Not a keyword: whether the schema can report anything at any depth, once constraints/judging.ts has worked it out. */
  judges?: boolean;
  /** Not a keyword: the schema `$ref` names, once the walk has looked it up. */
  refTarget?: JsonSchema;
}

/**
 * When `property` is one of `in` (or left out, when `default` is one of them), `require` must be given,
 * `exclude` must not, and each property `allow` names, when written, takes only the values it lists.
 */
export interface ValueDependency {
  property: string;
  in: string[];
  default?: string;
  require?: string[];
  exclude?: string[];
  allow?: Record<string, string[]>;
}

/**
 * The keyword a violation is about. `type`, `required` and `additional` are what the
 * specification-based rules (E3012, E3003, E3002) already report: the engine uses them only to tell
 * which branch of a oneOf/anyOf/if a value takes, never reports them.
 */
export type ConstraintKeyword =
  | 'enum'
  | 'pattern'
  | 'length'
  | 'range'
  | 'items'
  | 'unique'
  | 'format'
  | 'requiredXor'
  | 'requiredOr'
  | 'anyOf'
  | 'oneOf'
  | 'not'
  | 'dependentRequired'
  | 'dependentExcluded'
  | 'type'
  | 'required'
  | 'additional';

export interface Violation {
  keyword: ConstraintKeyword;
  message: string;
  /** Where to show it. */
  span: Span;
  path: NodePath;
  /** The node the value was checked on (for quick fixes of scalars). */
  node: TemplateNode;
  /** For enum: the allowed values, and the value as CloudFormation reads it. */
  allowed?: readonly unknown[];
  value?: string;
  /** For format: the format name (cfn-lint files each under its own id). */
  format?: string;
  /** For format: the function of a template resource whose value has another format (cfn-lint's E1041 for Ref, E1040 for Fn::GetAtt). */
  givenBy?: 'Ref' | 'Fn::GetAtt';
  /** For such a value: what of the same resource gives the identifier (`Ref`, or the attribute), for a quick fix. */
  replacement?: { target: string; attribute?: string };
  /** The value is one a stack may be given (a parameter's non-default allowed value): a warning, the template deploys with others. */
  choice?: boolean;
  /** Where a value a function gives comes from ("one of the AllowedValues of parameter 'Env'…"). */
  origin?: string;
  /** An `items` violation of a list longer than maxItems (a list SAM Globals prepend to can only grow). */
  tooMany?: boolean;
  /** Found judging a value as the one form of an anyOf/oneOf it names (a SAM event as its `Type`). */
  inNamedForm?: boolean;
  /** The schema broken is another type's, the value passed to it unchanged (`passedTo`): that type's service checks it. */
  passedTo?: string;
}
