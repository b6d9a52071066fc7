import type { Rule } from './rule';

/** Every lint rule the analysis runs, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [];
