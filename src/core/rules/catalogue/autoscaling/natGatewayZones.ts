/** T07: private subnets of several Availability Zones that all reach the internet through one NAT gateway. */
import { isString, toPlain, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

const NAT_PAGE = 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html';

/** The Availability Zone a subnet of this template is written in (its text, or its `Fn::Select`), when it can be told. */
function zoneOf(subnet: ResourceDeclaration | undefined): string | undefined {
  if (subnet?.type !== 'AWS::EC2::Subnet') return undefined;
  const zone = valueOf(subnet.properties, 'AvailabilityZone') ?? valueOf(subnet.properties, 'AvailabilityZoneId');
  if (zone === undefined || (!isString(zone) && intrinsicName(zone) !== 'Fn::Select')) return undefined;
  return JSON.stringify(toPlain(zone));
}

/** Per NAT gateway of the template: the zones of the subnets whose route tables send traffic to it, and its routes. */
function zonesByGateway(context: CheckContext): Map<ResourceDeclaration, { zones: Set<string>; routes: ResourceDeclaration[] }> {
  const tablesToZones = new Map<string, Set<string>>();
  for (const association of context.resources('AWS::EC2::SubnetRouteTableAssociation')) {
    const table = context.referenced(valueOf(association.properties, 'RouteTableId'))?.logicalId;
    const zone = zoneOf(context.referenced(valueOf(association.properties, 'SubnetId')));
    if (!table || !zone) continue;
    tablesToZones.set(table, (tablesToZones.get(table) ?? new Set()).add(zone));
  }
  const byGateway = new Map<ResourceDeclaration, { zones: Set<string>; routes: ResourceDeclaration[] }>();
  for (const route of context.resources('AWS::EC2::Route')) {
    if (route.body?.entries.some((entry) => entry.key.value === 'Condition')) continue;
    const gateway = context.referenced(valueOf(route.properties, 'NatGatewayId'));
    const table = context.referenced(valueOf(route.properties, 'RouteTableId'))?.logicalId;
    if (gateway?.type !== 'AWS::EC2::NatGateway' || !table) continue;
    const entry = byGateway.get(gateway) ?? { zones: new Set<string>(), routes: [] };
    for (const zone of tablesToZones.get(table) ?? []) entry.zones.add(zone);
    entry.routes.push(route);
    byGateway.set(gateway, entry);
  }
  return byGateway;
}

/** CX0725: one NAT gateway serving private subnets in two or more Availability Zones. */
export const natGatewayAcrossZones: CatalogueCheck = {
  id: 'CX0725',
  title: 'Private subnets in several Availability Zones share one NAT gateway',
  topics: ['T07'],
  severity: 'warning',
  url: NAT_PAGE,
  explanation: {
    what:
      'A NAT gateway lives in one Availability Zone. When private subnets of other zones route through it, an outage of that ' +
      'zone cuts every private subnet off from the internet (updates, AWS APIs without VPC endpoints), and traffic from the other ' +
      'zones pays cross-zone data charges.',
    exam:
      'for zone-independent architecture, create a NAT gateway in each Availability Zone (in a public subnet there) and give the ' +
      'private subnets of each zone a route table that points at the NAT gateway of the same zone.',
    scenario: 'instances in private subnets must keep reaching the internet if one Availability Zone fails',
    trap: 'a NAT gateway is redundant within its zone, not across zones: one gateway is still a single point of failure for the VPC.',
  },
  resourceTypes: ['AWS::EC2::NatGateway'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const [gateway, { zones, routes }] of zonesByGateway(context)) {
      if (zones.size < 2) continue;
      hits.push({
        message: `NAT gateway '${gateway.logicalId}' serves private subnets in ${zones.size} Availability Zones (through ${routes.map((route) => `'${route.logicalId}'`).join(', ')}): if its zone fails, all of them lose internet access; give each zone a NAT gateway of its own`,
        span: gateway.key.span,
        path: ['Resources', gateway.logicalId],
      });
    }
    return hits;
  },
};
