import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { listItems, propertyHit, push, stringValues } from './common';
import { replicationRules } from './s3';

/** CX2320: a bucket encrypted with KMS whose replication rules skip KMS-encrypted objects. */
export const s3ReplicationSkipsKmsObjects: CatalogueCheck = {
  id: 'CX2320',
  title: 'SSE-KMS bucket replicates without SseKmsEncryptedObjects',
  topics: ['T23', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-config-for-kms-objects.html',
  explanation: {
    what:
      'By default S3 does not replicate objects encrypted with KMS keys. A bucket whose default encryption is SSE-KMS writes ' +
      'every new object that way, so a replication rule without SourceSelectionCriteria.SseKmsEncryptedObjects Enabled ' +
      'copies nothing of them.',
    exam:
      'replicating SSE-KMS objects: SseKmsEncryptedObjects Enabled, a ReplicaKmsKeyID in the destination Region, and the ' +
      'replication role allowed to decrypt with the source key and encrypt with the destination key.',
    scenario: 'the DR bucket stays empty although replication is configured and new objects are uploaded',
    trap: 'replication status shows nothing failed: the objects were simply not selected.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      if (!encryptsWithKms(context, bucket)) continue;
      for (const rule of replicationRules(bucket)) {
        const status = valueOf(valueOf(valueOf(rule.rule, 'SourceSelectionCriteria'), 'SseKmsEncryptedObjects'), 'Status');
        const values = status === undefined ? ['Disabled'] : stringValues(context, status);
        if (!values?.every((value) => value !== 'Enabled')) continue;
        push(
          hits,
          propertyHit(
            bucket,
            rule.path,
            `Bucket '${bucket.logicalId}' encrypts objects with KMS by default, but this replication rule does not select ` +
              'SSE-KMS objects (SourceSelectionCriteria.SseKmsEncryptedObjects): they are not replicated',
          ),
        );
      }
    }
    return hits;
  },
};

/** The bucket's default encryption is SSE-KMS (or DSSE-KMS) in every case. */
function encryptsWithKms(context: CheckContext, bucket: ResourceDeclaration): boolean {
  const rules = listItems(valueOf(valueOf(bucket.properties, 'BucketEncryption'), 'ServerSideEncryptionConfiguration'));
  if (rules.length === 0) return false;
  return rules.every((rule) => stringValues(context, valueOf(valueOf(rule, 'ServerSideEncryptionByDefault'), 'SSEAlgorithm'))?.every((value) => value.startsWith('aws:kms')));
}
