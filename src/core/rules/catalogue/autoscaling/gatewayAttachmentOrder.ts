/** T07: a route to an internet gateway that CloudFormation may create before the gateway is attached to the VPC. */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { dependsOnFix, waitsFor } from '../support/dependencies';

const DEPENDS_ON_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-dependson.html';
const ATTACHMENT = 'AWS::EC2::VPCGatewayAttachment';
const ROUTE = 'AWS::EC2::Route';

/** The attachments of the template by the logical ID of the internet gateway each attaches. */
function attachmentsByGateway(context: CheckContext): Map<string, ResourceDeclaration[]> {
  const byGateway = new Map<string, ResourceDeclaration[]>();
  for (const attachment of context.resources(ATTACHMENT)) {
    const gateway = context.referenced(valueOf(attachment.properties, 'InternetGatewayId'));
    if (gateway?.type !== 'AWS::EC2::InternetGateway') continue;
    byGateway.set(gateway.logicalId, [...(byGateway.get(gateway.logicalId) ?? []), attachment]);
  }
  return byGateway;
}

/** CX0728: a route through an internet gateway of the template that does not wait for the gateway's attachment. */
export const routeBeforeGatewayAttachment: CatalogueCheck = {
  id: 'CX0728',
  title: 'Route to an internet gateway does not wait for the gateway attachment',
  topics: ['T07'],
  severity: 'warning',
  url: DEPENDS_ON_PAGE,
  explanation: {
    what:
      'A route to an internet gateway names the gateway, not its attachment, so CloudFormation may create the route while the ' +
      'gateway is not yet attached to the VPC, and the route fails. The DependsOn page lists routes that include the internet ' +
      'gateway among the resources that must declare a dependency on the VPC gateway attachment.',
    exam:
      'a public subnet needs an internet gateway, its VPCGatewayAttachment, and a 0.0.0.0/0 route that DependsOn the attachment; ' +
      'instances with public IP addresses, Elastic IPs and internet-facing load balancers wait for it too.',
    scenario: 'the stack fails now and then on the public route while creating the VPC of a new Region',
    trap: 'a Ref to the gateway orders the route after the gateway only: the attachment is a separate resource.',
  },
  resourceTypes: [ROUTE, ATTACHMENT],
  run(context) {
    const attachments = attachmentsByGateway(context);
    if (attachments.size === 0) return [];
    const hits: CheckHit[] = [];
    for (const route of context.resources(ROUTE)) {
      const gateway = context.referenced(valueOf(route.properties, 'GatewayId'));
      const attaching = gateway && attachments.get(gateway.logicalId);
      if (!attaching || attaching.some((attachment) => waitsFor(context.template, route.logicalId, attachment.logicalId))) continue;
      const target = attaching[0].logicalId;
      const fixes = dependsOnFix(context.template, route, target, `Create the route after ${target}`);
      hits.push({
        message:
          `Route '${route.logicalId}' goes through internet gateway '${gateway.logicalId}' but does not depend on its attachment '${target}': ` +
          'CloudFormation may create the route before the gateway is attached to the VPC, and the route fails',
        span: route.key.span,
        path: ['Resources', route.logicalId],
        ...(fixes ? { fixes } : {}),
      });
    }
    return hits;
  },
};
