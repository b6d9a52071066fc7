/** T08 checks on scheduled actions of one group that share a time. */
import { entryOf, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { propertyPath } from './groups';

const ACTION = 'AWS::AutoScaling::ScheduledAction';
const SCHEDULED_GUIDE = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/schedule_time.html';

/** When an action runs, as text that is equal for two actions of the same time, or undefined. */
function timeKey(action: ResourceDeclaration): { once: boolean; key: string } | undefined {
  const recurrence = literalString(valueOf(action.properties, 'Recurrence'));
  const start = literalString(valueOf(action.properties, 'StartTime'));
  const zoneNode = valueOf(action.properties, 'TimeZone');
  const zone = zoneNode === undefined ? 'UTC' : literalString(zoneNode);
  if (zone === undefined) return undefined;
  if (recurrence !== undefined && valueOf(action.properties, 'StartTime') === undefined) return { once: false, key: `${recurrence.trim().split(/\s+/).join(' ')} ${zone}` };
  if (start !== undefined && valueOf(action.properties, 'Recurrence') === undefined) return { once: true, key: start };
  return undefined;
}

/** Each later action of a group that runs at the time of an earlier one (one-time or recurring), with the earlier one. */
function sameTimeActions(context: CheckContext, once: boolean): Array<{ first: ResourceDeclaration; action: ResourceDeclaration; group: ResourceDeclaration }> {
  const pairs = [];
  const seen = new Map<string, ResourceDeclaration>();
  for (const action of context.resources(ACTION)) {
    if (valueOf(action.body, 'Condition') !== undefined) continue;
    const group = context.referenced(valueOf(action.properties, 'AutoScalingGroupName'));
    const time = timeKey(action);
    if (!group || time === undefined || time.once !== once) continue;
    const key = `${group.logicalId} ${time.key}`;
    const first = seen.get(key);
    if (first) pairs.push({ first, action, group });
    else seen.set(key, action);
  }
  return pairs;
}

function sameTimeHits(context: CheckContext, once: boolean, says: (first: string, action: string, group: string) => string): CheckHit[] {
  return sameTimeActions(context, once).map(({ first, action, group }) => {
    const entry = entryOf(action.properties, once ? 'StartTime' : 'Recurrence')!;
    return { message: says(first.logicalId, action.logicalId, group.logicalId), span: entry.value.span, path: propertyPath(action, entry.key.value) };
  });
}

const MERGE = 'put every size change of one moment into a single action (MinSize, MaxSize and DesiredCapacity together).';

/** CX0813: two recurring scheduled actions of one group on the same schedule. */
export const scheduledActionsSameTime: CatalogueCheck = {
  id: 'CX0813',
  title: 'Two recurring scheduled actions of one Auto Scaling group run at the same time',
  topics: ['T08'],
  severity: 'warning',
  url: SCHEDULED_GUIDE,
  explanation: {
    what:
      'Recurring scheduled actions of one group with the same schedule run in no defined order, so the size the group ends up with ' +
      'is unpredictable. (Two one-time actions with the same start time are refused outright: CX0817.)',
    exam: MERGE,
  },
  resourceTypes: [ACTION],
  run: (context) =>
    sameTimeHits(context, false, (first, action, group) =>
      `Scheduled actions '${first}' and '${action}' of group '${group}' run at the same time: merge them into one action that sets every size`,
    ),
};

/** CX0817: two one-time scheduled actions of one group with the same start time. */
export const oneTimeActionsSameStart: CatalogueCheck = {
  id: 'CX0817',
  title: 'Two one-time scheduled actions of one Auto Scaling group start at the same time',
  topics: ['T08'],
  severity: 'error',
  url: SCHEDULED_GUIDE,
  rejection: {
    quote:
      'If you attempt to schedule an activity at a time when another scaling activity is already scheduled, the call is rejected and ' +
      'returns an error indicating that a scheduled action with this scheduled start time already exists.',
    url: SCHEDULED_GUIDE,
  },
  explanation: {
    what:
      'Each scheduled action of a group needs a time of its own: Amazon EC2 Auto Scaling refuses a one-time action whose start time ' +
      'another action of the group already has, so the stack fails on the second one.',
    exam: MERGE,
    scenario: 'raise the minimum and the desired capacity of the group for the launch day at 08:00',
  },
  resourceTypes: [ACTION],
  run: (context) =>
    sameTimeHits(context, true, (first, action, group) =>
      `One-time scheduled actions '${first}' and '${action}' of group '${group}' start at the same time, which Amazon EC2 Auto Scaling ` +
      'refuses: merge them into one action that sets every size',
    ),
};

export const scheduledActionTimeChecks: readonly CatalogueCheck[] = [scheduledActionsSameTime, oneTimeActionsSameStart];
