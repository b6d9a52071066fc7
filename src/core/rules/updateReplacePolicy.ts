import type { Rule } from './rule';
import { checkRemovalPolicy } from './support/removalPolicy';

export const updateReplacePolicyRule: Rule = {
  id: 'E3036',
  description: 'UpdateReplacePolicy must be Delete, Retain, or Snapshot where the type supports it',
  run: (template) => checkRemovalPolicy(template, 'E3036', 'UpdateReplacePolicy', ['Delete', 'Retain']),
};
