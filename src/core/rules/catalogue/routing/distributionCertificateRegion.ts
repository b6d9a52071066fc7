/** T27: a CloudFront distribution given an ACM certificate of another Region than us-east-1. */
import { valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { arnFields, arnText } from '../support/arns';
import { intrinsicName, literalString } from '../support/values';

const PAGE = 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ViewerCertificate.html';
const CERTIFICATE = 'AWS::CertificateManager::Certificate';

/** Where the certificate lives: a Region written in its ARN, the stack's own Region, or unknown. */
type CertificateRegion = { region: string; from: string } | { stackRegion: string } | undefined;

function certificateRegion(context: CheckContext, node: TemplateNode | undefined): CertificateRegion {
  const text = arnText(node);
  if (text !== undefined) {
    const region = arnFields(text)[3];
    if (region === '{Region}') return { stackRegion: 'its ARN has ${AWS::Region}' };
    return region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(region) ? { region, from: 'its ARN' } : undefined;
  }
  const named = context.referenced(node);
  if (named?.type === CERTIFICATE) return { stackRegion: `'${named.logicalId}' is requested by this stack, in its Region` };
  if (intrinsicName(node) !== 'Ref' || named) return undefined;
  const parameterName = literalString(valueOf(node, 'Ref'));
  const fallback = arnText(valueOf(parameterName ? context.parameter(parameterName) : undefined, 'Default'));
  const region = fallback && arnFields(fallback)[3];
  return region && region !== '{Region}' ? { region, from: `the Default of parameter '${parameterName}'` } : undefined;
}

/** CX2736: ACMCertificateArn outside us-east-1. */
export const distributionCertificateRegion: CatalogueCheck = {
  id: 'CX2736',
  title: 'CloudFront distribution with an ACM certificate outside us-east-1',
  topics: ['T27', 'T26'],
  severity: 'error',
  url: PAGE,
  rejection: { quote: 'CloudFront only supports ACM certificates in the US East (N. Virginia) Region (us-east-1).', url: PAGE },
  explanation: {
    what:
      'CloudFront is a global service that reads its certificates from ACM in us-east-1 only. A certificate requested or imported ' +
      'in another Region, for example in the Region of the stack and its origin, cannot be attached to a distribution.',
    exam:
      'HTTPS on a custom domain in front of a regional origin: the ALB\'s certificate lives in the ALB\'s Region, the ' +
      'distribution\'s in us-east-1; a stack in another Region gets the us-east-1 ARN as a parameter (or from a stack there).',
    scenario: 'serve the eu-west-1 application through CloudFront on www.example.com over HTTPS',
    trap: 'an AWS::CertificateManager::Certificate in the same template is created in the stack\'s Region, which works only for a stack deployed in us-east-1.',
  },
  resourceTypes: ['AWS::CloudFront::Distribution'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const distribution of context.resources('AWS::CloudFront::Distribution')) {
      const node = valueOf(valueOf(valueOf(distribution.properties, 'DistributionConfig'), 'ViewerCertificate'), 'AcmCertificateArn');
      const where = certificateRegion(context, node);
      if (!node || !where || ('region' in where && where.region === 'us-east-1')) continue;
      const path = ['Resources', distribution.logicalId, 'Properties', 'DistributionConfig', 'ViewerCertificate', 'AcmCertificateArn'];
      if ('stackRegion' in where) {
        hits.push({
          message: `Distribution '${distribution.logicalId}' uses an ACM certificate of the stack's Region (${where.stackRegion}): CloudFront takes only certificates in us-east-1, so this deploys only in us-east-1`,
          span: node.span,
          path,
          severity: 'warning',
        });
        continue;
      }
      const fromDefault = where.from.startsWith('the Default');
      hits.push({
        message: `Distribution '${distribution.logicalId}' uses an ACM certificate in ${where.region} (${where.from}): CloudFront takes only certificates in us-east-1`,
        span: node.span,
        path,
        ...(fromDefault ? { severity: 'warning' as const } : {}),
      });
    }
    return hits;
  },
};
