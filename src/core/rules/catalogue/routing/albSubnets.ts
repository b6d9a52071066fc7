/** T07: an Application Load Balancer spans at least two Availability Zones. */
import { isSeq, isString, toPlain, valueOf, type TemplateNode } from '../../../model';
import type { CheckContext } from '../support/context';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, intrinsicName, possibleValues } from '../support/values';

const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const CREATE_LOAD_BALANCER = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html';

/** CX0719: an Application Load Balancer given one subnet. */
export const albSingleSubnet: CatalogueCheck = {
  id: 'CX0719',
  title: 'Application Load Balancer in a single subnet',
  topics: ['T07'],
  // An error in an ordinary Region, but one Outpost subnet or Local Zone subnets are allowed: which a subnet is cannot be told here.
  severity: 'warning',
  url: CREATE_LOAD_BALANCER,
  explanation: {
    what:
      'Elastic Load Balancing creates an Application Load Balancer only with subnets in at least two Availability Zones (an ' +
      'ALB on an Outpost takes one Outpost subnet, and Local Zones are the other exception). One subnet in an ordinary ' +
      'Region makes the load balancer, and the stack, fail.',
    exam:
      'a highly available web tier is an ALB across two or more Availability Zones in front of an Auto Scaling group that ' +
      'spans the same zones; losing one zone leaves the other serving.',
    scenario: 'the application must keep serving when one Availability Zone fails',
  },
  resourceTypes: [LOAD_BALANCER],
  run(context) {
    const hits: CheckHit[] = [];
    for (const balancer of context.resources(LOAD_BALANCER)) {
      const type = valueOf(balancer.properties, 'Type');
      const types = type === undefined ? ['application'] : alwaysGiven(type) ? possibleValues(context, type) : undefined;
      if (!types || !types.every((value) => value === 'application')) continue;
      for (const name of ['Subnets', 'SubnetMappings']) {
        const list = valueOf(balancer.properties, name);
        if (!isSeq(list) || list.items.some((item) => intrinsicName(item) === 'Fn::If' || intrinsicName(item) === 'Fn::Split')) continue;
        const subnets = list.items.map((item) => (name === 'Subnets' ? item : valueOf(item, 'SubnetId')));
        const zone = list.items.length > 1 ? sharedZone(context, subnets) : undefined;
        if (list.items.length !== 1 && !zone) continue;
        hits.push({
          message: zone
            ? `Application Load Balancer '${balancer.logicalId}' has its ${list.items.length} subnets all in one Availability Zone (${zone}): it needs subnets in at least two zones, and one zone's failure takes it down`
            : `Application Load Balancer '${balancer.logicalId}' has one subnet in ${name}: it needs subnets in at least two Availability Zones, and one zone's failure takes it down`,
          span: list.span,
          path: ['Resources', balancer.logicalId, 'Properties', name],
        });
      }
    }
    return hits;
  },
};

/**
 * The Availability Zone every subnet is written in, when each is a subnet of this template whose AvailabilityZone is
 * the same text or the same `Fn::Select`; undefined when they may differ or cannot be told.
 */
function sharedZone(context: CheckContext, subnets: (TemplateNode | undefined)[]): string | undefined {
  const zones = subnets.map((node) => {
    const subnet = context.referenced(node);
    const zone = subnet?.type === 'AWS::EC2::Subnet' ? valueOf(subnet.properties, 'AvailabilityZone') : undefined;
    if (zone === undefined || (!isString(zone) && intrinsicName(zone) !== 'Fn::Select')) return undefined;
    return { key: JSON.stringify(toPlain(zone)), shown: isString(zone) ? zone.value : 'the same Fn::Select' };
  });
  const first = zones[0];
  return first !== undefined && zones.every((zone) => zone?.key === first.key) ? first.shown : undefined;
}
