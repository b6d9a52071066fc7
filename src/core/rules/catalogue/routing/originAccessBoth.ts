/** T27: a CloudFront origin given both an origin access control and an origin access identity. */
import { isMap, isSeq, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { isNoValue, literalString } from '../support/values';

const S3_ORIGIN_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-s3originconfig.html';
const ERRORS_PAGE = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html';

/** CX2737: OriginAccessControlId beside a non-empty S3OriginConfig OriginAccessIdentity. */
export const originAccessBoth: CatalogueCheck = {
  id: 'CX2737',
  title: 'CloudFront origin with both an origin access control and an origin access identity',
  topics: ['T27', 'T23'],
  severity: 'error',
  url: S3_ORIGIN_PAGE,
  rejection: { quote: 'An origin cannot contain both an origin access control (OAC) and an origin access identity (OAI).', url: ERRORS_PAGE },
  explanation: {
    what:
      'An S3 origin signs its requests one way: with an origin access control (OriginAccessControlId, the current way) or with a ' +
      'legacy origin access identity (S3OriginConfig OriginAccessIdentity). CloudFront refuses an origin that names both ' +
      '(IllegalOriginAccessConfiguration); with OAC, OriginAccessIdentity stays an empty string.',
    exam:
      'a private S3 origin behind CloudFront: OAC with SigningBehavior always, and a bucket policy that lets cloudfront.amazonaws.com ' +
      'read with aws:SourceArn set to the distribution; OAI is the legacy way and lacks SSE-KMS and newer Regions.',
    scenario: 'move the static site\'s origin from the legacy origin access identity to origin access control',
    trap: 'migrating to OAC means emptying OriginAccessIdentity in the same update, not only adding OriginAccessControlId.',
  },
  resourceTypes: ['AWS::CloudFront::Distribution'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources('AWS::CloudFront::Distribution')) {
      const origins = valueOf(valueOf(distribution.properties, 'DistributionConfig'), 'Origins');
      if (!isSeq(origins)) continue;
      origins.items.forEach((origin, index) => {
        if (!isMap(origin)) return;
        const control = valueOf(origin, 'OriginAccessControlId');
        const identity = valueOf(valueOf(origin, 'S3OriginConfig'), 'OriginAccessIdentity');
        if (control === undefined || isNoValue(control) || identity === undefined || isNoValue(identity)) return;
        // An identity from a parameter may be empty: only a written one, or one Fn::Sub makes from an identity, is known.
        if (!literalString(identity) && !isReference(identity)) return;
        hits.push({
          message: `Origin ${index + 1} of '${distribution.logicalId}' has both an OriginAccessControlId and an OriginAccessIdentity: CloudFront refuses an origin with both; leave OriginAccessIdentity empty with OAC`,
          span: identity.span,
          path: ['Resources', distribution.logicalId, 'Properties', 'DistributionConfig', 'Origins', index, 'S3OriginConfig', 'OriginAccessIdentity'],
          ...(identity.kind === 'scalar' ? { fixes: [{ title: 'Empty OriginAccessIdentity', edits: [replaceScalar(context.template, identity, '')], preferred: true }] } : {}),
        });
      });
    }
    return hits;
  },
};

/** An identity written by `Fn::Sub` from an origin access identity (`origin-access-identity/cloudfront/${Oai}`) is surely not empty. */
function isReference(node: ReturnType<typeof valueOf>): boolean {
  const text = valueOf(node, 'Fn::Sub');
  return literalString(text)?.includes('origin-access-identity/') === true;
}
