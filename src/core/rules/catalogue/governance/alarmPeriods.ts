import { entryOf, isScalar, type ScalarNode } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { possibleValues } from '../support/values';

const ALARM = 'AWS::CloudWatch::Alarm';
const PUT_ALARM_API = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html';
/**
 * Periods under a minute CloudWatch takes for high-resolution alarms. The API reference lists 10, 20
 * and 30; 1 and 5 are accepted here too, so that an alarm on a newer sub-10-second period is never
 * reported by mistake.
 */
const SUB_MINUTE = [1, 5, 10, 20, 30];

function isValidPeriod(seconds: number): boolean {
  return SUB_MINUTE.includes(seconds) || seconds % 60 === 0;
}

/** CX3118: a metric alarm's Period must be a sub-minute period CloudWatch knows or a whole number of minutes. */
export const alarmPeriodValue: CatalogueCheck = {
  id: 'CX3118',
  title: 'Alarm Period that is not 10, 20, 30 or a multiple of 60 seconds',
  topics: ['T31'],
  severity: 'error',
  url: PUT_ALARM_API,
  rejection: { quote: 'Valid values are 10, 20, 30, and any multiple of 60.', url: PUT_ALARM_API },
  explanation: {
    what:
      'CloudWatch evaluates an alarm on whole minutes (60, 120, 300 seconds…) or, for high-resolution metrics, on 10, 20 or 30 ' +
      'seconds; it refuses any other Period, so the alarm, and the stack, fail.',
    exam:
      'detect a problem within a minute or two: a 60-second period with DatapointsToAlarm (M of N) reacts fast without flapping; ' +
      'sub-minute periods need a high-resolution metric (PutMetricData with StorageResolution 1) and cost more.',
    scenario: 'alert the team within one minute when the error rate rises',
    trap: 'a 10-second period on a standard-resolution metric is accepted but gets no data for most periods (INSUFFICIENT_DATA).',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      const entry = entryOf(alarm.properties, 'Period');
      const seconds = possibleValues(context, entry?.value)?.map(Number);
      if (!entry || !seconds || seconds.length === 0 || !seconds.every((value) => value > 0 && Number.isInteger(value) && !isValidPeriod(value))) continue;
      const fix = isScalar(entry.value) && seconds.length === 1 ? periodFix(context.template, entry.value, seconds[0]) : undefined;
      hits.push({
        message: `Alarm '${alarm.logicalId}' has Period ${seconds.join(' or ')}: CloudWatch takes 10, 20, 30 or a multiple of 60 seconds`,
        span: entry.value.span,
        path: ['Resources', alarm.logicalId, 'Properties', 'Period'],
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
    return hits;
  },
};

/** The nearest whole number of minutes (at least one). */
function periodFix(template: Parameters<typeof replaceScalar>[0], node: ScalarNode, seconds: number) {
  const minutes = Math.max(60, Math.round(seconds / 60) * 60);
  const value = typeof node.value === 'string' ? String(minutes) : minutes;
  return { title: `Change to ${minutes}`, edits: [replaceScalar(template, node, value)], preferred: true };
}
