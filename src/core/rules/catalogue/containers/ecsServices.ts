/** T17 checks on ECS services: load balancer wiring and rolling deployment settings. */
import { entryOf, isMap, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { literalNumber, literalString } from '../support/values';

export const SERVICE = 'AWS::ECS::Service';
const LOAD_BALANCER_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-loadbalancer.html';
const AWSVPC_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html';

function taskDefinitionOf(context: CheckContext, service: ResourceDeclaration): ResourceDeclaration | undefined {
  const target = context.referenced(valueOf(service.properties, 'TaskDefinition'));
  return target?.type === 'AWS::ECS::TaskDefinition' ? target : undefined;
}

function loadBalancers(service: ResourceDeclaration): Array<{ node: TemplateNode; index: number }> {
  const list = valueOf(service.properties, 'LoadBalancers');
  return isSeq(list) ? list.items.map((node, index) => ({ node, index })) : [];
}

/** The deployment controller: ECS when the property is left out; undefined when computed. */
export function controllerOf(service: ResourceDeclaration): string | undefined {
  const controller = valueOf(service.properties, 'DeploymentController');
  if (controller === undefined) return 'ECS';
  const type = valueOf(controller, 'Type');
  return type === undefined && isMap(controller) ? 'ECS' : literalString(type);
}

/** CX1710: rolling-only settings on a service that CodeDeploy or an external controller deploys. */
export const rollingSettingsWithOtherController: CatalogueCheck = {
  id: 'CX1710',
  title: 'Deployment circuit breaker or alarms on an ECS service not deployed by ECS',
  topics: ['T17'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentconfiguration.html',
  explanation: {
    what:
      'The deployment circuit breaker and deployment alarms belong to deployments that ECS runs itself (the ECS controller). With ' +
      'the CODE_DEPLOY or EXTERNAL controller they do nothing: CodeDeploy rolls back through the deployment group\'s ' +
      'AutoRollbackConfiguration and CloudWatch alarms.',
    exam: 'rollback for ECS blue/green with CodeDeploy = deployment group AutoRollbackConfiguration (DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM) and AlarmConfiguration.',
    trap: 'a circuit breaker on a CODE_DEPLOY service looks like a safety net but never fires.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const controller = controllerOf(service);
      if (controller !== 'CODE_DEPLOY' && controller !== 'EXTERNAL') continue;
      const configuration = valueOf(service.properties, 'DeploymentConfiguration');
      for (const name of ['DeploymentCircuitBreaker', 'Alarms']) {
        const setting = entryOf(configuration, name);
        if (!setting) continue;
        hits.push({
          message: `ECS service '${service.logicalId}' uses the ${controller} deployment controller, so its ${name} has no effect: roll back through the deployment controller instead`,
          span: setting.key.span,
          path: ['Resources', service.logicalId, 'Properties', 'DeploymentConfiguration', name],
        });
      }
    }
    return hits;
  },
};

/** CX1711: awsvpc tasks behind a target group that registers instances. */
export const awsvpcTargetType: CatalogueCheck = {
  id: 'CX1711',
  title: 'ECS service with awsvpc tasks behind a target group whose TargetType is not ip',
  topics: ['T17'],
  severity: 'error',
  url: AWSVPC_PAGE,
  rejection: { quote: 'When you create any target groups for these services, you must choose ip as the target type, not instance.', url: AWSVPC_PAGE },
  explanation: {
    what:
      'A task in awsvpc network mode (every Fargate task) has its own network interface and IP address, so the load balancer must ' +
      'register it by IP. A target group with TargetType instance (the default) cannot take such tasks, and ECS refuses the service.',
    exam: 'Fargate behind an ALB: NetworkMode awsvpc, TargetType ip; EC2 tasks in bridge mode use TargetType instance with dynamic host ports.',
    trap: 'TargetType defaults to instance, so leaving it out is the same mistake.',
  },
  resourceTypes: [SERVICE, 'AWS::ECS::TaskDefinition', 'AWS::ElasticLoadBalancingV2::TargetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const task = taskDefinitionOf(context, service);
      const mode = literalString(valueOf(task?.properties, 'NetworkMode'));
      if (mode !== 'awsvpc') continue;
      for (const { node, index } of loadBalancers(service)) {
        const groupNode = valueOf(node, 'TargetGroupArn');
        const group = context.referenced(groupNode);
        if (group?.type !== 'AWS::ElasticLoadBalancingV2::TargetGroup') continue;
        const typeNode = valueOf(group.properties, 'TargetType');
        const type = typeNode === undefined ? 'instance' : literalString(typeNode);
        if (type === undefined || type === 'ip') continue;
        hits.push({
          message: `ECS service '${service.logicalId}' runs awsvpc tasks but target group '${group.logicalId}' has TargetType ${type}${typeNode ? '' : ' (the default)'}: it must be ip`,
          span: groupNode!.span,
          path: ['Resources', service.logicalId, 'Properties', 'LoadBalancers', index, 'TargetGroupArn'],
        });
      }
    }
    return hits;
  },
};

/** CX1712: a load balancer entry naming a container or port the task definition does not have. */
export const loadBalancerContainerMismatch: CatalogueCheck = {
  id: 'CX1712',
  title: 'ECS service load balancer names a container or port its task definition does not have',
  topics: ['T17'],
  severity: 'error',
  url: LOAD_BALANCER_PAGE,
  rejection: { quote: 'This port must correspond to a containerPort in the task definition the tasks in the service are using.', url: LOAD_BALANCER_PAGE },
  explanation: {
    what:
      'The load balancer sends traffic to ContainerName on ContainerPort, so both must match a container definition and one of its ' +
      'port mappings in the service\'s task definition; ECS refuses the service otherwise.',
    exam: 'the container name and port of the load balancer link must stay in every new task definition revision, or later deployments fail.',
  },
  resourceTypes: [SERVICE, 'AWS::ECS::TaskDefinition'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      const containers = containerPorts(taskDefinitionOf(context, service));
      if (!containers) continue;
      for (const { node, index } of loadBalancers(service)) {
        const nameNode = valueOf(node, 'ContainerName');
        const name = literalString(nameNode);
        const portNode = valueOf(node, 'ContainerPort');
        const port = literalNumber(portNode);
        if (name === undefined) continue;
        const path = ['Resources', service.logicalId, 'Properties', 'LoadBalancers', index];
        const ports = containers.get(name);
        if (ports === undefined) {
          hits.push({
            message: `ECS service '${service.logicalId}' sends load balancer traffic to container '${name}', which its task definition does not define (containers: ${[...containers.keys()].join(', ')})`,
            span: nameNode!.span,
            path: [...path, 'ContainerName'],
          });
        } else if (port !== undefined && ports !== null && !ports.includes(port)) {
          hits.push({
            message: `ECS service '${service.logicalId}' sends load balancer traffic to port ${port} of container '${name}', which maps only ${ports.join(', ') || 'no ports'}`,
            span: portNode!.span,
            path: [...path, 'ContainerPort'],
          });
        }
      }
    }
    return hits;
  },
};

/** Container name → its container ports (null when one is computed); undefined when the definitions are not readable. */
function containerPorts(task: ResourceDeclaration | undefined): Map<string, number[] | null> | undefined {
  const definitions = valueOf(task?.properties, 'ContainerDefinitions');
  if (!isSeq(definitions)) return undefined;
  const containers = new Map<string, number[] | null>();
  for (const definition of definitions.items) {
    const name = literalString(valueOf(definition, 'Name'));
    if (name === undefined) return undefined;
    const mappings = valueOf(definition, 'PortMappings');
    if (mappings === undefined) {
      containers.set(name, []);
      continue;
    }
    const ports = isSeq(mappings) ? mappings.items.map((mapping) => literalNumber(valueOf(mapping, 'ContainerPort'))) : [undefined];
    containers.set(name, ports.every((port) => port !== undefined) ? (ports as number[]) : null);
  }
  return containers;
}

/** CX1713: rolling deployment limits that allow neither stopping nor starting a task. */
export const rollingDeploymentStuck: CatalogueCheck = {
  id: 'CX1713',
  title: 'ECS rolling deployment with MinimumHealthyPercent and MaximumPercent both 100',
  topics: ['T17'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html',
  explanation: {
    what:
      'MinimumHealthyPercent is how many tasks must keep running during a deployment, MaximumPercent how many may run at most. With ' +
      'both at 100 the scheduler can neither stop an old task nor start a new one, so the deployment cannot make progress.',
    exam: 'zero-downtime rolling deployments: MinimumHealthyPercent 100 and MaximumPercent 200 (start new tasks first); with limited capacity, MinimumHealthyPercent 50.',
  },
  resourceTypes: [SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const service of context.resources(SERVICE)) {
      if (controllerOf(service) !== 'ECS') continue;
      const configuration = valueOf(service.properties, 'DeploymentConfiguration');
      // Blue/green, canary and linear strategies start a whole new revision beside the old one: the limits are for rolling.
      const strategy = valueOf(configuration, 'Strategy');
      if (strategy !== undefined && literalString(strategy) !== 'ROLLING') continue;
      const minimum = literalNumber(valueOf(configuration, 'MinimumHealthyPercent'));
      const maximumNode = valueOf(configuration, 'MaximumPercent');
      if (minimum === undefined || minimum < 100 || literalNumber(maximumNode) === undefined || literalNumber(maximumNode)! > 100) continue;
      hits.push({
        message: `ECS service '${service.logicalId}' has MinimumHealthyPercent ${minimum} and MaximumPercent ${literalNumber(maximumNode)}: a deployment can neither stop an old task nor start a new one`,
        span: maximumNode!.span,
        path: ['Resources', service.logicalId, 'Properties', 'DeploymentConfiguration', 'MaximumPercent'],
      });
    }
    return hits;
  },
};

export const ECS_SERVICE_CHECKS: readonly CatalogueCheck[] = [
  rollingSettingsWithOtherController,
  awsvpcTargetType,
  loadBalancerContainerMismatch,
  rollingDeploymentStuck,
];

