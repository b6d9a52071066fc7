/** What the Auto Scaling simulations share: the group's size and the page they rest on. */
import { entryOf, isSeq, valueOf, type MapEntry } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { attributeAt, literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { fleetSize } from '../fleet';
import type { FleetSize, SimulationOptions } from '../types';

export const GROUP = 'AWS::AutoScaling::AutoScalingGroup';
export const UPDATE_POLICY_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html';
export const CREATION_POLICY_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html';

/** The instances the group runs when an update starts: DesiredCapacity, else MinSize. */
export function groupFleet(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): FleetSize {
  const properties = group.properties;
  return fleetSize(context, options, group.logicalId, [
    { name: 'DesiredCapacity', node: valueOf(properties, 'DesiredCapacity') },
    { name: 'MinSize', node: valueOf(properties, 'MinSize') },
  ]);
}

/** The UpdatePolicy entry and one of its policies' entries. */
export function policyEntries(group: ResourceDeclaration, policy: string): MapEntry[] {
  const update = entryOf(group.body, 'UpdatePolicy');
  const inner = entryOf(update?.value, policy);
  return update && inner ? [update, inner] : [];
}

/** Names of the processes a rolling update suspends, when written literally. */
export function suspendedProcesses(group: ResourceDeclaration): string[] {
  const list = attributeAt(group, 'UpdatePolicy', 'AutoScalingRollingUpdate', 'SuspendProcesses');
  return isSeq(list) ? list.items.flatMap((item) => literalString(item) ?? []) : [];
}

/** Scheduled actions of this template that act on the group. */
export function scheduledActionsOf(context: CheckContext, group: ResourceDeclaration): ResourceDeclaration[] {
  return context
    .resources('AWS::AutoScaling::ScheduledAction')
    .filter((action) => context.referenced(valueOf(action.properties, 'AutoScalingGroupName'))?.logicalId === group.logicalId);
}
