/** Deployment configurations: the right platform, and a minimum of healthy hosts that can work. */
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalNumber, literalString, propertyAt } from '../support/values';
import {
  builtInPlatform,
  CONFIG,
  configOf,
  configResourcePlatform,
  GROUP,
  isInPlace,
  platformOf,
  trafficControl,
} from './deploymentGroupModel';

const CONFIGS_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html';
const HEALTH_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html';

/** CX0412: a deployment configuration of another compute platform. */
export const codeDeployConfigPlatform: CatalogueCheck = {
  id: 'CX0412',
  title: 'Deployment group uses a deployment configuration of another compute platform',
  topics: ['T04', 'T18'],
  severity: 'warning',
  url: CONFIGS_URL,
  explanation: {
    what:
      'Deployment configurations belong to one compute platform: OneAtATime, HalfAtATime and AllAtOnce (minimum healthy ' +
      'hosts) to EC2/on-premises, LambdaCanary…/LambdaLinear…/LambdaAllAtOnce and ECS… (traffic shifting) to Lambda and ECS. ' +
      'CodeDeploy does not accept a configuration of another platform for a deployment group.',
    exam:
      'EC2/on-premises deployments count healthy instances; Lambda and ECS deployments shift traffic (canary, linear, all at ' +
      'once). A custom DeploymentConfig takes MinimumHealthyHosts for Server and TrafficRoutingConfig for Lambda or ECS.',
    trap: 'CodeDeployDefault.AllAtOnce (EC2) and CodeDeployDefault.LambdaAllAtOnce are different configurations.',
  },
  resourceTypes: [GROUP, CONFIG],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const platform = platformOf(context, group);
      const config = configOf(context, group);
      if (platform === 'unknown' || !config) continue;
      const configPlatform = config.resource ? configResourcePlatform(config.resource) : builtInPlatform(config.builtIn!);
      if (configPlatform === undefined || configPlatform === 'unknown' || configPlatform === platform) continue;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' deploys to the ${platform} platform but its deployment configuration ` +
          `'${config.builtIn ?? config.resource!.logicalId}' is for ${configPlatform}: CodeDeploy cannot use it`,
        span: config.node.span,
        path: ['Resources', group.logicalId, 'Properties', 'DeploymentConfigName'],
      });
    }
    return hits;
  },
};

interface Minimum {
  type: string;
  value: number;
  node: TemplateNode;
}

function minimumOf(config: ResourceDeclaration): Minimum | undefined {
  const type = literalString(propertyAt(config, 'MinimumHealthyHosts', 'Type'));
  const node = propertyAt(config, 'MinimumHealthyHosts', 'Value');
  const value = literalNumber(node);
  return type === undefined || value === undefined || node === undefined ? undefined : { type, value, node };
}

/** The smallest size the group's Auto Scaling groups of this template can have, when written literally. */
function smallestFleet(context: CheckContext, group: ResourceDeclaration): number | undefined {
  const groups = valueOf(group.properties, 'AutoScalingGroups');
  const members = isSeq(groups) ? groups.items.map((item) => context.referenced(item)) : [];
  const sizes = members.map((member) =>
    member?.type === 'AWS::AutoScaling::AutoScalingGroup' ? literalNumber(valueOf(member.properties, 'MinSize')) : undefined,
  );
  if (sizes.length === 0 || sizes.some((size) => size === undefined)) return undefined;
  return (sizes as number[]).reduce((sum, size) => sum + size, 0);
}

/** CX0413: a minimum of healthy hosts that leaves no instance to deploy to. */
export const codeDeployImpossibleMinimum: CatalogueCheck = {
  id: 'CX0413',
  title: 'Custom deployment configuration keeps every instance healthy, so nothing can be deployed',
  topics: ['T04'],
  severity: 'warning',
  url: HEALTH_URL,
  explanation: {
    what:
      'MinimumHealthyHosts is how many instances must stay healthy while CodeDeploy takes others out of service to install the ' +
      'revision. A FLEET_PERCENT of 100, or a HOST_COUNT as large as the fleet, leaves no instance it may take down, so the ' +
      'deployment fails at once (HEALTH_CONSTRAINTS_INVALID).',
    exam:
      'OneAtATime keeps all but one instance healthy, HalfAtATime keeps half, AllAtOnce keeps none; a custom configuration ' +
      'sets the minimum as a count (HOST_COUNT) or a percentage (FLEET_PERCENT, rounded up).',
    trap: 'the value is the minimum that stays healthy, not the batch size that is deployed at once.',
  },
  resourceTypes: [CONFIG, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const config = configOf(context, group)?.resource;
      const minimum = config ? minimumOf(config) : undefined;
      if (!config || !minimum) continue;
      const fleet = minimum.type === 'HOST_COUNT' ? smallestFleet(context, group) : undefined;
      const impossible = minimum.type === 'FLEET_PERCENT' ? minimum.value >= 100 : fleet !== undefined && minimum.value >= fleet;
      if (!impossible) continue;
      hits.push({
        message:
          `Deployment configuration '${config.logicalId}' used by '${group.logicalId}' keeps ${minimum.value}` +
          `${minimum.type === 'FLEET_PERCENT' ? '%' : ' instances'} healthy${fleet !== undefined ? ` out of a fleet of ${fleet}` : ''}: ` +
          'CodeDeploy can take no instance out of service, so the deployment fails',
        span: minimum.node.span,
        path: ['Resources', config.logicalId, 'Properties', 'MinimumHealthyHosts', 'Value'],
      });
    }
    return hits;
  },
};

/** CX0414: a custom configuration with a minimum of zero healthy hosts. */
export const codeDeployZeroMinimum: CatalogueCheck = {
  id: 'CX0414',
  title: 'Custom deployment configuration with zero minimum healthy hosts deploys to all instances at once',
  topics: ['T04'],
  severity: 'info',
  url: HEALTH_URL,
  explanation: {
    what:
      'A MinimumHealthyHosts value of 0 (HOST_COUNT or FLEET_PERCENT) lets CodeDeploy take every instance out of service at ' +
      'the same time, exactly like CodeDeployDefault.AllAtOnce: fastest, but the application is down during the deployment.',
    exam:
      'choose OneAtATime or a HOST_COUNT/FLEET_PERCENT minimum above zero when the scenario asks to keep serving users during ' +
      'an in-place deployment; AllAtOnce fits test environments or blue/green.',
  },
  resourceTypes: [CONFIG],
  run(context) {
    const hits: CheckHit[] = [];
    for (const config of context.resources(CONFIG)) {
      const minimum = minimumOf(config);
      if (!minimum || minimum.value !== 0) continue;
      hits.push({
        message:
          `Deployment configuration '${config.logicalId}' keeps 0 instances healthy: every instance can be out of service at ` +
          'once, as with AllAtOnce',
        span: minimum.node.span,
        path: ['Resources', config.logicalId, 'Properties', 'MinimumHealthyHosts', 'Value'],
      });
    }
    return hits;
  },
};

/** CX0415: AllAtOnce on an in-place group that sits behind a load balancer. */
export const codeDeployAllAtOnceBehindLoadBalancer: CatalogueCheck = {
  id: 'CX0415',
  title: 'In-place deployment behind a load balancer uses CodeDeployDefault.AllAtOnce',
  topics: ['T04', 'T05'],
  severity: 'warning',
  url: CONFIGS_URL,
  explanation: {
    what:
      'With traffic control, CodeDeploy deregisters each instance from the load balancer while it installs the revision. ' +
      'AllAtOnce takes every instance at the same time, so the load balancer has no healthy target and users get errors until ' +
      'the deployment ends.',
    exam:
      'to keep serving during an in-place deployment use OneAtATime, HalfAtATime or a custom minimum of healthy hosts; to ' +
      'avoid any capacity loss use blue/green.',
    scenario: 'deploy a new version without the website becoming unavailable',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const config = configOf(context, group);
      if (config?.builtIn !== 'CodeDeployDefault.AllAtOnce' || !isInPlace(group)) continue;
      if (!entryOf(group.properties, 'LoadBalancerInfo') || trafficControl(context, group) !== 'with') continue;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' deploys in place behind a load balancer with AllAtOnce: every instance leaves ` +
          'the load balancer at the same time and the application is down during the deployment',
        span: config.node.span,
        path: ['Resources', group.logicalId, 'Properties', 'DeploymentConfigName'],
      });
    }
    return hits;
  },
};
