/** T31: CloudWatch Synthetics canaries whose run may last longer than the time between two runs. */
import { propertyHit, push, stringValues } from '../data/common';
import { rateParts } from '../support/schedules';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalNumber, propertyAt } from '../support/values';

const PAGE = 'https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_CanaryRunConfigInput.html';
const SECONDS_PER_UNIT: Record<string, number> = { minute: 60, minutes: 60, hour: 3600, hours: 3600 };

/** Seconds between runs of a `rate(…)` schedule; undefined for cron, a run-once rate(0 …) or anything unread. */
function rateSeconds(expression: string): number | undefined {
  const parts = rateParts(expression);
  const perUnit = parts ? SECONDS_PER_UNIT[parts.unit.toLowerCase()] : undefined;
  if (!parts || perUnit === undefined || !/^\d+$/.test(parts.value) || Number(parts.value) === 0) return undefined;
  return Number(parts.value) * perUnit;
}

/** CX3127: a canary timeout longer than its schedule's interval. */
export const canaryTimeoutOverFrequency: CatalogueCheck = {
  id: 'CX3127',
  title: 'Synthetics canary whose TimeoutInSeconds is longer than the interval of its schedule',
  topics: ['T31'],
  severity: 'error',
  url: PAGE,
  rejection: { quote: "You can't set this time to be longer than the frequency of the runs of this canary.", url: PAGE },
  explanation: {
    what:
      'A canary runs its script on its schedule (rate(5 minutes)) and each run stops after RunConfig TimeoutInSeconds. The timeout ' +
      'may not be longer than the time between two runs; Synthetics refuses the canary otherwise.',
    exam:
      'canaries watch an endpoint from outside like a user would (heartbeat, API, broken links, visual changes): their ' +
      'SuccessPercent metric feeds an alarm, and that alarm can roll back a deployment or fail over DNS.',
  },
  resourceTypes: ['AWS::Synthetics::Canary'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const canary of context.resources('AWS::Synthetics::Canary')) {
      const timeout = literalNumber(propertyAt(canary, 'RunConfig', 'TimeoutInSeconds'));
      const expressions = stringValues(context, propertyAt(canary, 'Schedule', 'Expression'));
      const intervals = expressions?.map(rateSeconds);
      if (timeout === undefined || !intervals || !intervals.every((seconds) => seconds !== undefined && timeout > seconds)) continue;
      push(
        hits,
        propertyHit(
          canary,
          ['RunConfig', 'TimeoutInSeconds'],
          `Canary '${canary.logicalId}' may run for ${timeout} seconds but is scheduled ${expressions!.join(' or ')}, every ${Math.max(...(intervals as number[]))} seconds: ` +
            'Synthetics does not take a timeout longer than the interval between runs',
        ),
      );
    }
    return hits;
  },
};
