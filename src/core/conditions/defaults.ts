/**
 * Whether a condition holds in the stack made with every parameter at its Default: true, false, or undefined
 * when that depends on what the template cannot tell (a parameter without a Default, a pseudo parameter, an
 * opaque comparison).
 */
import { isScalar, valueOf, type TemplateNode } from '../model';
import { sectionOf } from '../sections';
import { conditionFormula } from './formula';
import type { Formula } from './types';

export function holdsWithDefaults(root: TemplateNode | undefined, name: string): boolean | undefined {
  const parameters = sectionOf(root, 'Parameters');
  const defaultOf = (parameter: string): string | undefined => {
    const fallback = valueOf(valueOf(parameters, parameter), 'Default');
    return isScalar(fallback) && fallback.value !== null ? String(fallback.value) : undefined;
  };
  return evaluate(conditionFormula(root, name), defaultOf);
}

function evaluate(formula: Formula, defaultOf: (parameter: string) => string | undefined): boolean | undefined {
  switch (formula.kind) {
    case 'constant':
      return formula.value;
    case 'equals': {
      const value = defaultOf(formula.ref);
      return value === undefined ? undefined : value === formula.literal;
    }
    case 'opaque':
      return undefined;
    case 'not': {
      const operand = evaluate(formula.operand, defaultOf);
      return operand === undefined ? undefined : !operand;
    }
    case 'and':
    case 'or': {
      const values = formula.operands.map((operand) => evaluate(operand, defaultOf));
      const decisive = formula.kind === 'and' ? false : true;
      if (values.includes(decisive)) return decisive;
      return values.includes(undefined) ? undefined : !decisive;
    }
  }
}
