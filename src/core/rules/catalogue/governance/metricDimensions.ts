/**
 * T31: an alarm on a metric with a dimension the metric is never published with, or a value it never
 * takes: CloudWatch then has no such metric, and the alarm stays in INSUFFICIENT_DATA (or OK) for ever.
 * Data: the dimension names the AWS documentation gives each metric (or every metric of a namespace).
 */
import { isSeq, valueOf, type TemplateNode } from '../../../model';
import { literalString } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';
import { alarmDimensions } from './alarmNamespaces';

const ALARM = 'AWS::CloudWatch::Alarm';

interface MetricDimensions {
  /** The dimension names the metrics are published with. */
  names: readonly string[];
  /** Metrics of the namespace this holds for; every metric of it when left out. */
  metrics?: readonly string[];
  /** A dimension with the one value it ever takes. */
  fixed?: Readonly<Record<string, string>>;
  page: string;
}

const DYNAMODB_PAGE = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html';
const CLOUDFRONT_PAGE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/programming-cloudwatch-metrics.html';

const BY_NAMESPACE: Readonly<Record<string, readonly MetricDimensions[]>> = {
  'AWS/DynamoDB': [
    { metrics: ['ReplicationLatency', 'PendingReplicationCount'], names: ['TableName', 'ReceivingRegion'], page: DYNAMODB_PAGE },
    { metrics: ['ReadThrottleEvents', 'WriteThrottleEvents', 'ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits'], names: ['TableName', 'GlobalSecondaryIndexName'], page: DYNAMODB_PAGE },
  ],
  'AWS/CloudFront': [
    {
      metrics: ['Requests', 'BytesDownloaded', 'BytesUploaded', '4xxErrorRate', '5xxErrorRate', 'TotalErrorRate', 'OriginLatency', 'CacheHitRate'],
      names: ['DistributionId', 'Region'],
      fixed: { Region: 'Global' },
      page: CLOUDFRONT_PAGE,
    },
  ],
  'AWS/SQS': [{ names: ['QueueName'], page: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html' }],
  'AWS/EC2': [{ names: ['AutoScalingGroupName', 'ImageId', 'InstanceId', 'InstanceType'], page: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html' }],
  'AWS/Lambda': [
    {
      metrics: ['Invocations', 'Errors', 'Throttles', 'Duration', 'ConcurrentExecutions', 'DeadLetterErrors', 'DestinationDeliveryFailures', 'IteratorAge', 'ProvisionedConcurrencyUtilization', 'ProvisionedConcurrencySpilloverInvocations'],
      names: ['FunctionName', 'Resource', 'ExecutedVersion'],
      page: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html',
    },
  ],
  'AWS/Route53': [
    {
      metrics: ['HealthCheckStatus', 'HealthCheckPercentageHealthy', 'ChildHealthCheckHealthyCount', 'ConnectionTime', 'SSLHandshakeTime', 'TimeToFirstByte'],
      names: ['HealthCheckId', 'Region'],
      page: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/monitoring-health-check-metrics.html',
    },
  ],
};

function entryFor(namespace: string, metricName: string | undefined): MetricDimensions | undefined {
  return BY_NAMESPACE[namespace]?.find((entry) => entry.metrics === undefined || (metricName !== undefined && entry.metrics.includes(metricName)));
}

/** CX3130: a dimension (or dimension value) the metric is never published with. */
export const alarmMetricDimensions: CatalogueCheck = {
  id: 'CX3130',
  title: 'Alarm metric with a dimension the metric is never published with',
  topics: ['T31', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html',
  explanation: {
    what:
      'A CloudWatch metric is its namespace, its name and its exact set of dimensions. An alarm that names a dimension the service never ' +
      'publishes the metric with (DynamoDB ReplicationLatency has TableName and ReceivingRegion; CloudFront publishes Region only as ' +
      'Global) watches a metric that does not exist: it never leaves INSUFFICIENT_DATA, or OK when missing data counts as not breaching.',
    exam:
      "take the dimensions from the service's metrics page; for DR, alarm on the global table's ReplicationLatency per ReceivingRegion " +
      "and on CloudFront's 5xxErrorRate with Region Global, and set TreatMissingData deliberately.",
    scenario: 'be alerted when replication to the DR Region falls behind',
    trap: 'the alarm deploys and shows no error; it just never fires.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { alarm, namespace, metricName, dimension, path } of alarmDimensions(context)) {
      const entry = entryFor(namespace, metricName);
      if (!entry) continue;
      const what = `${namespace} ${metricName ?? 'metrics'}`;
      const nameNode = valueOf(dimension, 'Name');
      const name = literalString(nameNode);
      if (name !== undefined && !entry.names.includes(name)) {
        hits.push({
          message: `Alarm '${alarm.logicalId}' watches ${what} with dimension ${name}, which it is never published with (only ${entry.names.join(', ')}): the alarm never fires`,
          span: nameNode!.span,
          path: [...path, 'Name'],
        });
        continue;
      }
      const fixed = name === undefined ? undefined : entry.fixed?.[name];
      const valueNode = valueOf(dimension, 'Value');
      const value = literalString(valueNode);
      if (name?.endsWith('Name') && givesArn(valueNode, value)) {
        hits.push({
          message: `Alarm '${alarm.logicalId}' watches ${what} with ${name} given an ARN, but the metric is published with the name: the alarm never fires (use Ref, or the name)`,
          span: valueNode!.span,
          path: [...path, 'Value'],
        });
        continue;
      }
      const computed = valueNode !== undefined && value === undefined;
      if (fixed === undefined || value === fixed || (!computed && value === undefined)) continue;
      hits.push({
        message: `Alarm '${alarm.logicalId}' watches ${what} with ${name} ${value === undefined ? 'given by a function' : `'${value}'`}, but it is published only with ${name} '${fixed}': the alarm never fires`,
        span: valueNode!.span,
        path: [...path, 'Value'],
      });
    }
    return hits;
  },
};

/** A dimension value that is an ARN: written as one, or `Fn::GetAtt` of an `Arn` attribute. */
function givesArn(node: TemplateNode | undefined, value: string | undefined): boolean {
  if (value !== undefined) return value.startsWith('arn:');
  const getAtt = valueOf(node, 'Fn::GetAtt');
  const attribute = isSeq(getAtt) ? literalString(getAtt.items[1]) : literalString(getAtt)?.split('.').slice(1).join('.');
  return attribute === 'Arn';
}
