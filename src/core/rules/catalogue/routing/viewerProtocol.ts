/** T27: a CloudFront cache behavior that lets viewers use plain HTTP. */
import { isScalar, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import { literalString } from '../support/values';
import { propertyHit, push } from '../data/common';
import type { CatalogueCheck, CheckHit } from '../types';
import { behaviors } from './distributionMethods';

const BEHAVIOR_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-defaultcachebehavior.html';
const DISTRIBUTION = 'AWS::CloudFront::Distribution';

/** CX2738: ViewerProtocolPolicy allow-all. */
export const viewerProtocolAllowAll: CatalogueCheck = {
  id: 'CX2738',
  title: 'CloudFront cache behavior that lets viewers use plain HTTP',
  topics: ['T27'],
  severity: 'warning',
  url: BEHAVIOR_PAGE,
  explanation: {
    what:
      'ViewerProtocolPolicy says how viewers reach the content of a cache behavior: allow-all serves HTTP and HTTPS alike, so requests, ' +
      'cookies and responses can cross the internet unencrypted; redirect-to-https answers an HTTP request with a 301 to the HTTPS URL, ' +
      'and https-only refuses HTTP (403).',
    exam:
      'encryption in transit for a static site or API behind CloudFront is ViewerProtocolPolicy redirect-to-https (or https-only) with an ' +
      'ACM certificate from us-east-1, and an origin protocol policy of https-only to the origin.',
    scenario: 'every request to the site must be encrypted, but users who type http:// must still reach it',
    trap: 'https-only breaks the users who type http://; redirect-to-https keeps them and still encrypts.',
  },
  resourceTypes: [DISTRIBUTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources(DISTRIBUTION)) {
      for (const { node, path } of behaviors(distribution)) {
        const policy = valueOf(node, 'ViewerProtocolPolicy');
        if (literalString(policy)?.toLowerCase() !== 'allow-all') continue;
        const fixes = isScalar(policy) ? [{ title: 'Redirect HTTP to HTTPS', edits: [replaceScalar(context.template, policy, 'redirect-to-https')], preferred: true }] : undefined;
        push(
          hits,
          propertyHit(
            distribution,
            [...path, 'ViewerProtocolPolicy'],
            `A cache behavior of '${distribution.logicalId}' has ViewerProtocolPolicy allow-all: viewers may use plain HTTP; use redirect-to-https (or https-only)`,
            fixes,
          ),
        );
      }
    }
    return hits;
  },
};
