/** T07 checks on an Auto Scaling group's sizes, subnets, load balancer and health checks. */
import { entryOf, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { literalString } from '../support/values';
import { choiceWording, valuesPerChoice } from '../support/choices';
import { behindLoadBalancer, GROUP, listItems, numbersIn, numbersOf, propertyPath } from './groups';
import { isSingleSubnetOrZone, sameZoneOfSubnets } from '../support/zones';

const GROUP_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-autoscalinggroup.html';
const ELB_PREREQUISITES = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/getting-started-elastic-load-balancing.html';
const GRACE_PAGE = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html';

/** CX0710: DesiredCapacity outside MinSize..MaxSize. */
export const desiredCapacityOutOfRange: CatalogueCheck = {
  id: 'CX0710',
  title: 'Auto Scaling group DesiredCapacity outside MinSize and MaxSize, or MinSize above MaxSize',
  topics: ['T07'],
  severity: 'error',
  url: GROUP_PAGE,
  rejection: {
    quote:
      'The number must be greater than or equal to the minimum size of the group and less than or equal to the maximum size of the group.',
    url: GROUP_PAGE,
  },
  explanation: {
    what:
      'Amazon EC2 Auto Scaling rejects a group whose desired capacity lies outside its minimum and maximum size, so the stack fails ' +
      'when it creates or updates the group. Without DesiredCapacity the group starts at MinSize, so a MinSize above MaxSize is ' +
      'refused as well.',
    exam:
      'MinSize is the floor that keeps the application available (2 across two Availability Zones), MaxSize the cost ceiling, and ' +
      'DesiredCapacity where the group starts; scaling policies and scheduled actions move it within the bounds.',
    scenario: 'run at least 2 and at most 20 instances, 5 under normal load',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const nodes = ['DesiredCapacity', 'MinSize', 'MaxSize'].map((name) => valueOf(group.properties, name));
      const found = capacityProblem(group, '', ...nodes.map((node) => numbersOf(context, node)));
      if (found) {
        hits.push(capacityHit(group, found));
        continue;
      }
      // Sizes from one parameter (an environment's mapping): the stacks of some environments fail.
      const perChoice = valuesPerChoice(context, nodes) ?? [];
      const failing = perChoice.flatMap(({ choice, values }) => {
        const sizes = values.map(numbersIn);
        const problem = capacityProblem(group, '', ...sizes);
        return problem ? [{ choice, sizes, message: problem.message }] : [];
      });
      if (failing.length === 0) continue;
      // Named together: the choices whose sizes fail the same way as the first's.
      const alike = failing.filter(({ message }) => message === failing[0].message).map(({ choice }) => choice);
      const problem = capacityProblem(group, ` ${choiceWording(alike)}`, ...failing[0].sizes)!;
      hits.push({ ...capacityHit(group, problem), ...(failing.length < perChoice.length ? { severity: 'warning' as const } : {}) });
    }
    return hits;
  },
};

/** CX0714: a group registered with a target group whose targets are not instances. */
export const groupTargetGroupType: CatalogueCheck = {
  id: 'CX0714',
  title: 'Auto Scaling group attached to a target group whose TargetType is not instance',
  topics: ['T07'],
  severity: 'error',
  url: ELB_PREREQUISITES,
  rejection: {
    quote: "The target group must specify a target type of instance. You can't specify a target type of ip when using an Auto Scaling group.",
    url: ELB_PREREQUISITES,
  },
  explanation: {
    what:
      'An Auto Scaling group registers its instances with a target group by instance ID, so the target group must have TargetType ' +
      'instance (the default). Target groups of IP addresses, Lambda functions or load balancers cannot take the group.',
    exam:
      'TargetType ip is for targets addressed by IP, such as ECS tasks in awsvpc mode; EC2 instances of an Auto Scaling group use instance.',
    trap: 'ECS services on Fargate need ip target groups, EC2 Auto Scaling groups need instance target groups: the two are often swapped.',
  },
  resourceTypes: [GROUP, 'AWS::ElasticLoadBalancingV2::TargetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      (listItems(valueOf(group.properties, 'TargetGroupARNs')) ?? []).forEach((item, index) => {
        const target = context.referenced(item);
        if (target?.type !== 'AWS::ElasticLoadBalancingV2::TargetGroup') return;
        const type = literalString(valueOf(target.properties, 'TargetType'));
        if (type === undefined || type === 'instance') return;
        hits.push({
          message: `Auto Scaling group '${group.logicalId}' is attached to target group '${target.logicalId}' with TargetType ${type}: a group needs TargetType instance`,
          span: item.span,
          path: propertyPath(group, 'TargetGroupARNs', index),
        });
      });
    }
    return hits;
  },
};

interface CapacityProblem {
  property: 'MinSize' | 'DesiredCapacity';
  message: string;
}

/** What Amazon EC2 Auto Scaling refuses in the sizes (each every value it can take), or undefined. */
function capacityProblem(group: ResourceDeclaration, when: string, desired?: number[], below?: number[], above?: number[]): CapacityProblem | undefined {
  if (!desired) {
    // No capacity fits between a MinSize above MaxSize: the default (MinSize) and any DesiredCapacity are refused.
    if (!below || !above || Math.min(...below) <= Math.max(...above)) return undefined;
    return {
      property: 'MinSize',
      message:
        `MinSize ${below.join(' or ')} of Auto Scaling group '${group.logicalId}' is above MaxSize ${above.join(' or ')}${when}: no desired ` +
        'capacity fits between them (without DesiredCapacity the group starts at MinSize), and Amazon EC2 Auto Scaling rejects the group',
    };
  }
  let problem: string | undefined;
  // With MinSize above MaxSize no capacity fits: that is the mistake to name, whatever DesiredCapacity says.
  if (below && above && Math.min(...below) > Math.max(...above)) problem = `outside an empty range: MinSize ${Math.min(...below)} is above MaxSize ${Math.max(...above)}`;
  else if (below && Math.max(...desired) < Math.min(...below)) problem = `below MinSize ${Math.min(...below)}`;
  else if (above && Math.min(...desired) > Math.max(...above)) problem = `above MaxSize ${Math.max(...above)}`;
  if (!problem) return undefined;
  return { property: 'DesiredCapacity', message: `DesiredCapacity ${desired.join(' or ')} of Auto Scaling group '${group.logicalId}' is ${problem}${when}: Amazon EC2 Auto Scaling rejects the group` };
}

function capacityHit(group: ResourceDeclaration, problem: CapacityProblem): CheckHit {
  const node = valueOf(group.properties, problem.property)!;
  return { message: problem.message, span: node.span, path: propertyPath(group, problem.property) };
}

/** CX0715: a group that can only launch in one Availability Zone. */
export const groupSingleZone: CatalogueCheck = {
  id: 'CX0715',
  title: 'Auto Scaling group launches into a single subnet or Availability Zone',
  topics: ['T07'],
  severity: 'warning',
  url: GROUP_PAGE,
  explanation: {
    what:
      'A group spreads its instances over the Availability Zones of its subnets and, when one zone fails, launches replacements in ' +
      'the others. With a single subnet every instance lives in one zone, so a zone outage takes the whole application down.',
    exam: 'high availability for an Auto Scaling group means subnets in at least two Availability Zones (and a load balancer across them).',
    scenario: 'the application must stay available if an Availability Zone fails',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const max = numbersOf(context, valueOf(group.properties, 'MaxSize'));
      if (max && Math.max(...max) <= 1) continue;
      const subnets = entryOf(group.properties, 'VPCZoneIdentifier');
      const zones = entryOf(group.properties, 'AvailabilityZones');
      const entry = subnets ?? zones;
      const items = listItems(entry?.value);
      if (!entry || !items) continue;
      const sharedZone = subnets && items.length > 1 ? sameZoneOfSubnets(context, items) : undefined;
      if (!sharedZone && (items.length !== 1 || !isSingleSubnetOrZone(context, items[0]))) continue;
      const what = sharedZone ? `subnets that are all in one Availability Zone (${sharedZone})` : subnets ? 'one subnet' : 'one Availability Zone';
      hits.push({
        message: `Auto Scaling group '${group.logicalId}' launches into ${what}: an Availability Zone outage stops every instance; list subnets in at least two zones`,
        span: entry.key.span,
        path: propertyPath(group, entry.key.value),
      });
    }
    return hits;
  },
};

function healthCheckTypes(group: ResourceDeclaration): string[] | undefined {
  const type = literalString(valueOf(group.properties, 'HealthCheckType'));
  return type?.split(',').map((part) => part.trim());
}

/** CX0716: ELB health checks from the first second of an instance's life. */
export const elbHealthCheckWithoutGrace: CatalogueCheck = {
  id: 'CX0716',
  title: 'ELB health checks without a health check grace period',
  topics: ['T07'],
  severity: 'warning',
  url: GRACE_PAGE,
  explanation: {
    what:
      'With HealthCheckType ELB the group replaces instances that fail the load balancer health check. The grace period (default 0 ' +
      'seconds in CloudFormation) is how long a new instance may boot and start the application before a failed check counts.',
    exam:
      'instances terminated and relaunched in a loop right after launch point to a missing or too short HealthCheckGracePeriod; set it ' +
      'to the time the instance needs to pass its first health check (or hold the instance with a launch lifecycle hook).',
    scenario: 'new instances are marked unhealthy and replaced before the application has finished starting',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      if (!healthCheckTypes(group)?.includes('ELB') || hasLaunchHook(context, group)) continue;
      const grace = entryOf(group.properties, 'HealthCheckGracePeriod');
      const seconds = grace ? numbersOf(context, grace.value) : [0];
      if (!seconds || Math.max(...seconds) > 0) continue;
      const typeEntry = entryOf(group.properties, 'HealthCheckType')!;
      const edit = grace ? undefined : insertEntry(context.template, group.properties!, 'HealthCheckGracePeriod', 300, 'HealthCheckType');
      hits.push({
        message:
          `Auto Scaling group '${group.logicalId}' uses ELB health checks with ${grace ? 'a grace period of 0' : 'no HealthCheckGracePeriod (0 seconds)'}: ` +
          'new instances can be replaced before the application has started',
        span: grace ? grace.value.span : typeEntry.value.span,
        path: propertyPath(group, 'HealthCheckGracePeriod'),
        ...(edit ? { fixes: [{ title: 'Add HealthCheckGracePeriod: 300', edits: [edit], preferred: true }] } : {}),
      });
    }
    return hits;
  },
};

function hasLaunchHook(context: CheckContext, group: ResourceDeclaration): boolean {
  const launching = (node: TemplateNode | undefined) => literalString(valueOf(node, 'LifecycleTransition')) === 'autoscaling:EC2_INSTANCE_LAUNCHING';
  if ((listItems(valueOf(group.properties, 'LifecycleHookSpecificationList')) ?? []).some(launching)) return true;
  return context
    .resources('AWS::AutoScaling::LifecycleHook')
    .some((hook) => context.referenced(valueOf(hook.properties, 'AutoScalingGroupName')) === group && launching(hook.properties));
}

/** CX0717: ELB health checks on a group that no load balancer knows. */
export const elbHealthCheckWithoutLoadBalancer: CatalogueCheck = {
  id: 'CX0717',
  title: 'ELB health check type on a group without a load balancer',
  topics: ['T07'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html',
  explanation: {
    what:
      'HealthCheckType ELB makes the group use the health checks of the load balancer target groups it is attached to. A group with no ' +
      'TargetGroupARNs, LoadBalancerNames or TrafficSources has none, so only the EC2 status checks replace instances.',
    exam:
      'self-healing on application failure needs both parts: the group registered with a target group that checks the application, ' +
      'and HealthCheckType ELB.',
    scenario: 'replace instances automatically when the web application stops responding',
  },
  resourceTypes: [GROUP],
  run(context) {
    return context.resources(GROUP).flatMap((group) => {
      if (!healthCheckTypes(group)?.includes('ELB') || behindLoadBalancer(group) !== false) return [];
      const entry = entryOf(group.properties, 'HealthCheckType')!;
      return [
        {
          message: `Auto Scaling group '${group.logicalId}' uses ELB health checks but is attached to no load balancer: only EC2 status checks will replace its instances`,
          span: entry.value.span,
          path: propertyPath(group, 'HealthCheckType'),
        },
      ];
    });
  },
};
