import { entryOf, valueOf } from '../../../model';
import { insertEntry } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName, neverOneOf } from '../support/values';

/** CX2310: replication needs versioning on the source bucket. */
export const s3ReplicationVersioning: CatalogueCheck = {
  id: 'CX2310',
  title: 'S3 bucket replicates without versioning enabled',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html',
  rejection: {
    quote: 'To enable replication, you must also enable versioning by using the VersioningConfiguration property.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html',
  },
  explanation: {
    what:
      'S3 replicates object versions, so a bucket with a ReplicationConfiguration must have versioning enabled (and so must ' +
      'every destination bucket); S3 refuses the replication configuration otherwise and the stack fails.',
    exam:
      'cross-region replication for disaster recovery is versioning on both buckets, a replication role S3 can assume, and ' +
      'rules with a destination bucket ARN; only new objects replicate unless you run S3 Batch Replication.',
    scenario: 'copy every new object to a bucket in another Region automatically',
    trap: 'replication does not copy objects that existed before the rule, and versioning once enabled can only be suspended.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      const replication = entryOf(bucket.properties, 'ReplicationConfiguration');
      if (!replication || intrinsicName(replication.value) !== undefined) continue;
      const versioning = valueOf(bucket.properties, 'VersioningConfiguration');
      const status = valueOf(versioning, 'Status');
      const path = ['Resources', bucket.logicalId, 'Properties'];
      if (versioning === undefined) {
        const fix = insertEntry(context.template, bucket.properties!, 'VersioningConfiguration', { Status: 'Enabled' });
        hits.push({
          message: `Bucket '${bucket.logicalId}' replicates objects but does not enable versioning: S3 rejects the replication configuration`,
          span: replication.key.span,
          path: [...path, 'ReplicationConfiguration'],
          ...(fix ? { fixes: [{ title: 'Enable versioning', edits: [fix], preferred: true }] } : {}),
        });
      } else if (status !== undefined && neverOneOf(context, status, ['Enabled'])) {
        hits.push({
          message: `Bucket '${bucket.logicalId}' replicates objects but its versioning is never 'Enabled': S3 rejects the replication configuration`,
          span: status.span,
          path: [...path, 'VersioningConfiguration', 'Status'],
        });
      }
    }
    return hits;
  },
};
