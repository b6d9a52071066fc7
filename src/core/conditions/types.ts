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
