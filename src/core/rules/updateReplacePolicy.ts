import { resourceRule, type Rule } from './rule';
import { checkRemovalPolicy } from './support/removalPolicy';

export const updateReplacePolicyRule: Rule = resourceRule({
  id: 'E3036',
  needsText: ['UpdateReplacePolicy'],
  description: 'UpdateReplacePolicy must be Delete, Retain, or Snapshot where the type supports it',
  check: (resource, template) => checkRemovalPolicy(template, resource, 'E3036', 'UpdateReplacePolicy', ['Delete', 'Retain']),
});
