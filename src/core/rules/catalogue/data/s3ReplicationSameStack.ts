import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';
import { propertyHit, push } from './common';
import { replicationRules } from './s3';

/** CX2322: replication to a bucket declared in the same stack, so in the same Region. */
export const s3ReplicationSameStack: CatalogueCheck = {
  id: 'CX2322',
  title: 'Replication destination is a bucket of the same stack (same Region)',
  topics: ['T23', 'T22'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
  explanation: {
    what:
      'A stack creates all its buckets in its own Region, so replicating to a bucket of the same template is Same-Region ' +
      'Replication: useful for log aggregation or a separate copy, but no protection against a Regional outage.',
    exam:
      'Cross-Region Replication (the destination bucket created by a stack in the other Region) is the DR, latency and ' +
      'compliance answer; Same-Region Replication is for aggregating or separating data within a Region.',
    scenario: 'keep a copy of every object in a second Region for disaster recovery',
    trap: 'deploy the destination bucket first in the DR Region (its own stack or a StackSet) and pass its ARN in.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of replicationRules(bucket)) {
        const target = valueOf(valueOf(rule.rule, 'Destination'), 'Bucket');
        // A Ref gives a bucket name, which CX2323 reports.
        if (intrinsicName(target) === 'Ref') continue;
        const destination = context.referenced(target);
        if (destination?.type !== 'AWS::S3::Bucket') continue;
        push(
          hits,
          propertyHit(
            bucket,
            [...rule.path, 'Destination', 'Bucket'],
            `'${bucket.logicalId}' replicates to '${destination.logicalId}', a bucket of this stack: both are in the same ` +
              'Region, so this is Same-Region Replication, not a cross-Region DR copy',
          ),
        );
      }
    }
    return hits;
  },
};
