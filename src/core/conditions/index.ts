export type { Domains, Formula, TakenBranch } from './types';
export { conditionFormula } from './formula';
export { conditionsExclusive, formulasExclusive, satisfiable } from './exclusive';
export { conditionCanHold, reachableBranches, type BranchFilter, type ParameterValue } from './branches';
export { holdsWithDefaults } from './defaults';
