/** T08: a scheduled action whose start time has passed. */
import { today } from '../../../clock';
import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { propertyPath } from './groups';

const ACTION = 'AWS::AutoScaling::ScheduledAction';
const PUT_ACTION = 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PutScheduledUpdateGroupAction.html';

/** The day before `date` (YYYY-MM-DD): a start time written in a time zone behind UTC may still be to come on it. */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** CX0818: StartTime before today (by more than a time zone can explain). */
export const scheduledActionInPast: CatalogueCheck = {
  id: 'CX0818',
  title: 'Scheduled action whose StartTime is in the past',
  topics: ['T08'],
  severity: 'error',
  url: PUT_ACTION,
  rejection: { quote: 'If you try to schedule your action in the past, Amazon EC2 Auto Scaling returns an error message.', url: PUT_ACTION },
  explanation: {
    what:
      'StartTime is when a one-time action runs, or when a recurring one starts; Amazon EC2 Auto Scaling refuses a time that has ' +
      'already passed, so a template with a past date fails to create the action.',
    exam: 'for a known event, schedule the capacity ahead of it (a one-time action before the launch); for a weekly pattern, use Recurrence in cron with a TimeZone.',
    trap: 'a template copied from an old lab keeps its dates: a one-time action in it fails on the next new stack.',
  },
  resourceTypes: [ACTION],
  run(context) {
    const hits: CheckHit[] = [];
    const limit = dayBefore(today());
    for (const action of context.resources(ACTION)) {
      const start = literalString(valueOf(action.properties, 'StartTime'));
      const date = start?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
      if (!start || !date || date >= limit) continue;
      const entry = entryOf(action.properties, 'StartTime')!;
      hits.push({
        message: `Scheduled action '${action.logicalId}' starts at ${start}, in the past: Amazon EC2 Auto Scaling refuses an action scheduled in the past`,
        span: entry.value.span,
        path: propertyPath(action, 'StartTime'),
      });
    }
    return hits;
  },
};
