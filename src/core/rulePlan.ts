import type { Rule } from './rules/rule';

/** Sets of declared types whose choice is kept; past it the choices are forgotten and made again. */
const MAX_KEPT = 2000;

/**
 * Which rules can find something in a template, in the rules' order: those without `onlyWith`, and
 * those with a type the template declares. Most rules (the exam catalogue's checks) name a few types;
 * a template declares a few: looking the rules up by the declared types asks each declared type once
 * instead of asking every rule about each of its types.
 */
export class RulePlan {
  private readonly always: number[] = [];
  private readonly byType = new Map<string, number[]>();

  /** By the declared types joined, what rulesFor chose (templates of a project declare the same few sets). */
  private readonly chosen = new Map<string, readonly Rule[]>();

  constructor(private readonly rules: readonly Rule[]) {
    rules.forEach((rule, index) => {
      if (!rule.onlyWith) return this.always.push(index);
      for (const type of rule.onlyWith) {
        const list = this.byType.get(type);
        if (list) list.push(index);
        else this.byType.set(type, [index]);
      }
    });
  }

  /** The rules for a template that declares these resource types (resourcesByType's keys), in order. */
  rulesFor(declaredTypes: Iterable<string>): readonly Rule[] {
    const types = [...declaredTypes];
    const key = types.join('\u0000');
    let rules = this.chosen.get(key);
    if (!rules) {
      if (this.chosen.size >= MAX_KEPT) this.chosen.clear();
      this.chosen.set(key, (rules = this.choose(types)));
    }
    return rules;
  }

  private choose(declaredTypes: readonly string[]): Rule[] {
    const chosen = new Uint8Array(this.rules.length);
    for (const index of this.always) chosen[index] = 1;
    for (const type of declaredTypes) for (const index of this.byType.get(type) ?? []) chosen[index] = 1;
    const rules: Rule[] = [];
    for (let index = 0; index < chosen.length; index++) if (chosen[index]) rules.push(this.rules[index]);
    return rules;
  }
}

const plans = new WeakMap<readonly Rule[], RulePlan>();

/** One plan per rule list (the lists are made once, at start-up or by a test). */
export function rulePlan(rules: readonly Rule[]): RulePlan {
  let plan = plans.get(rules);
  if (!plan) plans.set(rules, (plan = new RulePlan(rules)));
  return plan;
}
