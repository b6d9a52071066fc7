/** T31: load balancer alarms whose namespace and dimensions belong to different generations of Elastic Load Balancing. */
import { isSeq, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const ALARM = 'AWS::CloudWatch::Alarm';
const ALB_METRICS_PAGE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html';
const CLASSIC = 'AWS/ELB';
const CURRENT = ['AWS/ApplicationELB', 'AWS/NetworkELB', 'AWS/GatewayELB'];

/** The metrics an alarm watches (its own, or each MetricStat of Metrics), with where their dimensions are. */
function metricsOf(properties: TemplateNode | undefined): { metric: TemplateNode | undefined; path: NodePath }[] {
  const metrics = [{ metric: properties, path: [] as NodePath }];
  const queries = valueOf(properties, 'Metrics');
  if (isSeq(queries)) queries.items.forEach((query, index) => metrics.push({ metric: valueOf(valueOf(query, 'MetricStat'), 'Metric'), path: ['Metrics', index, 'MetricStat', 'Metric'] }));
  return metrics;
}

/** One dimension of a metric an alarm watches, with the metric's namespace and name and the dimension's path. */
export interface AlarmDimension {
  alarm: ResourceDeclaration;
  namespace: string;
  metricName: string | undefined;
  dimension: TemplateNode;
  /** Path of the dimension, from the template's root. */
  path: NodePath;
}

/** Every dimension of every metric the template's alarms watch whose namespace is written literally. */
export function alarmDimensions(context: CheckContext): AlarmDimension[] {
  return context.resources(ALARM).flatMap((alarm) =>
    metricsOf(alarm.properties).flatMap(({ metric, path }) => {
      const namespace = literalString(valueOf(metric, 'Namespace'));
      const dimensions = valueOf(metric, 'Dimensions');
      if (namespace === undefined || !isSeq(dimensions)) return [];
      const metricName = literalString(valueOf(metric, 'MetricName'));
      return dimensions.items.map((dimension, index) => ({
        alarm,
        namespace,
        metricName,
        dimension,
        path: ['Resources', alarm.logicalId, 'Properties', ...path, 'Dimensions', index],
      }));
    }),
  );
}

/** The dimension names that belong to the other generation than the namespace's. */
function misplaced(namespace: string, name: string): boolean {
  if (namespace === CLASSIC) return name === 'LoadBalancer' || name === 'TargetGroup';
  return CURRENT.includes(namespace) && name === 'LoadBalancerName';
}

/** CX3123: AWS/ELB with an Application Load Balancer's dimensions, or the other way round: the metric never exists. */
export const alarmLoadBalancerNamespace: CatalogueCheck = {
  id: 'CX3123',
  title: 'Load balancer alarm whose namespace and dimension belong to different load balancer generations',
  topics: ['T31', 'T06'],
  severity: 'warning',
  url: ALB_METRICS_PAGE,
  explanation: {
    what:
      'A Classic Load Balancer publishes under AWS/ELB with the dimension LoadBalancerName (HTTPCode_Backend_5XX, Latency…); an ' +
      'Application Load Balancer under AWS/ApplicationELB with LoadBalancer = app/name/id and TargetGroup (HTTPCode_Target_5XX_Count, ' +
      'TargetResponseTime…), a Network Load Balancer under AWS/NetworkELB. An alarm mixing them watches a metric that never exists: ' +
      'it stays in INSUFFICIENT_DATA and never fires.',
    exam:
      'the alarm that stops a CodeDeploy or SAM deployment on errors must watch the metric the load balancer really publishes: for ' +
      'an ALB, AWS/ApplicationELB HTTPCode_Target_5XX_Count with LoadBalancer from Fn::GetAtt LoadBalancerFullName.',
    trap: 'the template deploys and the alarm exists; nothing ever rolls back.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { alarm, namespace, dimension, path } of alarmDimensions(context)) {
      const nameNode = valueOf(dimension, 'Name');
      const name = literalString(nameNode);
      if (name === undefined || !misplaced(namespace, name)) continue;
      const meant = namespace === CLASSIC ? `an Application or Network Load Balancer's dimension (it publishes under ${CURRENT.slice(0, 2).join(' or ')})` : "the Classic Load Balancer's dimension (it publishes under AWS/ELB)";
      hits.push({
        message: `Alarm '${alarm.logicalId}' watches ${namespace} with dimension ${name}, ${meant}: no such metric exists, so the alarm never fires`,
        span: nameNode!.span,
        path: [...path, 'Name'],
      });
    }
    return hits;
  },
};
