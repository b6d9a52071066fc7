import { isScalar, isSeq, valueOf, type ScalarNode, type TemplateNode } from '../model';
import { memoized } from '../memo';
import { sectionOf } from '../sections';
import { satisfiable, surelySatisfiable } from './exclusive';
import { conditionFormula } from './formula';
import type { Domains, Formula, TakenBranch } from './types';

/**
 * Whether some deployment takes every one of these `Fn::If` branches, with the parameter of `given`
 * (if any) set to that value.
 */
export type BranchFilter = (taken: readonly TakenBranch[], given?: ParameterValue) => boolean;

/** A parameter given one of its values. */
export interface ParameterValue {
  parameter: string;
  value: string;
}

/**
 * A filter of the `Fn::If` branches some deployment can take, inside a resource created under
 * `resourceCondition` (if any): `!If [IsLinux, …, !If [IsWindows, …, unknown]]` never yields
 * `unknown` when the parameter both test allows only `linux` and `windows`. Sound: a branch is
 * dropped only when no deployment takes it.
 */
export function reachableBranches(root: TemplateNode | undefined, resourceCondition?: string, sure = false): BranchFilter {
  const reading = root ? memoized(root, readConditions) : readConditions(undefined);
  const decide = sure ? surelySatisfiable : satisfiable;
  return (taken, given) => {
    if (taken.length === 0 && (given === undefined || resourceCondition === undefined)) return true;
    const operands: Formula[] = taken.map(({ condition, holds }) => (holds ? reading.formulaOf(condition) : { kind: 'not', operand: reading.formulaOf(condition) }));
    if (resourceCondition !== undefined) operands.push(reading.formulaOf(resourceCondition));
    if (given) operands.push({ kind: 'equals', ref: given.parameter, literal: given.value });
    return decide({ kind: 'and', operands }, reading.domains());
  };
}

/** Whether some deployment makes the named condition true: false only when none can (`!Equals [a, b]`). */
export function conditionCanHold(root: TemplateNode | undefined, name: string): boolean {
  const reading = root ? memoized(root, readConditions) : readConditions(undefined);
  return reading.canHold(name);
}

/** The template's conditions as formulas and its parameters' domains, each read on first use, once per template. */
interface ConditionReading {
  formulaOf(name: string): Formula;
  domains(): Domains;
  /** Whether some deployment makes the condition true, decided once per name (every rule on its resources asks). */
  canHold(name: string): boolean;
}

function readConditions(root: TemplateNode | undefined): ConditionReading {
  const formulas = new Map<string, Formula>();
  const holds = new Map<string, boolean>();
  let domains: Domains | undefined;
  const reading: ConditionReading = {
    formulaOf: (name) => {
      let formula = formulas.get(name);
      if (!formula) formulas.set(name, (formula = conditionFormula(root, name)));
      return formula;
    },
    domains: () => (domains ??= parameterDomains(root)),
    canHold: (name) => {
      let can = holds.get(name);
      if (can === undefined) holds.set(name, (can = satisfiable(reading.formulaOf(name), reading.domains())));
      return can;
    },
  };
  return reading;
}

/** Each parameter's AllowedValues, as the text CloudFormation compares. */
function parameterDomains(root: TemplateNode | undefined): Domains {
  const domains = new Map<string, string[]>();
  for (const { key, value } of sectionOf(root, 'Parameters')?.entries ?? []) {
    const allowed = valueOf(value, 'AllowedValues');
    if (!isSeq(allowed) || allowed.items.length === 0) continue;
    if (!allowed.items.every((item) => isScalar(item) && item.value !== null)) continue;
    domains.set(key.value, allowed.items.map((item) => String((item as ScalarNode).value)));
  }
  return domains;
}
