/** T17 checks on CodeDeploy deployment groups for ECS blue/green deployments. */
import { isSeq, nodeAt, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { literalString } from '../support/values';
import { controllerOf, SERVICE } from './ecsServices';

const DEPLOYMENT_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
const DEPLOYMENT_TYPES = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/welcome.html';
const ECS_BLUE_GREEN = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-bluegreen.html';
const ECS_LOAD_BALANCER = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-create-load-balancer-for-ecs.html';

/** Deployment groups that deploy ECS services. */
function ecsGroups(context: CheckContext): ResourceDeclaration[] {
  return context.resources(DEPLOYMENT_GROUP).filter((group) => {
    const services = valueOf(group.properties, 'ECSServices');
    return services !== undefined && !(isSeq(services) && services.items.length === 0);
  });
}

function pairInfo(group: ResourceDeclaration): TemplateNode | undefined {
  const list = nodeAt(group.properties, ['LoadBalancerInfo', 'TargetGroupPairInfoList']);
  return isSeq(list) ? list.items[0] : undefined;
}

const PAIR_PATH = ['LoadBalancerInfo', 'TargetGroupPairInfoList', 0];

/** CX1714: an ECS deployment group that is not blue/green with traffic control. */
export const ecsDeploymentInPlace: CatalogueCheck = {
  id: 'CX1714',
  title: 'CodeDeploy deployment group for ECS is not BLUE_GREEN with traffic control',
  topics: ['T17'],
  severity: 'error',
  url: DEPLOYMENT_TYPES,
  rejection: { quote: 'AWS Lambda and Amazon ECS deployments cannot use an in-place deployment type.', url: DEPLOYMENT_TYPES },
  explanation: {
    what:
      'CodeDeploy deploys ECS services only blue/green: it starts a replacement task set and shifts the load balancer to it. The ' +
      'deployment group needs DeploymentStyle BLUE_GREEN with WITH_TRAFFIC_CONTROL; without DeploymentStyle it is IN_PLACE and is refused.',
    exam: 'ECS blue/green: service with DeploymentController CODE_DEPLOY, two target groups, a production listener (and optional test listener), and a deployment group with BLUE_GREEN / WITH_TRAFFIC_CONTROL.',
  },
  resourceTypes: [DEPLOYMENT_GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of ecsGroups(context)) {
      const style = valueOf(group.properties, 'DeploymentStyle');
      const type = style === undefined ? 'IN_PLACE' : literalString(valueOf(style, 'DeploymentType'));
      const option = style === undefined ? 'WITHOUT_TRAFFIC_CONTROL' : literalString(valueOf(style, 'DeploymentOption'));
      const problem = type === 'IN_PLACE' ? 'an IN_PLACE deployment type' : option === 'WITHOUT_TRAFFIC_CONTROL' ? 'no traffic control' : undefined;
      if (!problem) continue;
      hits.push({
        message: `Deployment group '${group.logicalId}' deploys ECS services with ${problem}${style ? '' : ' (no DeploymentStyle)'}: ECS deployments must be BLUE_GREEN WITH_TRAFFIC_CONTROL`,
        span: (style ?? group.key).span,
        path: ['Resources', group.logicalId, 'Properties', 'DeploymentStyle'],
      });
    }
    return hits;
  },
};

/** CX1715: a target group pair that is not a pair. */
export const ecsTargetGroupPair: CatalogueCheck = {
  id: 'CX1715',
  title: 'ECS deployment group target group pair does not name two target groups',
  topics: ['T17'],
  severity: 'error',
  url: ECS_LOAD_BALANCER,
  rejection: {
    quote: 'You must have two target groups created for your load balancer in order for your Amazon ECS deployment to run.',
    url: ECS_LOAD_BALANCER,
  },
  explanation: {
    what:
      'A blue/green ECS deployment registers the original task set in one target group and the replacement in the other, then swaps ' +
      'the listeners between them, so TargetGroupPairInfoList names exactly two target groups.',
    exam: 'two target groups + production listener (+ test listener) is what makes ECS blue/green possible; the rolling (ECS) controller needs only one.',
  },
  resourceTypes: [DEPLOYMENT_GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of ecsGroups(context)) {
      const groups = valueOf(pairInfo(group), 'TargetGroups');
      if (!isSeq(groups) || groups.items.length === 2) continue;
      hits.push({
        message: `Deployment group '${group.logicalId}' names ${groups.items.length} target group${groups.items.length === 1 ? '' : 's'} in its pair: ECS blue/green needs exactly two`,
        span: groups.span,
        path: ['Resources', group.logicalId, 'Properties', ...PAIR_PATH, 'TargetGroups'],
      });
    }
    return hits;
  },
};

/** The load balancer (logical id) of each listener a traffic route names; undefined when one is not known. */
function routeBalancers(context: CheckContext, route: TemplateNode | undefined): string[] | undefined {
  const arns = valueOf(route, 'ListenerArns');
  if (!isSeq(arns)) return undefined;
  const balancers: string[] = [];
  for (const item of arns.items) {
    const listener = context.referenced(item);
    if (listener?.type !== 'AWS::ElasticLoadBalancingV2::Listener') return undefined;
    const balancer = context.referenced(valueOf(listener.properties, 'LoadBalancerArn'));
    if (!balancer) return undefined;
    balancers.push(balancer.logicalId);
  }
  return balancers;
}

/** CX1716: production and test listeners on different load balancers. */
export const listenersOnTwoLoadBalancers: CatalogueCheck = {
  id: 'CX1716',
  title: 'ECS blue/green production and test listeners belong to different load balancers',
  topics: ['T17'],
  severity: 'error',
  url: ECS_BLUE_GREEN,
  rejection: { quote: 'Both the production and test listeners must belong to the same load balancer.', url: ECS_BLUE_GREEN },
  explanation: {
    what:
      'During an ECS blue/green deployment CodeDeploy routes test traffic to the replacement task set through the test listener and ' +
      'then moves the production listener; both listeners belong to the load balancer in front of the two target groups.',
    exam: 'the test listener (for example port 8080) lets AfterAllowTestTraffic hooks validate the new version before production traffic moves.',
  },
  resourceTypes: [DEPLOYMENT_GROUP, 'AWS::ElasticLoadBalancingV2::Listener'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of ecsGroups(context)) {
      const pair = pairInfo(group);
      const production = routeBalancers(context, valueOf(pair, 'ProdTrafficRoute'));
      const test = routeBalancers(context, valueOf(pair, 'TestTrafficRoute'));
      if (!production || !test || test.every((balancer) => production.includes(balancer))) continue;
      hits.push({
        message: `Deployment group '${group.logicalId}' has its production listener on '${production.join(', ')}' and its test listener on '${test.join(', ')}': both must belong to the same load balancer`,
        span: valueOf(pair, 'TestTrafficRoute')!.span,
        path: ['Resources', group.logicalId, 'Properties', ...PAIR_PATH, 'TestTrafficRoute'],
      });
    }
    return hits;
  },
};

/** CX1717: canary or linear shifting behind a Network Load Balancer. */
export const nlbNeedsAllAtOnce: CatalogueCheck = {
  id: 'CX1717',
  title: 'ECS blue/green behind a Network Load Balancer with a canary or linear configuration',
  topics: ['T17'],
  severity: 'error',
  url: ECS_BLUE_GREEN,
  rejection: { quote: 'When a Network Load Balancer is used, only the CodeDeployDefault.ECSAllAtOnce deployment configuration is supported.', url: ECS_BLUE_GREEN },
  explanation: {
    what:
      'In a blue/green deployment of an ECS service driven by CodeDeploy, canary and linear configurations need an Application ' +
      'Load Balancer; behind a Network Load Balancer CodeDeploy can only shift all traffic at once. (ECS\'s own blue/green, ' +
      'linear and canary deployments, without CodeDeploy, work behind either kind of load balancer.)',
    exam: '"shift 10 percent of traffic first, the rest after 5 minutes" for ECS with CodeDeploy needs an ALB and CodeDeployDefault.ECSCanary10Percent5Minutes.',
  },
  resourceTypes: [DEPLOYMENT_GROUP, 'AWS::ElasticLoadBalancingV2::LoadBalancer'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of ecsGroups(context)) {
      const configNode = valueOf(group.properties, 'DeploymentConfigName');
      const config = literalString(configNode);
      if (config === undefined || config === 'CodeDeployDefault.ECSAllAtOnce') continue;
      const balancers = routeBalancers(context, valueOf(pairInfo(group), 'ProdTrafficRoute')) ?? [];
      const network = balancers.find((id) => literalString(valueOf(context.resource(id)?.properties, 'Type')) === 'network');
      if (!network) continue;
      hits.push({
        message: `Deployment group '${group.logicalId}' uses ${config} behind Network Load Balancer '${network}': only CodeDeployDefault.ECSAllAtOnce is supported there`,
        span: configNode!.span,
        path: ['Resources', group.logicalId, 'Properties', 'DeploymentConfigName'],
      });
    }
    return hits;
  },
};

/** CX1718: a deployment group for a service that ECS itself deploys. */
export const serviceNotCodeDeployControlled: CatalogueCheck = {
  id: 'CX1718',
  title: 'CodeDeploy deployment group targets an ECS service without the CODE_DEPLOY controller',
  topics: ['T17'],
  severity: 'warning',
  url: ECS_BLUE_GREEN,
  explanation: {
    what:
      'CodeDeploy can run blue/green deployments only for services created with DeploymentController CODE_DEPLOY; a service with the ' +
      'default ECS controller is deployed by ECS itself. DeploymentController can now be changed on an existing service without ' +
      'replacing it, but a migration (from CODE_DEPLOY to ECS, say) has steps of its own.',
    exam: 'the controller decides who deploys: ECS (rolling, circuit breaker, or its own blue/green) or CODE_DEPLOY (blue/green through CodeDeploy).',
  },
  resourceTypes: [DEPLOYMENT_GROUP, SERVICE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of ecsGroups(context)) {
      const services = valueOf(group.properties, 'ECSServices');
      if (!isSeq(services)) continue;
      services.items.forEach((item, index) => {
        const nameNode = valueOf(item, 'ServiceName');
        const service = context.referenced(nameNode);
        if (service?.type !== SERVICE) return;
        const controller = controllerOf(service);
        if (controller === undefined || controller === 'CODE_DEPLOY') return;
        hits.push({
          message: `Deployment group '${group.logicalId}' targets ECS service '${service.logicalId}', which uses the ${controller} deployment controller: CodeDeploy needs DeploymentController CODE_DEPLOY`,
          span: nameNode!.span,
          path: ['Resources', group.logicalId, 'Properties', 'ECSServices', index, 'ServiceName'],
        });
      });
    }
    return hits;
  },
};

export const ECS_CODEDEPLOY_CHECKS: readonly CatalogueCheck[] = [
  ecsDeploymentInPlace,
  ecsTargetGroupPair,
  listenersOnTwoLoadBalancers,
  nlbNeedsAllAtOnce,
  serviceNotCodeDeployControlled,
];
