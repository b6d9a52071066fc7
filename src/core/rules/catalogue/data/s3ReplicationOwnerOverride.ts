import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, neverGiven, propertyHit, push } from './common';
import { replicationRules } from './s3';

/** CX2319: replication to another account that leaves the replicas owned by the source account. */
export const s3ReplicationOwnerOverride: CatalogueCheck = {
  id: 'CX2319',
  title: 'Cross-account replication without the owner override',
  topics: ['T23'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-change-owner.html',
  explanation: {
    what:
      'Without AccessControlTranslation (Owner: Destination), a destination bucket that still uses ACLs keeps the source ' +
      'account as owner of the replicas, and the destination account cannot read or manage the copies it stores. A ' +
      'destination bucket with ACLs disabled (Object Ownership "Bucket owner enforced", the default for new buckets since ' +
      'April 2023) owns every object it stores; AWS names that setting as the alternative to the owner override.',
    exam:
      'the "owner override" is the cross-account replication answer: AccessControlTranslation Owner Destination with the ' +
      'destination Account, s3:ObjectOwnerOverrideToBucketOwner for the replication role, and the destination bucket policy ' +
      'allowing it (or ACLs disabled on the destination bucket).',
    scenario: 'replicate objects into a bucket owned by the backup account, which must have full control of the copies',
    trap: 'the replication role also needs permission in the destination bucket policy: the other account must allow s3:ReplicateObject.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of replicationRules(bucket)) {
        const destination = valueOf(rule.rule, 'Destination');
        if (!alwaysGiven(valueOf(destination, 'Account')) || !neverGiven(valueOf(destination, 'AccessControlTranslation'))) continue;
        push(
          hits,
          propertyHit(
            bucket,
            [...rule.path, 'Destination', 'Account'],
            `A replication rule of '${bucket.logicalId}' copies to another account without AccessControlTranslation: unless the ` +
              'destination bucket has ACLs disabled (the default for new buckets), the replicas stay owned by this account',
            undefined,
            true,
          ),
        );
      }
    }
    return hits;
  },
};
