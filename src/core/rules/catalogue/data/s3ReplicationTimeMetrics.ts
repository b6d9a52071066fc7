import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, neverGiven, propertyHit, push } from './common';
import { replicationRules } from './s3';

/** CX2312: S3 Replication Time Control without replication metrics. */
export const s3ReplicationTimeMetrics: CatalogueCheck = {
  id: 'CX2312',
  title: 'Replication Time Control without Metrics',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationdestination.html',
  rejection: {
    quote: 'Must be specified together with a Metrics block.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationdestination.html',
  },
  explanation: {
    what:
      'S3 Replication Time Control (ReplicationTime, 15 minutes) is measured with replication metrics and events, so a ' +
      'destination with ReplicationTime must also have a Metrics block; S3 rejects it otherwise.',
    exam:
      'when the scenario needs a predictable replication time with an SLA (99.99% of objects within 15 minutes), the answer ' +
      'is S3 RTC with metrics, watched through CloudWatch and the replication events.',
    scenario: 'objects must be copied to the DR Region within 15 minutes, with an alert when they are late',
    trap: 'plain cross-Region replication is asynchronous with no time guarantee: RTC is the paid option that adds one.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of replicationRules(bucket)) {
        const destination = valueOf(rule.rule, 'Destination');
        if (!alwaysGiven(valueOf(destination, 'ReplicationTime')) || !neverGiven(valueOf(destination, 'Metrics'))) continue;
        push(
          hits,
          propertyHit(
            bucket,
            [...rule.path, 'Destination', 'ReplicationTime'],
            `A replication rule of '${bucket.logicalId}' uses Replication Time Control without a Metrics block: S3 rejects ` +
              'ReplicationTime unless Metrics is enabled with it',
            undefined,
            true,
          ),
        );
      }
    }
    return hits;
  },
};
