/**
 * T27: the web ACL a CloudFront distribution names in WebACLId. A WAFv2 web ACL is named by its ARN,
 * and it must have the CLOUDFRONT scope (created in us-east-1), not REGIONAL.
 */
import { valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { getAttParts } from '../support/arns';
import { mayCoexist } from '../support/coexist';
import { alwaysOneOf, intrinsicName } from '../support/values';

const DISTRIBUTION = 'AWS::CloudFront::Distribution';
const WEB_ACL = 'AWS::WAFv2::WebACL';
const CONFIG_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-distributionconfig.html';
const RESOURCES_PAGE = 'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html';

interface WebAclUse {
  distribution: ResourceDeclaration;
  node: TemplateNode;
  acl: ResourceDeclaration;
}

/** Distributions whose WebACLId names a WAFv2 web ACL of the template. */
function webAclUses(context: CheckContext): WebAclUse[] {
  return context.resources(DISTRIBUTION).flatMap((distribution) => {
    const node = valueOf(valueOf(distribution.properties, 'DistributionConfig'), 'WebACLId');
    const acl = context.referenced(node);
    return node && acl?.type === WEB_ACL && mayCoexist(context, distribution, acl) ? [{ distribution, node, acl }] : [];
  });
}

const PATH_TAIL = ['Properties', 'DistributionConfig', 'WebACLId'];

/** CX2727: a REGIONAL web ACL on a CloudFront distribution. */
export const distributionRegionalWebAcl: CatalogueCheck = {
  id: 'CX2727',
  title: 'CloudFront distribution protected by a REGIONAL WAF web ACL',
  topics: ['T27'],
  severity: 'error',
  url: RESOURCES_PAGE,
  rejection: {
    quote: 'The web ACL and any AWS WAF resources that it uses must be located in the Region where the associated resource is located. For Amazon CloudFront distributions, this is set to US East (N. Virginia).',
    url: RESOURCES_PAGE,
  },
  explanation: {
    what:
      'A web ACL is made for CloudFront (Scope CLOUDFRONT, created in us-east-1) or for regional resources such as an ALB, API ' +
      'Gateway stage or AppSync API (Scope REGIONAL, associated with AWS::WAFv2::WebACLAssociation). CloudFront accepts only the ' +
      'first kind, so a distribution given a REGIONAL web ACL fails to create or update.',
    exam:
      'WAF in front of a multi-Region app: one CLOUDFRONT web ACL on the distribution (stack in us-east-1), or one REGIONAL web ' +
      'ACL per Region on each ALB; managed rule groups and rate-based rules, with logging to an aws-waf-logs- destination.',
    trap: 'the Scope cannot change: a web ACL for CloudFront is a separate resource, deployed in us-east-1 (a StackSet or a second stack).',
  },
  resourceTypes: [DISTRIBUTION],
  run(context) {
    return webAclUses(context).flatMap(({ distribution, node, acl }): CheckHit[] => {
      if (!alwaysOneOf(context, valueOf(acl.properties, 'Scope'), ['REGIONAL'])) return [];
      return [{
        message: `Distribution '${distribution.logicalId}' uses web ACL '${acl.logicalId}', whose Scope is REGIONAL: CloudFront takes only a web ACL with Scope CLOUDFRONT (created in us-east-1)`,
        span: node.span,
        path: ['Resources', distribution.logicalId, ...PATH_TAIL],
      }];
    });
  },
};

/** How the node names a WAFv2 web ACL when not by its ARN: Ref gives name|id|scope, Fn::GetAtt Id the bare id. */
function notTheArn(node: TemplateNode, acl: ResourceDeclaration): string | undefined {
  if (intrinsicName(node) === 'Ref') return `Ref ${acl.logicalId}, which returns 'name|id|scope'`;
  const attribute = getAttParts(node)?.attribute;
  return attribute !== undefined && attribute !== 'Arn' ? `Fn::GetAtt ${acl.logicalId}.${attribute}` : undefined;
}

/** CX2728: WebACLId given a WAFv2 web ACL's Ref or id where CloudFront needs its ARN. */
export const distributionWebAclNotArn: CatalogueCheck = {
  id: 'CX2728',
  title: 'CloudFront WebACLId given a WAFv2 web ACL by Ref or id instead of its ARN',
  topics: ['T27'],
  severity: 'warning',
  url: CONFIG_PAGE,
  explanation: {
    what:
      'WebACLId takes the ARN of a web ACL of the current AWS WAF and the bare id only of a WAF Classic web ACL. Ref of an ' +
      'AWS::WAFv2::WebACL returns name|id|scope and its Id attribute the bare id, so CloudFront looks for a WAF Classic web ACL ' +
      'that does not exist. Fn::GetAtt WebACL.Arn gives what it needs.',
    exam: 'CloudFront names its web ACL in the distribution (WebACLId); regional resources use AWS::WAFv2::WebACLAssociation instead.',
    trap: 'Ref of most WAFv2 resources is not the ARN: use Fn::GetAtt X.Arn.',
  },
  resourceTypes: [DISTRIBUTION],
  run(context) {
    return webAclUses(context).flatMap(({ distribution, node, acl }): CheckHit[] => {
      const given = notTheArn(node, acl);
      if (!given) return [];
      return [{
        message: `WebACLId of '${distribution.logicalId}' is ${given}: CloudFront takes a WAFv2 web ACL by its ARN (Fn::GetAtt ${acl.logicalId}.Arn)`,
        span: node.span,
        path: ['Resources', distribution.logicalId, ...PATH_TAIL],
      }];
    });
  },
};

export const DISTRIBUTION_WEB_ACL_CHECKS: readonly CatalogueCheck[] = [distributionRegionalWebAcl, distributionWebAclNotArn];
