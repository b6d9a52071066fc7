/**
 * A template condition as a boolean formula. Leaves are what CloudFormation compares:
 * `Fn::Equals` of a `Ref` with a literal, or anything else as an opaque fact.
 */
export type Formula =
  | { kind: 'constant'; value: boolean }
  /** `Fn::Equals` of the value of `Ref name` (a parameter or pseudo parameter) with a literal. */
  | { kind: 'equals'; ref: string; literal: string }
  /** A comparison or condition the logic cannot look into, named by its shape: true or false, unknown which. */
  | { kind: 'opaque'; key: string }
  | { kind: 'not'; operand: Formula }
  | { kind: 'and'; operands: Formula[] }
  | { kind: 'or'; operands: Formula[] };

/** The values a `Ref` can take, by name: a parameter's AllowedValues as CloudFormation compares them (text). */
export type Domains = ReadonlyMap<string, readonly string[]>;

/** One `Fn::If` branch on the way to a value: its condition, and whether the branch is the one taken when it holds. */
export interface TakenBranch {
  condition: string;
  holds: boolean;
}
