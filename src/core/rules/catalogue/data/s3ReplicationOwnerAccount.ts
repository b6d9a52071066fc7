import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, neverGiven, propertyHit, push } from './common';
import { replicationRules } from './s3';

/** CX2311: replica ownership handed to the destination account without naming the account. */
export const s3ReplicationOwnerAccount: CatalogueCheck = {
  id: 'CX2311',
  title: 'Replication AccessControlTranslation without the destination Account',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationdestination.html',
  rejection: {
    quote: 'If you specify the AccessControlTranslation property, the Account property is required.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationdestination.html',
  },
  explanation: {
    what:
      'AccessControlTranslation with Owner: Destination makes the account that owns the destination bucket the owner of the ' +
      'replicas; S3 needs that account id in Account and rejects the replication configuration without it.',
    exam:
      'cross-account replication: the destination bucket policy lets the replication role write, and the owner override ' +
      '(AccessControlTranslation + Account, and s3:ObjectOwnerOverrideToBucketOwner for the role) makes the destination account own the copies.',
    scenario: 'replicate audit logs to a bucket in a separate security account that must own them',
    trap: 'with ACLs disabled (BucketOwnerEnforced) on the destination bucket, the destination owns the replicas anyway.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of replicationRules(bucket)) {
        const destination = valueOf(rule.rule, 'Destination');
        if (!alwaysGiven(valueOf(destination, 'AccessControlTranslation')) || !neverGiven(valueOf(destination, 'Account'))) continue;
        push(
          hits,
          propertyHit(
            bucket,
            [...rule.path, 'Destination', 'AccessControlTranslation'],
            `A replication rule of '${bucket.logicalId}' hands replica ownership to the destination (AccessControlTranslation) ` +
              'without the destination Account: S3 rejects the replication configuration',
            undefined,
            true,
          ),
        );
      }
    }
    return hits;
  },
};
