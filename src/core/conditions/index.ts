export type { Formula } from './types';
export { conditionFormula } from './formula';
export { conditionsExclusive, formulasExclusive } from './exclusive';
