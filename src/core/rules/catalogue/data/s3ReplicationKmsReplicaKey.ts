import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { neverGiven, propertyHit, push, stringValues } from './common';
import { replicationRules } from './s3';

/** CX2314: SSE-KMS objects selected for replication without a key for the replicas. */
export const s3ReplicationKmsReplicaKey: CatalogueCheck = {
  id: 'CX2314',
  title: 'Replication of SSE-KMS objects without a ReplicaKmsKeyID',
  topics: ['T23', 'T20'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_Destination.html',
  rejection: {
    quote: 'If SourceSelectionCriteria is specified, you must specify this element.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_Destination.html',
  },
  explanation: {
    what:
      'A rule that replicates objects encrypted with KMS keys (SseKmsEncryptedObjects Enabled) must say which KMS key of the ' +
      'destination encrypts the replicas, in Destination.EncryptionConfiguration.ReplicaKmsKeyID; S3 rejects the rule without it.',
    exam:
      'replicating SSE-KMS objects across Regions: opt in with SseKmsEncryptedObjects, name a key in the destination Region ' +
      '(ARN), and give the replication role kms:Decrypt on the source key and kms:Encrypt on the destination key.',
    scenario: 'replicate KMS-encrypted objects to another Region and keep them encrypted there',
    trap: 'KMS keys are Regional: the replica key must be in the destination Region (or be the replica of a multi-Region key).',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of replicationRules(bucket)) {
        const status = stringValues(context, valueOf(valueOf(valueOf(rule.rule, 'SourceSelectionCriteria'), 'SseKmsEncryptedObjects'), 'Status'));
        if (!status?.every((value) => value === 'Enabled')) continue;
        const encryption = valueOf(valueOf(rule.rule, 'Destination'), 'EncryptionConfiguration');
        if (!neverGiven(encryption) && !neverGiven(valueOf(encryption, 'ReplicaKmsKeyID'))) continue;
        push(
          hits,
          propertyHit(
            bucket,
            [...rule.path, 'SourceSelectionCriteria', 'SseKmsEncryptedObjects'],
            `A replication rule of '${bucket.logicalId}' replicates SSE-KMS objects but its Destination has no ` +
              'EncryptionConfiguration.ReplicaKmsKeyID: S3 needs a destination key for the replicas',
            undefined,
            true,
          ),
        );
      }
    }
    return hits;
  },
};
