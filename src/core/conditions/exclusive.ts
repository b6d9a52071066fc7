import type { TemplateNode } from '../model';
import { conditionFormula } from './formula';
import type { Domains, Formula } from './types';

/** More assignments than this and the logic gives up (satisfiable: may hold; exclusive: cannot tell, so yes). */
const MAX_ASSIGNMENTS = 4096;

/** What every leaf of a formula is, for one way the stack could be deployed. */
interface Assignment {
  /** The value each `Ref` takes (a parameter has exactly one value); undefined: one no literal names. */
  refs: Map<string, string | undefined>;
  opaque: Map<string, boolean>;
}

/**
 * Whether conditions `first` and `second` of a template can never both be true, e.g. `Fn::Not` of
 * each other, or `Fn::Equals` of the same `Ref` with different literals (and any `Fn::And`,
 * `Fn::Or`, `Fn::Not` and `Condition` over those). Opaque facts may be anything. Every caller reports
 * a clash (two exports of one name, two resources of one identifier) unless the answer is yes, so when
 * there are too many deployments to try the answer is yes: a clash is reported only when a deployment
 * surely has both.
 */
export function conditionsExclusive(root: TemplateNode | undefined, first: string, second: string): boolean {
  return formulasExclusive(conditionFormula(root, first), conditionFormula(root, second));
}

/** Whether two formulas are never both true, trying every deployment that tells them apart. */
export function formulasExclusive(first: Formula, second: Formula): boolean {
  const both: Formula = { kind: 'and', operands: [first, second] };
  const assignments = enumerate(both);
  return assignments === undefined || !assignments.some((assignment) => evaluate(both, assignment, new Map()));
}

/**
 * Whether some deployment makes the formula true. `domains`: the values a `Ref` can take (a
 * parameter's AllowedValues), where known. Sound: true whenever it cannot tell.
 */
export function satisfiable(formula: Formula, domains?: Domains): boolean {
  const assignments = enumerate(formula, domains);
  return assignments === undefined || assignments.some((assignment) => evaluate(formula, assignment, new Map()));
}

/** Whether some deployment surely makes the formula true: false also when there are too many deployments to try. */
export function surelySatisfiable(formula: Formula, domains?: Domains): boolean {
  const assignments = enumerate(formula, domains);
  return assignments !== undefined && assignments.some((assignment) => evaluate(formula, assignment, new Map()));
}

/**
 * Every combination that matters: each `Ref` equal to one of the literals it is compared with or
 * to none of them (within its domain, when known), each opaque fact true or false. Undefined when
 * there are too many.
 */
function enumerate(formula: Formula, domains?: Domains): Assignment[] | undefined {
  const literals = new Map<string, Set<string>>();
  const opaque = new Set<string>();
  collect(formula, literals, opaque, new Set());
  let assignments: Assignment[] = [{ refs: new Map(), opaque: new Map() }];
  for (const [ref, values] of literals) {
    const choices = choicesOf(values, domains?.get(ref));
    if (assignments.length * choices.length > MAX_ASSIGNMENTS) return undefined;
    assignments = assignments.flatMap((assignment) => choices.map((value) => ({ ...assignment, refs: new Map(assignment.refs).set(ref, value) })));
  }
  for (const key of opaque) {
    if (assignments.length * 2 > MAX_ASSIGNMENTS) return undefined;
    assignments = assignments.flatMap((assignment) => [true, false].map((value) => ({ ...assignment, opaque: new Map(assignment.opaque).set(key, value) })));
  }
  return assignments;
}

function choicesOf(literals: ReadonlySet<string>, domain: readonly string[] | undefined): (string | undefined)[] {
  if (!domain || domain.length === 0) return [...literals, undefined];
  const named = domain.filter((value) => literals.has(value));
  return domain.some((value) => !literals.has(value)) ? [...named, undefined] : named;
}

/** A formula is a graph: a condition named twice is one shared node, visited once (`seen`). */
function collect(formula: Formula, literals: Map<string, Set<string>>, opaque: Set<string>, seen: Set<Formula>): void {
  if (seen.has(formula)) return;
  seen.add(formula);
  if (formula.kind === 'equals') literals.set(formula.ref, (literals.get(formula.ref) ?? new Set()).add(formula.literal));
  else if (formula.kind === 'opaque') opaque.add(formula.key);
  else if (formula.kind === 'not') collect(formula.operand, literals, opaque, seen);
  else if (formula.kind === 'and' || formula.kind === 'or') for (const operand of formula.operands) collect(operand, literals, opaque, seen);
}

/** The formula's value under one assignment; `known` keeps the value of each shared node. */
function evaluate(formula: Formula, assignment: Assignment, known: Map<Formula, boolean>): boolean {
  const kept = known.get(formula);
  if (kept !== undefined) return kept;
  let value: boolean;
  switch (formula.kind) {
    case 'constant':
      value = formula.value;
      break;
    case 'equals':
      value = assignment.refs.get(formula.ref) === formula.literal;
      break;
    case 'opaque':
      value = assignment.opaque.get(formula.key) === true;
      break;
    case 'not':
      value = !evaluate(formula.operand, assignment, known);
      break;
    case 'and':
      value = formula.operands.every((operand) => evaluate(operand, assignment, known));
      break;
    case 'or':
      value = formula.operands.some((operand) => evaluate(operand, assignment, known));
      break;
  }
  known.set(formula, value);
  return value;
}
