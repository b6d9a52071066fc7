/**
 * T31: alarm settings that cannot work together: M out of N with M above N, an anomaly band
 * operator without a band, and load balancer metrics asked for under the balancer's ARN.
 */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { arnGiven, intrinsicText } from '../support/arns';
import { literalNumber, literalString, possibleValues, presenceAt } from '../support/values';

const ALARM = 'AWS::CloudWatch::Alarm';
const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const PUT_ALARM_API = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html';
const ALARM_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html';
const ALB_METRICS_PAGE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html';

function alarmPath(alarm: ResourceDeclaration, ...rest: (string | number)[]): NodePath {
  return ['Resources', alarm.logicalId, 'Properties', ...rest];
}

/** CX3119: M out of N needs M ≤ N. */
export const alarmDatapointsAboveEvaluationPeriods: CatalogueCheck = {
  id: 'CX3119',
  title: 'Alarm whose DatapointsToAlarm is greater than its EvaluationPeriods',
  topics: ['T31'],
  severity: 'warning',
  url: ALARM_PAGE,
  explanation: {
    what:
      'DatapointsToAlarm is the M and EvaluationPeriods the N of an "M out of N" alarm: the alarm goes to ALARM when M of the ' +
      'last N data points breach. M cannot be larger than N. CloudWatch is known to answer such a request with a validation ' +
      'error, although its reference does not state the rule in so many words, so this is reported as a warning.',
    exam:
      '"alarm when 3 of the last 5 minutes breach" is EvaluationPeriods 5 with DatapointsToAlarm 3: it ignores a single spike yet ' +
      'reacts faster than 5 breaching minutes in a row.',
    scenario: 'avoid alarms on short spikes while still reacting within five minutes',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      const m = entryOf(alarm.properties, 'DatapointsToAlarm');
      const n = entryOf(alarm.properties, 'EvaluationPeriods');
      const datapoints = literalNumber(m?.value);
      const periods = literalNumber(n?.value);
      if (!m || !n || datapoints === undefined || periods === undefined || datapoints <= periods) continue;
      const fixes = [
        { title: `Set DatapointsToAlarm to ${periods}`, edits: [replaceScalar(context.template, m.value as ScalarNode, sameKind(m.value, periods))] },
        { title: `Set EvaluationPeriods to ${datapoints}`, edits: [replaceScalar(context.template, n.value as ScalarNode, sameKind(n.value, datapoints))] },
      ];
      hits.push({
        message: `Alarm '${alarm.logicalId}' needs ${datapoints} breaching data points out of ${periods} evaluated: DatapointsToAlarm (M) can be at most EvaluationPeriods (N)`,
        span: m.value.span,
        path: alarmPath(alarm, 'DatapointsToAlarm'),
        fixes,
      });
    }
    return hits;
  },
};

/** A number written the way the original is (a quoted number stays quoted). */
function sameKind(node: TemplateNode, value: number): string | number {
  return (node as ScalarNode).value !== null && typeof (node as ScalarNode).value === 'string' ? String(value) : value;
}

const BAND_OPERATORS = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'];

/** CX3120: the band operators compare with an anomaly detection band, which ThresholdMetricId names. */
export const alarmBandOperatorWithoutBand: CatalogueCheck = {
  id: 'CX3120',
  title: 'Alarm with an anomaly detection operator but no ThresholdMetricId',
  topics: ['T31'],
  severity: 'error',
  url: PUT_ALARM_API,
  rejection: {
    quote:
      'The values LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, and GreaterThanUpperThreshold are used only for ' +
      'alarms based on anomaly detection models.',
    url: PUT_ALARM_API,
  },
  explanation: {
    what:
      'GreaterThanUpperThreshold, LessThanLowerThreshold and LessThanLowerOrGreaterThanUpperThreshold compare the metric with the ' +
      'band of an anomaly detection model. Such an alarm lists the metric and an ANOMALY_DETECTION_BAND expression in Metrics and ' +
      'names the band in ThresholdMetricId; without it there is no band, and CloudWatch refuses the alarm.',
    exam:
      'anomaly detection fits metrics with daily or weekly patterns (requests, latency) where a fixed threshold is either noisy or ' +
      'blind: the band learns the pattern and the alarm fires outside it.',
    scenario: 'alert when traffic is unusual for this time of day, without tuning a fixed threshold',
    trap: 'an anomaly detection alarm has no Threshold: ThresholdMetricId replaces it.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      const operator = entryOf(alarm.properties, 'ComparisonOperator');
      const values = possibleValues(context, operator?.value);
      if (!operator || !values || values.length === 0 || !values.every((value) => BAND_OPERATORS.includes(String(value)))) continue;
      if (presenceAt(alarm.properties, 'ThresholdMetricId') !== 'no') continue;
      hits.push({
        message:
          `Alarm '${alarm.logicalId}' uses ${values.join(' or ')}, an anomaly detection operator, but has no ThresholdMetricId naming ` +
          'the ANOMALY_DETECTION_BAND expression: compare with a Threshold (GreaterThanThreshold…) or add the band',
        span: operator.value.span,
        path: alarmPath(alarm, 'ComparisonOperator'),
      });
    }
    return hits;
  },
};

const ELB_NAMESPACES = ['AWS/ApplicationELB', 'AWS/NetworkELB', 'AWS/GatewayELB'];
/** Dimension name → the resource type it names, the attribute that gives its value, and the ARN-like attributes. */
const ELB_DIMENSIONS: Readonly<Record<string, { type: string; full: string; wrong: readonly string[] }>> = {
  LoadBalancer: { type: LOAD_BALANCER, full: 'LoadBalancerFullName', wrong: ['LoadBalancerArn', 'LoadBalancerName'] },
  TargetGroup: { type: TARGET_GROUP, full: 'TargetGroupFullName', wrong: ['TargetGroupArn', 'TargetGroupName'] },
};

interface DimensionsAt {
  namespace: string;
  list: TemplateNode;
  path: (string | number)[];
}

/** The metric of the alarm and those of its metric queries, with their dimension lists. */
function metricDimensions(alarm: ResourceDeclaration): DimensionsAt[] {
  const found: DimensionsAt[] = [];
  const add = (metric: TemplateNode | undefined, path: (string | number)[]) => {
    const namespace = literalString(valueOf(metric, 'Namespace'));
    const list = valueOf(metric, 'Dimensions');
    if (namespace !== undefined && ELB_NAMESPACES.includes(namespace) && list) found.push({ namespace, list, path: [...path, 'Dimensions'] });
  };
  add(alarm.properties, []);
  const queries = valueOf(alarm.properties, 'Metrics');
  if (isSeq(queries)) queries.items.forEach((query, index) => add(valueOf(valueOf(query, 'MetricStat'), 'Metric'), ['Metrics', index, 'MetricStat', 'Metric']));
  return found;
}

/** The first part of the LoadBalancer dimension each namespace publishes under. */
const LOAD_BALANCER_PREFIX: Readonly<Record<string, string>> = { 'AWS/ApplicationELB': 'app', 'AWS/NetworkELB': 'net', 'AWS/GatewayELB': 'gwy' };

/** CX3122: ELB metrics are published under the last part of the ARN, not the ARN. */
export const alarmLoadBalancerDimension: CatalogueCheck = {
  id: 'CX3122',
  title: 'Load balancer alarm dimension given the ARN instead of LoadBalancerFullName or TargetGroupFullName',
  topics: ['T31', 'T06'],
  severity: 'warning',
  url: ALB_METRICS_PAGE,
  explanation: {
    what:
      'Elastic Load Balancing publishes its metrics with the dimension LoadBalancer = the end of the load balancer ARN ' +
      '(app/name/id for an Application Load Balancer, net/… for a Network one, gwy/… for a Gateway one) and TargetGroup = ' +
      'targetgroup/name/id. Ref of a load balancer or target group returns the whole ARN, so an alarm ' +
      'on that value watches a metric that never exists: it stays in INSUFFICIENT_DATA and never fires. Fn::GetAtt ' +
      'LoadBalancerFullName and TargetGroupFullName give the dimension values.',
    exam:
      'the rollback alarm of a CodeDeploy or SAM deployment watches HTTPCode_Target_5XX_Count of the load balancer; an alarm that ' +
      'gets no data never rolls anything back.',
    scenario: 'roll the deployment back automatically when the 5xx errors of the load balancer rise',
    trap: 'the template deploys and the alarm exists; it only shows "Insufficient data" in the console.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      for (const at of metricDimensions(alarm)) {
        if (!isSeq(at.list)) continue;
        at.list.items.forEach((dimension, index) => {
          const name = literalString(valueOf(dimension, 'Name'));
          const expected = name !== undefined && Object.hasOwn(ELB_DIMENSIONS, name) ? ELB_DIMENSIONS[name] : undefined;
          const value = entryOf(dimension as MapNode, 'Value')?.value;
          if (!expected || !isMap(dimension) || value === undefined) return;
          const found = arnGiven(context, value, { refTypes: [expected.type], attributes: { [expected.type]: expected.wrong } });
          if (!found) return;
          const fix = found.target?.type === expected.type ? intrinsicText(context.template, value, found.target.logicalId, expected.full) : undefined;
          hits.push({
            message:
              `Dimension ${name} of alarm '${alarm.logicalId}' is ${found.written}, not the ${name === 'LoadBalancer' ? `${LOAD_BALANCER_PREFIX[at.namespace] ?? 'app'}/name/id` : 'targetgroup/name/id'} ` +
              `value ${at.namespace} publishes under${found.target ? ` (use !GetAtt ${found.target.logicalId}.${expected.full})` : ''}: the alarm never gets data`,
            span: value.span,
            path: alarmPath(alarm, ...at.path, index, 'Value'),
            ...(fix ? { fixes: [{ title: `Use !GetAtt ${found.target!.logicalId}.${expected.full}`, edits: [fix], preferred: true }] } : {}),
          });
        });
      }
    }
    return hits;
  },
};

export const ALARM_VALUE_CHECKS: readonly CatalogueCheck[] = [alarmDatapointsAboveEvaluationPeriods, alarmBandOperatorWithoutBand, alarmLoadBalancerDimension];
