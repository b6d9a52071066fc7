/** T06/T31: an alarm on a load balancer's response-code count read with a statistic that is always 1. */
import { entryOf, isMap, isScalar, isSeq, valueOf, type MapNode, type NodePath } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const ALARM = 'AWS::CloudWatch::Alarm';
const ALB_METRICS_PAGE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html';
/** Application Load Balancer counts whose page says: "The most useful statistic is Sum. Note that Minimum, Maximum, and Average all return 1." */
const COUNTS_OF_ONES = new Set([
  'HTTPCode_Target_2XX_Count',
  'HTTPCode_Target_3XX_Count',
  'HTTPCode_Target_4XX_Count',
  'HTTPCode_Target_5XX_Count',
  'HTTPCode_ELB_3XX_Count',
  'HTTPCode_ELB_4XX_Count',
  'HTTPCode_ELB_5XX_Count',
]);
const ALWAYS_ONE = new Set(['Average', 'Minimum', 'Maximum']);

/** Whether only Sum says something of the metric (a load balancer response-code count). */
export function countsOnlyWithSum(metric: string | undefined): boolean {
  return metric !== undefined && COUNTS_OF_ONES.has(metric);
}

interface ReadMetric {
  metric: string | undefined;
  namespace: string | undefined;
  statistic: MapNode;
  key: string;
  path: NodePath;
}

/** The metric and statistic an alarm reads: its own, or each MetricStat of its metric math. */
function readMetrics(alarm: MapNode, base: NodePath): ReadMetric[] {
  const own = { metric: literalString(valueOf(alarm, 'MetricName')), namespace: literalString(valueOf(alarm, 'Namespace')), statistic: alarm, key: 'Statistic', path: base };
  const queries = valueOf(alarm, 'Metrics');
  if (!isSeq(queries)) return [own];
  return queries.items.flatMap((query, index) => {
    const stat = valueOf(query, 'MetricStat');
    const metric = valueOf(stat, 'Metric');
    if (!isMap(stat)) return [];
    return [{ metric: literalString(valueOf(metric, 'MetricName')), namespace: literalString(valueOf(metric, 'Namespace')), statistic: stat, key: 'Stat', path: [...base, 'Metrics', index, 'MetricStat'] }];
  });
}

/** CX3133: Average, Minimum or Maximum of an ALB response-code count. */
export const alarmCountStatistic: CatalogueCheck = {
  id: 'CX3133',
  title: 'Alarm on a load balancer response-code count with Average, Minimum or Maximum (always 1) instead of Sum',
  topics: ['T31', 'T06'],
  severity: 'warning',
  url: ALB_METRICS_PAGE,
  explanation: {
    what:
      'An Application Load Balancer reports each HTTPCode_* count only when it is not zero, and the Average, Minimum and Maximum of ' +
      'those reports are always 1: an alarm on them with a threshold of 1 or more never fires, however many errors there are. Sum ' +
      'counts the responses in the period.',
    exam:
      'the rollback alarm of a deployment (CodeDeploy, ECS, SAM) watches HTTPCode_Target_5XX_Count with Sum over one-minute periods; ' +
      'with TreatMissingData notBreaching, since no errors means no data.',
    trap: 'the alarm deploys and stays OK in every test: it never fires because Average is 1, not because the service is healthy.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      if (!alarm.properties) continue;
      for (const read of readMetrics(alarm.properties, ['Resources', alarm.logicalId, 'Properties'])) {
        const entry = entryOf(read.statistic, read.key);
        const statistic = entry && literalString(entry.value);
        if (!entry || !isScalar(entry.value) || !statistic || !ALWAYS_ONE.has(statistic) || !read.metric || !COUNTS_OF_ONES.has(read.metric)) continue;
        if (read.namespace !== undefined && read.namespace !== 'AWS/ApplicationELB') continue;
        hits.push({
          message: `Alarm '${alarm.logicalId}' reads ${read.metric} with ${statistic}, which is 1 whenever the metric is reported: use Sum to count the responses`,
          span: entry.value.span,
          path: [...read.path, read.key],
          fixes: [{ title: 'Use the Sum statistic', edits: [replaceScalar(context.template, entry.value, 'Sum')], preferred: true }],
        });
      }
    }
    return hits;
  },
};
