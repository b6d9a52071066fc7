/** T27: CloudFront standard logging (legacy) into a bucket of the template whose ACLs are disabled. */
import { isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { propertyHit, push } from '../data/common';
import { getAttParts } from '../support/arns';
import type { CheckContext } from '../support/context';
import { templateText } from '../support/mentions';
import { aclsDisabled } from '../support/objectOwnership';
import { intrinsicName, literalString } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';

const PAGE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html';
const DOMAIN_ATTRIBUTES = ['DomainName', 'RegionalDomainName', 'DualStackDomainName'];
/** `${LogBucket}.s3.amazonaws.com`, `${LogBucket.RegionalDomainName}`: the bucket a domain name written with Fn::Sub names. */
const SUBBED_DOMAIN = /^\$\{([A-Za-z0-9]+)(?:\.(DomainName|RegionalDomainName|DualStackDomainName))?\}(\.s3[.-][^$]*)?$/;

/** The logical id of the template bucket whose domain name the node gives, if it gives one. */
function bucketOfDomain(node: TemplateNode | undefined): string | undefined {
  const parts = getAttParts(node);
  if (parts) return DOMAIN_ATTRIBUTES.includes(parts.attribute) ? parts.logicalId : undefined;
  const name = intrinsicName(node);
  if (name === 'Fn::Sub') {
    const text = templateText(node);
    const match = text === undefined ? null : SUBBED_DOMAIN.exec(text);
    return match && (match[2] !== undefined || match[3] !== undefined) ? match[1] : undefined;
  }
  if (name === 'Fn::Join') {
    const args = valueOf(node, 'Fn::Join');
    const [separator, list] = isSeq(args) ? args.items : [];
    if (literalString(separator) !== '' || !isSeq(list) || list.items.length !== 2 || intrinsicName(list.items[0]) !== 'Ref') return undefined;
    const target = valueOf(list.items[0], 'Ref');
    return isString(target) && literalString(list.items[1])?.startsWith('.s3') ? target.value : undefined;
  }
  return undefined;
}

function loggingBucket(context: CheckContext, distribution: ResourceDeclaration): ResourceDeclaration | undefined {
  const logicalId = bucketOfDomain(valueOf(valueOf(valueOf(distribution.properties, 'DistributionConfig'), 'Logging'), 'Bucket'));
  const bucket = logicalId === undefined ? undefined : context.resource(logicalId);
  return bucket?.type === 'AWS::S3::Bucket' ? bucket : undefined;
}

/** CX2734: standard logging into a bucket whose ACLs are disabled. */
export const distributionLogBucketAcls: CatalogueCheck = {
  id: 'CX2734',
  title: 'CloudFront standard logging into a bucket whose ACLs are disabled',
  topics: ['T27'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote:
      "Don't choose an Amazon S3 bucket with S3 Object Ownership set to bucket owner enforced. That setting disables ACLs for the bucket " +
      'and the objects in it, which prevents CloudFront from delivering log files to the bucket.',
    url: PAGE,
  },
  explanation: {
    what:
      'Standard logging (legacy) writes the log files with an ACL that gives the bucket owner control, so CloudFront needs the log ' +
      "bucket's ACLs enabled. New buckets have Object Ownership BucketOwnerEnforced, which disables ACLs, and CloudFront then refuses " +
      'the distribution ("The S3 bucket that you specified for CloudFront logs does not enable ACL access").',
    exam:
      'give the log bucket OwnershipControls with ObjectOwnership BucketOwnerPreferred (or ObjectWriter), or deliver the logs with ' +
      'the newer standard logging (v2) through CloudWatch Logs delivery, which needs no ACLs.',
    scenario: 'keep the CloudFront access logs of the site in an S3 bucket for later analysis with Athena',
    trap: 'a bucket with no OwnershipControls at all has its ACLs disabled too: that has been the default for new buckets since April 2023.',
  },
  resourceTypes: ['AWS::CloudFront::Distribution'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources('AWS::CloudFront::Distribution')) {
      const bucket = loggingBucket(context, distribution);
      if (!bucket || !aclsDisabled(context, bucket)) continue;
      const how = valueOf(bucket.properties, 'OwnershipControls') ? 'its Object Ownership is BucketOwnerEnforced' : 'it has no OwnershipControls, so the default BucketOwnerEnforced holds';
      push(
        hits,
        propertyHit(
          distribution,
          ['DistributionConfig', 'Logging', 'Bucket'],
          `'${distribution.logicalId}' logs to '${bucket.logicalId}', whose ACLs are disabled (${how}): CloudFront refuses the distribution; ` +
            `give '${bucket.logicalId}' OwnershipControls with ObjectOwnership BucketOwnerPreferred`,
        ),
      );
    }
    return hits;
  },
};
