import type { Rule } from './rule';
import { checkRemovalPolicy } from './support/removalPolicy';

export const deletionPolicyRule: Rule = {
  id: 'E3035',
  description: 'DeletionPolicy must be Delete, Retain, RetainExceptOnCreate, or Snapshot where the type supports it',
  run: (template) => checkRemovalPolicy(template, 'E3035', 'DeletionPolicy', ['Delete', 'Retain', 'RetainExceptOnCreate']),
};
