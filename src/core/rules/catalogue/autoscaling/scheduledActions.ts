/** T08 checks on scheduled actions: what they set, when they run, and what stack updates do to them. */
import { entryOf, isMap, isString, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt, intrinsicName, literalBoolean } from '../support/values';
import { GROUP, namedGroup, numbersOf, propertyPath } from './groups';

const ACTION = 'AWS::AutoScaling::ScheduledAction';
const ACTION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-scheduledaction.html';
const SCHEDULED_GUIDE = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/schedule_time.html';
const SIZES = ['MinSize', 'MaxSize', 'DesiredCapacity'];

/** CX0810: a scheduled action that changes nothing. */
export const scheduledActionWithoutSize: CatalogueCheck = {
  id: 'CX0810',
  title: 'Scheduled action sets none of MinSize, MaxSize and DesiredCapacity',
  topics: ['T08'],
  severity: 'error',
  url: ACTION_PAGE,
  rejection: { quote: 'You must specify at least one of the following properties: MaxSize, MinSize, or DesiredCapacity.', url: ACTION_PAGE },
  explanation: {
    what: 'A scheduled action changes the group size at its time: without MinSize, MaxSize or DesiredCapacity there is nothing to change and the request fails.',
    exam: 'scale out for a known peak with a scheduled action that raises DesiredCapacity (and MaxSize if needed), and back with a second action.',
    scenario: 'the traffic peak comes every weekday at 18:00',
  },
  resourceTypes: [ACTION],
  run(context) {
    return context.resources(ACTION).flatMap((action) => {
      if (!action.properties || SIZES.some((name) => valueOf(action.properties, name) !== undefined)) return [];
      return [
        {
          message: `Scheduled action '${action.logicalId}' sets none of MinSize, MaxSize and DesiredCapacity: Amazon EC2 Auto Scaling rejects it`,
          span: action.key.span,
          path: ['Resources', action.logicalId, 'Properties'],
        },
      ];
    });
  },
};

/** CX0811: a recurrence that is not a five-field Unix cron expression. */
export const scheduledActionRecurrence: CatalogueCheck = {
  id: 'CX0811',
  title: 'Scheduled action Recurrence is not a five-field cron expression, or has a number outside its field',
  topics: ['T08'],
  severity: 'error',
  url: ACTION_PAGE,
  rejection: {
    quote:
      'This format consists of five fields separated by white spaces: [Minute] [Hour] [Day_of_Month] [Month_of_Year] [Day_of_Week].',
    url: ACTION_PAGE,
  },
  explanation: {
    what:
      'Auto Scaling recurrences are Unix cron expressions of five fields ("0 18 * * *"), not the six-field cron(…) expressions of ' +
      'EventBridge schedules; Amazon EC2 Auto Scaling rejects any other form.',
    exam: 'EventBridge and Image Builder use cron(min hour day month weekday year); Auto Scaling scheduled actions use five fields and an optional TimeZone.',
    trap: 'copying an EventBridge schedule such as cron(0 18 * * ? *) into Recurrence.',
  },
  resourceTypes: [ACTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const action of context.resources(ACTION)) {
      const recurrence = valueOf(action.properties, 'Recurrence');
      if (!isString(recurrence) || recurrence.value.trim().startsWith('@')) continue;
      const fields = recurrence.value.trim().split(/\s+/);
      const fiveFields = fields.length === 5 && !/[()]/.test(recurrence.value);
      const outside = fiveFields ? outOfRange(fields) : undefined;
      if (fiveFields && !outside) continue;
      hits.push({
        message: outside
          ? `Recurrence '${recurrence.value}' of scheduled action '${action.logicalId}' has ${outside.name} ${outside.value}, outside the ${outside.range} that field takes`
          : `Recurrence '${recurrence.value}' of scheduled action '${action.logicalId}' is not five cron fields (minute hour day-of-month month day-of-week)`,
        span: recurrence.span,
        path: propertyPath(action, 'Recurrence'),
      });
    }
    return hits;
  },
};

/** The Unix cron fields in order, with the numbers each takes (day-of-week 0 and 7 both Sunday). */
const CRON_FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
];

/** The first number of a field outside what it takes (`0 24 * * *`); names, steps and other marks are not judged. */
function outOfRange(fields: string[]): { name: string; value: number; range: string } | undefined {
  for (const [index, field] of fields.entries()) {
    const { name, min, max } = CRON_FIELDS[index];
    for (const part of field.split(',')) {
      const bounds = part.split('/')[0].split('-');
      for (const bound of bounds) {
        if (!/^\d+$/.test(bound)) continue;
        const value = Number(bound);
        if (value < min || value > max) return { name, value, range: `${min}–${max}` };
      }
    }
  }
  return undefined;
}

/** CX0814: a group with scheduled actions whose sizes the next stack update resets. */
export const scheduledActionsResetByUpdates: CatalogueCheck = {
  id: 'CX0814',
  title: 'Group with scheduled actions lacks AutoScalingScheduledAction IgnoreUnmodifiedGroupSizeProperties',
  topics: ['T08', 'T09'],
  severity: 'warning',
  url: ACTION_PAGE,
  explanation: {
    what:
      'When a stack with an Auto Scaling group and scheduled actions is updated, CloudFormation sets MinSize, MaxSize and DesiredCapacity ' +
      'back to the template values, undoing a scheduled action in effect. UpdatePolicy AutoScalingScheduledAction with ' +
      'IgnoreUnmodifiedGroupSizeProperties: true keeps the current sizes unless the template changed them.',
    exam: 'a stack update during the evening peak must not shrink the group that a scheduled action scaled out.',
    scenario: 'after a stack update at 19:00 the group dropped from 20 back to 5 instances',
  },
  resourceTypes: [GROUP, ACTION],
  run(context) {
    const scheduled = new Set(
      context.resources(ACTION).map((action) => namedGroup(context, valueOf(action.properties, 'AutoScalingGroupName'))?.logicalId),
    );
    return context.resources(GROUP).flatMap((group) => {
      if (!scheduled.has(group.logicalId)) return [];
      const policy = attributeAt(group, 'UpdatePolicy');
      if (policy !== undefined && (!isMap(policy) || intrinsicName(policy) !== undefined)) return [];
      const ignore = attributeAt(group, 'UpdatePolicy', 'AutoScalingScheduledAction', 'IgnoreUnmodifiedGroupSizeProperties');
      if (ignore !== undefined && literalBoolean(ignore) !== false) return [];
      return [
        {
          message:
            `Auto Scaling group '${group.logicalId}' has scheduled actions but no UpdatePolicy AutoScalingScheduledAction with ` +
            'IgnoreUnmodifiedGroupSizeProperties: true: every stack update resets the sizes a scheduled action set',
          span: ignore?.span ?? group.key.span,
          path: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingScheduledAction'],
        },
      ];
    });
  },
};

/** CX0815: a scheduled size the group's own bounds do not allow. */
export const scheduledActionOutsideGroup: CatalogueCheck = {
  id: 'CX0815',
  title: 'Scheduled action DesiredCapacity outside the group size it leaves in place',
  topics: ['T08'],
  severity: 'warning',
  url: SCHEDULED_GUIDE,
  explanation: {
    what:
      'A scheduled action sets only the sizes it names; the others stay as they are. A DesiredCapacity above the group MaxSize (or ' +
      'below its MinSize) that neither the action nor another scheduled action of the group raises (or lowers) makes the scaling ' +
      'activity fail when the action runs.',
    exam: 'to scale to 20 at 18:00 when the group maximum is 10, the action sets MaxSize 20 as well as DesiredCapacity 20.',
    scenario: 'scale to 20 instances at 18:00 and back to 5 at 23:00',
  },
  resourceTypes: [ACTION, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const action of context.resources(ACTION)) {
      const group = namedGroup(context, valueOf(action.properties, 'AutoScalingGroupName'));
      const desiredNode = valueOf(action.properties, 'DesiredCapacity');
      const desired = numbersOf(context, desiredNode);
      if (!group || !desired) continue;
      const siblings = context.resources(ACTION).filter((other) => other !== action && namedGroup(context, valueOf(other.properties, 'AutoScalingGroupName')) === group);
      // A bound the action leaves in place is the group's own, or whatever another action of the group last set it to.
      const bound = (name: string) => {
        const own = valueOf(action.properties, name);
        if (own !== undefined) return numbersOf(context, own);
        const values: number[] = [];
        for (const resource of [group, ...siblings]) {
          const node = valueOf(resource.properties, name);
          if (node === undefined) continue;
          const numbers = numbersOf(context, node);
          if (!numbers) return undefined;
          values.push(...numbers);
        }
        return values.length > 0 ? values : undefined;
      };
      const max = bound('MaxSize');
      const min = bound('MinSize');
      let problem: string | undefined;
      if (max && Math.min(...desired) > Math.max(...max)) problem = `above the MaxSize ${Math.max(...max)}`;
      else if (min && Math.max(...desired) < Math.min(...min)) problem = `below the MinSize ${Math.min(...min)}`;
      if (!problem) continue;
      hits.push({
        message: `Scheduled action '${action.logicalId}' sets DesiredCapacity ${desired.join(' or ')}, ${problem} of group '${group.logicalId}': the action fails when it runs; set that bound in the action too`,
        span: desiredNode!.span,
        path: propertyPath(action, 'DesiredCapacity'),
      });
    }
    return hits;
  },
};

/** CX0816: a recurrence read in UTC. */
export const scheduledActionInUtc: CatalogueCheck = {
  id: 'CX0816',
  title: 'Scheduled action recurrence without a TimeZone runs in UTC',
  topics: ['T08'],
  severity: 'info',
  url: ACTION_PAGE,
  explanation: {
    what:
      'Without TimeZone the cron hours of Recurrence are UTC hours. With TimeZone (an IANA name) they are local hours, and the ' +
      'schedule follows daylight saving time.',
    exam: '"scale out at 18:00 local time" is Recurrence "0 18 * * *" with TimeZone such as Europe/Berlin, not an hour converted to UTC by hand.',
    trap: 'an hour converted to UTC by hand is one hour off for half of the year.',
  },
  resourceTypes: [ACTION],
  run(context) {
    return context.resources(ACTION).flatMap((action) => {
      const recurrence = entryOf(action.properties, 'Recurrence');
      if (!recurrence || valueOf(action.properties, 'TimeZone') !== undefined) return [];
      return [
        {
          message: `Scheduled action '${action.logicalId}' has no TimeZone: its recurrence runs in UTC`,
          span: recurrence.key.span,
          path: propertyPath(action, 'Recurrence'),
        },
      ];
    });
  },
};

export const scheduledActionChecks: readonly CatalogueCheck[] = [
  scheduledActionWithoutSize,
  scheduledActionRecurrence,
  scheduledActionsResetByUpdates,
  scheduledActionOutsideGroup,
  scheduledActionInUtc,
];
