/** T23: a replication rule whose destination is a bucket of this template that does not keep versions. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { replicationRules } from './s3';

const BUCKET = 'AWS::S3::Bucket';

/** CX2331: S3 replicates object versions into a versioned bucket only. */
export const s3ReplicationDestinationVersioning: CatalogueCheck = {
  id: 'CX2331',
  title: 'S3 replication destination bucket (in this template) without versioning enabled',
  topics: ['T23', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-failure-codes.html',
  explanation: {
    what:
      'Replication copies object versions, so the destination bucket must keep versions too. A destination without versioning ' +
      'enabled gets no replicas: S3 marks each object as failed to replicate (DstBucketUnversioned) and the DR copy stays empty.',
    exam:
      'cross-region replication for disaster recovery: versioning on the source and on every destination, a role S3 can assume, ' +
      'and S3 Replication Time Control or replication metrics to watch the lag.',
    scenario: 'objects uploaded in the primary Region must also be available in the DR Region',
    trap: 'the stack deploys: the failure shows only as objects whose replication status is FAILED.',
  },
  resourceTypes: [BUCKET],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources(BUCKET)) {
      for (const { rule, path } of replicationRules(bucket)) {
        const destinationNode = valueOf(valueOf(rule, 'Destination'), 'Bucket');
        const destination = context.referenced(destinationNode);
        if (destination?.type !== BUCKET) continue;
        const versioning = valueOf(destination.properties, 'VersioningConfiguration');
        const status = valueOf(versioning, 'Status');
        if (versioning !== undefined && (status === undefined || literalString(status) !== 'Suspended')) continue;
        hits.push({
          message:
            `Bucket '${bucket.logicalId}' replicates to '${destination.logicalId}', which does not enable versioning: S3 replicates only into a ` +
            `versioned bucket, so every object fails to replicate; set VersioningConfiguration Status Enabled on '${destination.logicalId}'`,
          span: destinationNode!.span,
          path: ['Resources', bucket.logicalId, 'Properties', ...path, 'Destination', 'Bucket'],
        });
      }
    }
    return hits;
  },
};
