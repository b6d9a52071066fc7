/** T27: a CloudFront distribution that serves alternate domain names with the default cloudfront.net certificate. */
import { isSeq, valueOf } from '../../../model';
import { alwaysTrue, propertyHit, push } from '../data/common';
import type { CatalogueCheck, CheckHit } from '../types';

const PAGE = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ViewerCertificate.html';

/** CX2729: Aliases with CloudFrontDefaultCertificate: true. */
export const distributionAliasesDefaultCertificate: CatalogueCheck = {
  id: 'CX2729',
  title: 'CloudFront distribution with alternate domain names and the default CloudFront certificate',
  topics: ['T27', 'T26'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote:
      'If the distribution uses Aliases (alternate domain names or CNAMEs), set this field to false and specify values for the ' +
      'following fields: ACMCertificateArn or IAMCertificateId (specify a value for one, not both), MinimumProtocolVersion, SSLSupportMethod',
    url: PAGE,
  },
  explanation: {
    what:
      'The default certificate covers only the distribution\'s own d111111abcdef8.cloudfront.net name. To answer for an alternate ' +
      'domain name (Aliases), CloudFront needs a certificate that covers it, from ACM in us-east-1: it refuses a distribution ' +
      'that lists Aliases with CloudFrontDefaultCertificate: true.',
    exam:
      'a custom domain on CloudFront is an ACM certificate requested in us-east-1 (whatever the stack\'s Region), SslSupportMethod ' +
      'sni-only, a TLS minimum such as TLSv1.2_2021, and a Route 53 alias record to the distribution.',
    trap: 'the certificate must be in us-east-1 even when the origin and the rest of the stack live in another Region.',
  },
  resourceTypes: ['AWS::CloudFront::Distribution'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources('AWS::CloudFront::Distribution')) {
      const config = valueOf(distribution.properties, 'DistributionConfig');
      const aliases = valueOf(config, 'Aliases');
      const usesDefault = valueOf(valueOf(config, 'ViewerCertificate'), 'CloudFrontDefaultCertificate');
      if (!isSeq(aliases) || aliases.items.length === 0 || !alwaysTrue(context, usesDefault)) continue;
      push(
        hits,
        propertyHit(
          distribution,
          ['DistributionConfig', 'ViewerCertificate', 'CloudFrontDefaultCertificate'],
          `Distribution '${distribution.logicalId}' lists Aliases but uses the default CloudFront certificate: give an ACM certificate ` +
            '(in us-east-1) that covers the alternate domain names, with SslSupportMethod and MinimumProtocolVersion',
        ),
      );
    }
    return hits;
  },
};
