import { valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { propertyHit, push } from './common';
import { refForArn } from './refForArn';
import { replicationRules } from './s3';

/** CX2323: replication settings that take ARNs given a Ref that returns a name or id. */
export const s3ReplicationRefForArn: CatalogueCheck = {
  id: 'CX2323',
  title: 'S3 replication ARN given a Ref that returns a name or id',
  topics: ['T23'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationdestination.html',
  explanation: {
    what:
      'The replication Role, the destination Bucket and ReplicaKmsKeyID take ARNs, but Ref of a role gives its name, of a ' +
      'bucket its name and of a KMS key its key id; S3 rejects the replication configuration. Fn::GetAtt gives the ARN.',
    exam:
      'a replication configuration names the role S3 assumes (ARN), the destination bucket (ARN, possibly in another Region ' +
      'or account) and, for SSE-KMS objects, the destination key (ARN).',
    scenario: 'set up cross-Region replication of the artifacts bucket in CloudFormation',
    trap: 'for a bucket, Ref is its name and GetAtt Arn its ARN; for an SNS topic Ref is already the ARN: check each type\'s return values.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      const configuration = valueOf(bucket.properties, 'ReplicationConfiguration');
      check(context, hits, bucket, ['ReplicationConfiguration', 'Role'], valueOf(configuration, 'Role'));
      for (const rule of replicationRules(bucket)) {
        const destination = valueOf(rule.rule, 'Destination');
        check(context, hits, bucket, [...rule.path, 'Destination', 'Bucket'], valueOf(destination, 'Bucket'));
        const key = valueOf(valueOf(destination, 'EncryptionConfiguration'), 'ReplicaKmsKeyID');
        check(context, hits, bucket, [...rule.path, 'Destination', 'EncryptionConfiguration', 'ReplicaKmsKeyID'], key);
      }
    }
    return hits;
  },
};

function check(context: CheckContext, hits: CheckHit[], bucket: ResourceDeclaration, path: NodePath, node: TemplateNode | undefined): void {
  const found = refForArn(context, node);
  if (!found) return;
  push(
    hits,
    propertyHit(
      bucket,
      path,
      `${String(path[path.length - 1])} in the replication configuration of '${bucket.logicalId}' is Ref ` +
        `${found.target.logicalId}, which returns ${found.gives}, not an ARN: use !GetAtt ${found.target.logicalId}.${found.arn}`,
    ),
  );
}
