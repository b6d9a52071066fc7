/**
 * T17: what ECS refuses when it creates a service: a NetworkConfiguration that does not match the task
 * definition's network mode, and a launch type next to a capacity provider strategy.
 */
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { mayCoexist } from '../support/coexist';
import { intrinsicName, isNoValue, possibleValues, presence } from '../support/values';
import { controllerOf, SERVICE } from './ecsServices';

const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const CREATE_SERVICE = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html';
const NOT_AWSVPC = ['bridge', 'host', 'none'];

/** Every value of a property, as text, when each is known and set; undefined otherwise. */
function knownTexts(context: CheckContext, node: TemplateNode | undefined): string[] | undefined {
  if (presence(node) !== 'yes') return undefined;
  const values = possibleValues(context, node);
  if (!values || values.length === 0 || values.some((value) => value === null || value === '')) return undefined;
  return [...new Set(values.map(String))];
}

/**
 * Every network mode the task definition can have, as written. Left out, the mode is not judged here: it
 * defaults to bridge on Linux, which Fargate refuses (CX1719 reports that task definition).
 */
function networkModes(context: CheckContext, task: ResourceDeclaration): string[] | undefined {
  const node = valueOf(task.properties, 'NetworkMode');
  if (node === undefined || isNoValue(node)) return undefined;
  return knownTexts(context, node)?.map((mode) => mode.toLowerCase());
}

/** CX1724: an awsvpc task definition without the service's NetworkConfiguration, or the reverse. */
export const serviceNetworkConfiguration: CatalogueCheck = {
  id: 'CX1724',
  title: 'ECS service whose NetworkConfiguration does not match the network mode of its task definition',
  topics: ['T17'],
  severity: 'error',
  url: CREATE_SERVICE,
  rejection: {
    quote:
      'This parameter is required for task definitions that use the awsvpc network mode to receive their own elastic network interface, and it isn\'t supported for other network modes.',
    url: CREATE_SERVICE,
  },
  explanation: {
    what:
      'In awsvpc mode every task gets its own elastic network interface, so the service must say where to put it: ' +
      'NetworkConfiguration.AwsvpcConfiguration with the subnets, security groups and whether to assign a public IP. In bridge, ' +
      'host or none mode the tasks share the instance\'s network and ECS refuses a NetworkConfiguration. Fargate runs awsvpc ' +
      'only (a Fargate task definition must say NetworkMode: awsvpc), so a Fargate service always needs one.',
    exam:
      'security groups per task (not per instance) and a target group of TargetType ip come with awsvpc; Fargate tasks in ' +
      'private subnets need a NAT gateway or VPC endpoints to pull images, with AssignPublicIp DISABLED.',
    scenario: 'each task must have its own security group that only the load balancer can reach',
    trap: 'the subnets and security groups of a Fargate task are set on the service (or RunTask), not in the task definition.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      // With the EXTERNAL controller the network configuration belongs to each task set.
      const controller = controllerOf(service);
      if (controller !== 'ECS' && controller !== 'CODE_DEPLOY') continue;
      const taskNode = valueOf(service.properties, 'TaskDefinition');
      const task = context.referenced(taskNode);
      if (task?.type !== TASK_DEFINITION || !mayCoexist(context, service, task)) continue;
      const modes = networkModes(context, task);
      if (!modes) continue;
      const configuration = entryOf(service.properties, 'NetworkConfiguration');
      const given = presence(configuration?.value);
      if (given === 'no' && modes.every((mode) => mode === 'awsvpc')) {
        hits.push({
          message: `ECS service '${service.logicalId}' runs task definition '${task.logicalId}' in awsvpc network mode but has no NetworkConfiguration: ECS needs the subnets (and security groups) for each task's network interface`,
          span: entryOf(service.properties, 'TaskDefinition')!.key.span,
          path: ['Resources', service.logicalId, 'Properties', 'TaskDefinition'],
        });
      } else if (given === 'yes' && modes.every((mode) => NOT_AWSVPC.includes(mode))) {
        hits.push({
          message: `ECS service '${service.logicalId}' sets NetworkConfiguration, but task definition '${task.logicalId}' uses the ${modes.join(' or ')} network mode: ECS accepts it only for awsvpc tasks`,
          span: configuration!.key.span,
          path: ['Resources', service.logicalId, 'Properties', 'NetworkConfiguration'],
        });
      }
    }
    return hits;
  },
};

/** A list that has at least one item whatever a condition decides; false when computed or possibly empty. */
function alwaysNonEmptyList(node: TemplateNode | undefined, depth = 0): boolean {
  if (node === undefined || depth > 8) return false;
  if (isSeq(node)) return node.items.length > 0;
  if (intrinsicName(node) !== 'Fn::If') return false;
  const args = valueOf(node, 'Fn::If');
  return isSeq(args) && args.items.length === 3 && alwaysNonEmptyList(args.items[1], depth + 1) && alwaysNonEmptyList(args.items[2], depth + 1);
}

/** CX1725: LaunchType and CapacityProviderStrategy on one service. */
export const launchTypeWithCapacityProviders: CatalogueCheck = {
  id: 'CX1725',
  title: 'ECS service with both LaunchType and CapacityProviderStrategy',
  topics: ['T17'],
  severity: 'error',
  url: CREATE_SERVICE,
  rejection: { quote: 'If a capacityProviderStrategy is specified, the launchType parameter must be omitted.', url: CREATE_SERVICE },
  explanation: {
    what:
      'A service gets its capacity one of two ways: a fixed LaunchType (EC2, FARGATE, EXTERNAL) or a capacity provider strategy ' +
      '(FARGATE and FARGATE_SPOT, or Auto Scaling group capacity providers, each with a base and weight). ECS refuses a service ' +
      'that names both; with neither it uses the cluster\'s default strategy.',
    exam:
      'mixing On-Demand and Spot (FARGATE with a base, FARGATE_SPOT by weight) or cluster auto scaling with managed scaling ' +
      'needs a capacity provider strategy, and then LaunchType must go.',
    scenario: 'run a baseline of tasks on regular Fargate and the rest on Fargate Spot to cut cost',
    trap: 'a strategy replaces the launch type rather than adding to it: keeping LaunchType: FARGATE next to a FARGATE_SPOT strategy is refused.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const launchType = knownTexts(context, valueOf(service.properties, 'LaunchType'));
      const strategy = entryOf(service.properties, 'CapacityProviderStrategy');
      if (!launchType || !strategy || !alwaysNonEmptyList(strategy.value)) continue;
      hits.push({
        message: `ECS service '${service.logicalId}' sets LaunchType ${launchType.join(' or ')} and a CapacityProviderStrategy: ECS takes one or the other; remove LaunchType to use the strategy`,
        span: strategy.key.span,
        path: ['Resources', service.logicalId, 'Properties', 'CapacityProviderStrategy'],
      });
    }
    return hits;
  },
};

export const ECS_SERVICE_NETWORKING_CHECKS: readonly CatalogueCheck[] = [serviceNetworkConfiguration, launchTypeWithCapacityProviders];
