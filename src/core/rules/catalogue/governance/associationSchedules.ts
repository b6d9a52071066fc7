/** T29: the schedule of a State Manager association, which takes rate expressions of 30 minutes to 30 days. */
import { valueOf } from '../../../model';
import { propertyHit, push, stringValues } from '../data/common';
import { rateParts } from '../support/schedules';
import type { CatalogueCheck, CheckHit } from '../types';

const PAGE = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/reference-cron-and-rate-expressions.html';
const MINUTES_PER_UNIT: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };
const SHORTEST_MINUTES = 30;
const LONGEST_MINUTES = 31 * 1440;

/** How a rate expression falls outside what associations take, or undefined (also when it is not a plain rate). */
function rateOutOfRange(expression: string): 'short' | 'long' | undefined {
  const parts = rateParts(expression);
  const perUnit = parts ? MINUTES_PER_UNIT[parts.unit.toLowerCase()] : undefined;
  if (!parts || perUnit === undefined || !/^\d+$/.test(parts.value)) return undefined;
  const minutes = Number(parts.value) * perUnit;
  if (minutes === 0) return undefined;
  if (minutes < SHORTEST_MINUTES) return 'short';
  return minutes >= LONGEST_MINUTES ? 'long' : undefined;
}

/** CX2921: an association scheduled more often than every 30 minutes, or every 31 days or more. */
export const associationRate: CatalogueCheck = {
  id: 'CX2921',
  title: 'State Manager association with a rate under 30 minutes or of 31 days or more',
  topics: ['T29'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote: 'Associations support the following rate expressions: intervals of 30 minutes or greater and less than 31 days.',
    url: PAGE,
  },
  explanation: {
    what:
      'A State Manager association reapplies its document (patching, agent updates, a configuration) on its schedule. Its rate ' +
      'expression must be at least 30 minutes and less than 31 days; Systems Manager refuses others, and the association is not created.',
    exam:
      'State Manager keeps instances in a defined state (the SSM agent up to date, a patch baseline applied, software installed); ' +
      'Config remediation and maintenance windows run Systems Manager documents on events or in a time slot instead.',
    trap: 'EventBridge takes rate(5 minutes), an association does not: schedule it every 30 minutes or more.',
  },
  resourceTypes: ['AWS::SSM::Association'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const association of context.resources('AWS::SSM::Association')) {
      const expressions = stringValues(context, valueOf(association.properties, 'ScheduleExpression'));
      const problems = expressions?.map(rateOutOfRange);
      if (!expressions || !problems?.every((problem) => problem !== undefined)) continue;
      const wording = problems.includes('short') ? 'more often than every 30 minutes' : 'every 31 days or less often';
      push(
        hits,
        propertyHit(
          association,
          ['ScheduleExpression'],
          `Association '${association.logicalId}' runs ${expressions.join(' or ')}, ${wording}: associations take rate expressions ` +
            'of 30 minutes or more and less than 31 days',
        ),
      );
    }
    return hits;
  },
};
