/**
 * T27: a CloudFront distribution given an ACM certificate of the stack's own Region, which works only for a stack deployed in
 * us-east-1. (An ARN, or a parameter's Default, naming another Region is E3031's: a registry correction holds the ARN to us-east-1.)
 */
import { valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { arnFields, arnText } from '../support/arns';

const PAGE = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ViewerCertificate.html';
const CERTIFICATE = 'AWS::CertificateManager::Certificate';

/** How the value names a certificate of the stack's Region, or undefined. */
function stackRegionCertificate(context: CheckContext, node: TemplateNode | undefined): string | undefined {
  const text = arnText(node);
  if (text !== undefined) return arnFields(text)[3] === '{Region}' ? 'its ARN has ${AWS::Region}' : undefined;
  const named = context.referenced(node);
  return named?.type === CERTIFICATE ? `'${named.logicalId}' is requested by this stack, in its Region` : undefined;
}

/** CX2736: ACMCertificateArn of the stack's Region. */
export const distributionCertificateRegion: CatalogueCheck = {
  id: 'CX2736',
  title: 'CloudFront distribution with an ACM certificate of the stack\'s Region',
  topics: ['T27', 'T26'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'CloudFront reads its certificates from ACM in us-east-1 only ("CloudFront only supports ACM certificates in the US East (N. ' +
      'Virginia) Region"). A certificate the stack requests itself, or whose ARN is written with ${AWS::Region}, is in the stack\'s ' +
      'Region: the template deploys in us-east-1 and fails everywhere else.',
    exam:
      'HTTPS on a custom domain in front of a regional origin: the ALB\'s certificate lives in the ALB\'s Region, the ' +
      'distribution\'s in us-east-1; a stack in another Region gets the us-east-1 ARN as a parameter (or from a stack there).',
    scenario: 'deploy the same CloudFront and application stack to a second Region for disaster recovery',
    trap: 'an AWS::CertificateManager::Certificate in the same template is created in the stack\'s Region, which works only for a stack deployed in us-east-1.',
  },
  resourceTypes: ['AWS::CloudFront::Distribution'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources('AWS::CloudFront::Distribution')) {
      const node = valueOf(valueOf(valueOf(distribution.properties, 'DistributionConfig'), 'ViewerCertificate'), 'AcmCertificateArn');
      const how = node && stackRegionCertificate(context, node);
      if (!node || !how) continue;
      hits.push({
        message: `Distribution '${distribution.logicalId}' uses an ACM certificate of the stack's Region (${how}): CloudFront takes only certificates in us-east-1, so this deploys only in us-east-1`,
        span: node.span,
        path: ['Resources', distribution.logicalId, 'Properties', 'DistributionConfig', 'ViewerCertificate', 'AcmCertificateArn'],
      });
    }
    return hits;
  },
};
