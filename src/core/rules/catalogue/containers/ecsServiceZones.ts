/** T17: an ECS service whose tasks can only run in one Availability Zone. */
import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalNumber, literalString } from '../support/values';
import { isSingleSubnetOrZone, sameZoneOfSubnets } from '../support/zones';
import { SERVICE } from './ecsServices';

const PLACEMENT_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html';

/** CX1733: an awsvpc service given one subnet, or subnets of one zone. */
export const serviceSingleZone: CatalogueCheck = {
  id: 'CX1733',
  title: 'ECS service places its tasks in a single subnet or Availability Zone',
  topics: ['T17'],
  severity: 'warning',
  url: PLACEMENT_PAGE,
  explanation: {
    what:
      'A service in the awsvpc network mode (every Fargate service) starts its tasks in the subnets of its AwsvpcConfiguration, ' +
      'spread across their Availability Zones, and replaces a stopped task in a zone that is still up. With one subnet every task ' +
      'runs in one zone, so a zone outage stops the whole service and nothing can replace it elsewhere.',
    exam:
      'a highly available container service lists private subnets in at least two Availability Zones, runs at least two tasks, and ' +
      'sits behind a load balancer across the same zones.',
    scenario: 'the containerised application must stay available if an Availability Zone fails',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      if (literalNumber(valueOf(service.properties, 'DesiredCount')) === 0 || literalString(valueOf(service.properties, 'SchedulingStrategy')) === 'DAEMON') continue;
      const awsvpc = valueOf(valueOf(service.properties, 'NetworkConfiguration'), 'AwsvpcConfiguration');
      const subnets = entryOf(awsvpc, 'Subnets');
      const items = subnets?.value.kind === 'seq' ? subnets.value.items : undefined;
      if (!subnets || !items || items.length === 0) continue;
      const sharedZone = items.length > 1 ? sameZoneOfSubnets(context, items) : undefined;
      if (!sharedZone && (items.length !== 1 || !isSingleSubnetOrZone(context, items[0]))) continue;
      const where = sharedZone ? `subnets that are all in one Availability Zone (${sharedZone})` : 'one subnet';
      hits.push({
        message: `ECS service '${service.logicalId}' runs its tasks in ${where}: an Availability Zone outage stops every task; list subnets in at least two zones`,
        span: subnets.key.span,
        path: ['Resources', service.logicalId, 'Properties', 'NetworkConfiguration', 'AwsvpcConfiguration', 'Subnets'],
      });
    }
    return hits;
  },
};

/** CX1737: a load-balanced service of one task. */
export const serviceSingleTask: CatalogueCheck = {
  id: 'CX1737',
  title: 'Load-balanced ECS service that runs a single task',
  topics: ['T17'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
  explanation: {
    what:
      'DesiredCount is how many copies of the task the service keeps running. With one, the task runs in one Availability Zone: ' +
      'when it fails its health checks, or its zone or host goes down, the load balancer has no healthy target until ECS has ' +
      'started a replacement.',
    exam:
      'a highly available web service runs at least two tasks in subnets of two or more zones (Service Auto Scaling with a minimum ' +
      'of two), behind a load balancer that spreads requests over them.',
    scenario: 'the containerised web application must stay available when a task or an Availability Zone fails',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const count = entryOf(service.properties, 'DesiredCount');
      const balanced = valueOf(service.properties, 'LoadBalancers');
      if (!count || literalNumber(count.value) !== 1 || balanced?.kind !== 'seq' || balanced.items.length === 0) continue;
      if (literalString(valueOf(service.properties, 'SchedulingStrategy')) === 'DAEMON') continue;
      hits.push({
        message: `ECS service '${service.logicalId}' serves its load balancer from one task: a task or Availability Zone failure leaves no healthy target until a replacement starts; run at least two`,
        span: count.value.span,
        path: ['Resources', service.logicalId, 'Properties', 'DesiredCount'],
      });
    }
    return hits;
  },
};
