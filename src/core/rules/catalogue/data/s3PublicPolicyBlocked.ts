import { valueOf, type MapNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { booleanValues, propertyHit, push } from './common';
import { isAllow, isEveryone, statementsOf } from './policyDocument';

/** CX2315: a public bucket policy on a bucket that blocks public policies (as every new bucket does). */
export const s3PublicPolicyBlocked: CatalogueCheck = {
  id: 'CX2315',
  title: 'Public bucket policy on a bucket whose Block Public Access rejects it',
  topics: ['T23', 'T26'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-publicaccessblockconfiguration.html',
  rejection: {
    quote: 'Setting this element to TRUE causes Amazon S3 to reject calls to PUT Bucket policy if the specified bucket policy allows public access.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-publicaccessblockconfiguration.html',
  },
  explanation: {
    what:
      'A policy statement that allows Principal "*" without conditions is public. S3 rejects putting such a policy on a ' +
      'bucket whose BlockPublicPolicy is true, and new buckets get all four Block Public Access settings turned on unless ' +
      'the template sets PublicAccessBlockConfiguration; the AWS::S3::BucketPolicy then fails with access denied.',
    exam:
      'a static website used as the last-resort failover ("sorry" page behind Route 53 failover) needs public reads: set ' +
      'BlockPublicPolicy and RestrictPublicBuckets to false on that bucket only, or better serve it through CloudFront with ' +
      'origin access control and keep the bucket private.',
    scenario: 'serve a static maintenance page from S3 when the primary site fails its health check',
    trap: 'an account-level Block Public Access setting overrides the bucket setting: the bucket cannot be made public if the account blocks it.',
  },
  resourceTypes: ['AWS::S3::BucketPolicy', 'AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources('AWS::S3::BucketPolicy')) {
      const bucket = context.referenced(valueOf(policy.properties, 'Bucket'));
      if (bucket?.type !== 'AWS::S3::Bucket' || !blocksPublicPolicies(context, bucket)) continue;
      const { statements } = statementsOf(valueOf(policy.properties, 'PolicyDocument'));
      const index = statements.findIndex(isPublic);
      if (index < 0) continue;
      const list = valueOf(valueOf(policy.properties, 'PolicyDocument'), 'Statement');
      const path = list?.kind === 'seq' ? ['PolicyDocument', 'Statement', list.items.indexOf(statements[index])] : ['PolicyDocument', 'Statement'];
      push(
        hits,
        propertyHit(
          policy,
          path,
          `'${policy.logicalId}' makes bucket '${bucket.logicalId}' public, but the bucket blocks public policies ` +
            '(BlockPublicPolicy, on by default for new buckets): S3 rejects the policy; set BlockPublicPolicy and ' +
            'RestrictPublicBuckets to false on this bucket or serve it through CloudFront',
        ),
      );
    }
    return hits;
  },
};

/** Allow to everyone with no condition: public by S3's definition. */
function isPublic(statement: MapNode): boolean {
  return isAllow(statement) && isEveryone(statement) && valueOf(statement, 'Condition') === undefined;
}

/** BlockPublicPolicy is true in every case, or the bucket leaves the default (all settings on). */
export function blocksPublicPolicies(context: CheckContext, bucket: ResourceDeclaration): boolean {
  const configuration = valueOf(bucket.properties, 'PublicAccessBlockConfiguration');
  if (configuration === undefined) return true;
  const values = booleanValues(context, valueOf(configuration, 'BlockPublicPolicy'), false);
  return values !== undefined && values.length > 0 && values.every((value) => value);
}
