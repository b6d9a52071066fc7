/** Deployment configurations: the right platform, and a minimum of healthy hosts that can work. */
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysGiven, literalNumber, literalString, propertyAt } from '../support/values';
import { closestName } from '../../../schema/suggest';
import { PREDEFINED_CONFIGS } from '../../../simulate/codedeploy/predefined';
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
const CONFIG_INFO_API = 'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentConfigInfo.html';
const PREDEFINED_PREFIX = 'CodeDeployDefault.';
/** The predefined names, from the tables of the CodeDeploy User Guide (simulate/codedeploy/predefined.ts). */
const PREDEFINED_NAMES: readonly string[] = PREDEFINED_CONFIGS.map((config) => config.name);

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
  severity: 'warning',
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

/** CX0417: a `CodeDeployDefault.` name that is none of CodeDeploy's predefined configurations. */
export const codeDeployUnknownPredefinedConfig: CatalogueCheck = {
  id: 'CX0417',
  title: 'Deployment group names a CodeDeployDefault configuration that is not predefined',
  topics: ['T04', 'T18'],
  severity: 'warning',
  url: CONFIGS_URL,
  explanation: {
    what:
      'CodeDeploy predefines a fixed set of configurations: OneAtATime, HalfAtATime and AllAtOnce for EC2/on-premises, ' +
      'LambdaCanary…, LambdaLinear… and LambdaAllAtOnce for Lambda, ECSCanary…, ECSLinear… and ECSAllAtOnce for ECS. Any other ' +
      'name must be a custom configuration of the account; a mistyped predefined name is not found and the deployment group ' +
      'fails to create.',
    exam:
      'know the predefined names by platform: EC2 counts healthy hosts, Lambda and ECS shift traffic; for anything else ' +
      '(for example 75% healthy hosts) create an AWS::CodeDeploy::DeploymentConfig.',
    trap: 'there is no CodeDeployDefault.AllAtOnceEC2 or …Canary10Percent1Minute: the names are exact.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    const declared = new Set(
      context
        .resources(CONFIG)
        .map((config) => literalString(valueOf(config.properties, 'DeploymentConfigName'))?.toLowerCase())
        .filter((name): name is string => name !== undefined),
    );
    for (const group of context.resources(GROUP)) {
      const config = configOf(context, group);
      const name = config?.builtIn;
      if (!config || name === undefined || !name.startsWith(PREDEFINED_PREFIX) || declared.has(name.toLowerCase())) continue;
      if (PREDEFINED_NAMES.includes(name)) continue;
      // Written in another letter case, the name is still not the predefined one: CodeDeploy documents them as written.
      const sameLetters = PREDEFINED_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
      const guess = closestName(name.slice(PREDEFINED_PREFIX.length), PREDEFINED_NAMES.map((known) => known.slice(PREDEFINED_PREFIX.length)));
      const suggestion = sameLetters ? ` (the predefined name is written '${sameLetters}')` : guess ? ` (did you mean '${PREDEFINED_PREFIX}${guess}'?)` : '';
      hits.push({
        message:
          `Deployment group '${group.logicalId}' uses '${name}', which is not one of CodeDeploy's predefined configurations${suggestion}` +
          ': unless the account has a custom configuration of that name, the deployment group cannot be created',
        span: config.node.span,
        path: ['Resources', group.logicalId, 'Properties', 'DeploymentConfigName'],
      });
    }
    return hits;
  },
};

/** CX0418: traffic shifting on a Server (EC2/on-premises) configuration. */
export const codeDeployServerTrafficRouting: CatalogueCheck = {
  id: 'CX0418',
  title: 'Server deployment configuration sets TrafficRoutingConfig',
  topics: ['T04', 'T18'],
  severity: 'warning',
  url: CONFIG_INFO_API,
  explanation: {
    what:
      'CodeDeploy uses a traffic routing configuration (canary, linear, all at once) only for deployments to the Lambda or ECS ' +
      'compute platform. A Server (EC2/on-premises) configuration with TrafficRoutingConfig does not shift traffic in steps: ' +
      'in-place deployments are paced by MinimumHealthyHosts (and ZonalConfig).',
    exam:
      'canary and linear deployments are for Lambda and ECS; EC2/on-premises in-place deployments go host by host under a ' +
      'minimum of healthy hosts, and blue/green on EC2 replaces the fleet behind the load balancer.',
    trap: 'a cautious EC2 rollout is a MinimumHealthyHosts value plus a rollback alarm, not a TimeBasedCanary traffic routing config.',
  },
  resourceTypes: [CONFIG],
  run(context) {
    const hits: CheckHit[] = [];
    for (const config of context.resources(CONFIG)) {
      if (configResourcePlatform(config) !== 'Server') continue;
      const entry = entryOf(config.properties, 'TrafficRoutingConfig');
      if (!entry || !alwaysGiven(entry.value)) continue;
      hits.push({
        message:
          `Deployment configuration '${config.logicalId}' is for the Server (EC2/on-premises) platform but sets TrafficRoutingConfig: ` +
          'CodeDeploy uses traffic routing for Lambda and ECS deployments only; pace EC2 deployments with MinimumHealthyHosts',
        span: entry.key.span,
        path: ['Resources', config.logicalId, 'Properties', 'TrafficRoutingConfig'],
      });
    }
    return hits;
  },
};
