/** T23: a bucket that replicates, or receives replicas, that the stack deletes. */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck } from '../types';
import { emptyOnlyHits } from './emptyOnlyStores';
import { replicationRules } from './s3';

const BUCKET = 'AWS::S3::Bucket';

/** CX2328: the copy that replication keeps is lost, or the stack cannot be deleted. */
export const s3ReplicatedBucketRetain: CatalogueCheck = {
  id: 'CX2328',
  title: 'Replicated bucket without DeletionPolicy Retain',
  topics: ['T23', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
  explanation: {
    what:
      'CloudFormation deletes an S3 bucket only when it is empty: a bucket the stack deletes (the default DeletionPolicy) makes the ' +
      'stack deletion fail as soon as it holds objects, and emptying it to let the stack go deletes every object and version. For a ' +
      'bucket that replicates to another Region, or receives the replicas, those objects are the copy the DR design relies on.',
    exam:
      'data stores outlive their stack: DeletionPolicy and UpdateReplacePolicy Retain on the source and destination buckets, ' +
      'versioning, and replication to a bucket that another stack in the DR Region owns.',
    scenario: 'tearing down the application stack in the primary Region must not destroy the data replicated for recovery',
    trap: 'S3 does not take DeletionPolicy Snapshot; Retain is the only policy that keeps the objects.',
  },
  resourceTypes: [BUCKET],
  run(context) {
    const buckets = context.resources(BUCKET);
    const replicated = new Set<ResourceDeclaration>();
    for (const bucket of buckets) {
      const rules = replicationRules(bucket);
      if (rules.length > 0) replicated.add(bucket);
      for (const rule of rules) {
        const destination = context.referenced(valueOf(valueOf(rule.rule, 'Destination'), 'Bucket'));
        if (destination?.type === BUCKET) replicated.add(destination);
      }
    }
    return emptyOnlyHits(context, buckets.filter((bucket) => replicated.has(bucket)), {
      store: (bucket) => `Bucket '${bucket.logicalId}', which ${replicationRules(bucket).length > 0 ? 'replicates its objects' : 'receives replicas'},`,
      contents: 'objects',
      loss: 'every object and version',
      fixTitle: 'Retain the bucket when the stack is deleted',
    });
  },
};
