/**
 * Whether two resources can be created in the same deployment: a check that compares two resources
 * (a listener and its load balancer, a queue and its dead-letter queue) stays silent when their
 * Conditions never hold together, since no stack ever has both.
 */
import { conditionsExclusive } from '../../../conditions';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from './context';
import { attributeAt, literalString } from './values';

export function mayCoexist(context: CheckContext, first: ResourceDeclaration, second: ResourceDeclaration): boolean {
  const firstNode = attributeAt(first, 'Condition');
  const secondNode = attributeAt(second, 'Condition');
  if (firstNode === undefined || secondNode === undefined) return true;
  const one = literalString(firstNode);
  const other = literalString(secondNode);
  if (one === undefined || other === undefined) return true;
  if (one === other) return true;
  // Reading the Conditions section makes the check depend on the whole template: only when both carry one.
  return !conditionsExclusive(context.template.root, one, other);
}
