import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { aclsDisabled } from '../support/objectOwnership';
import { propertyHit, push, stringValues } from './common';

/** Canned ACLs that grant access to others: refused while ACLs are disabled. */
const GRANTING_ACLS = ['PublicRead', 'PublicReadWrite', 'AuthenticatedRead', 'LogDeliveryWrite', 'AwsExecRead'];

/** CX2316: a canned ACL on a bucket whose ACLs are disabled (the default). */
export const s3AclWithoutOwnership: CatalogueCheck = {
  id: 'CX2316',
  title: 'Bucket AccessControl ACL while ACLs are disabled',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html',
  rejection: {
    quote:
      'S3 buckets are created with ACLs disabled by default. Therefore, unless you explicitly set the AWS::S3::OwnershipControls ' +
      'property to enable ACLs, your resource will fail to deploy with any value other than Private.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html',
  },
  explanation: {
    what:
      'New buckets have Object Ownership set to BucketOwnerEnforced, which disables ACLs; a canned ACL such as PublicRead or ' +
      'LogDeliveryWrite in AccessControl is then refused and the bucket is not created.',
    exam:
      'grant access with bucket policies, not ACLs: a website bucket gets a policy allowing s3:GetObject (or stays private ' +
      'behind CloudFront), and server access logs are delivered by the logging service principal through the bucket policy.',
    scenario: 'host the static failover page in S3 and make it readable by everyone',
    trap: 'old tutorials use AccessControl: PublicRead for websites; today that fails unless OwnershipControls re-enables ACLs and Block Public Access allows them.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      const acls = stringValues(context, valueOf(bucket.properties, 'AccessControl'));
      if (!acls || !acls.every((acl) => GRANTING_ACLS.includes(acl))) continue;
      if (!aclsDisabled(context, bucket)) continue;
      push(
        hits,
        propertyHit(
          bucket,
          ['AccessControl'],
          `'${bucket.logicalId}' sets AccessControl ${acls.join('/')} but its ACLs are disabled (Object Ownership ` +
            'BucketOwnerEnforced, the default): the bucket fails to deploy; grant access with a bucket policy instead',
        ),
      );
    }
    return hits;
  },
};
