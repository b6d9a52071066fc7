import { resourceRule, type Rule } from './rule';
import { checkRemovalPolicy } from './support/removalPolicy';

export const deletionPolicyRule: Rule = resourceRule({
  id: 'E3035',
  needsText: ['DeletionPolicy'],
  description: 'DeletionPolicy must be Delete, Retain, RetainExceptOnCreate, or Snapshot where the type supports it',
  check: (resource, template) => checkRemovalPolicy(template, resource, 'E3035', 'DeletionPolicy', ['Delete', 'Retain', 'RetainExceptOnCreate']),
});
