/** A CodeDeploy deployment configuration: predefined by name, or an AWS::CodeDeploy::DeploymentConfig of the template. */
import { valueOf, type TemplateNode } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { asNumber, resolveScalar } from '../read';
import { predefinedConfig } from './predefined';

export type Minimum = { type: 'HOST_COUNT' | 'FLEET_PERCENT' | 'MOST_CONCURRENCY'; value: number };
export type Routing =
  | { type: 'AllAtOnce' }
  | { type: 'TimeBasedCanary'; percent: number; minutes: number }
  | { type: 'TimeBasedLinear'; percent: number; minutes: number };

export interface DeploymentConfig {
  name: string;
  platform: 'Server' | 'Lambda' | 'ECS';
  minimum?: Minimum;
  routing?: Routing;
}

export const CONFIG_TYPE = 'AWS::CodeDeploy::DeploymentConfig';

/** The configuration a name or reference stands for; undefined when it is computed or unknown. */
export function resolveConfig(context: CheckContext, node: TemplateNode | undefined): DeploymentConfig | undefined {
  const resource = context.referenced(node);
  if (resource?.type === CONFIG_TYPE) return configOfResource(context, resource);
  const resolved = resolveScalar(context, node)?.value;
  const name = typeof resolved === 'string' ? resolved : undefined;
  if (!name) return undefined;
  const custom = context.resources(CONFIG_TYPE).find((config) => literalString(valueOf(config.properties, 'DeploymentConfigName')) === name);
  return custom ? configOfResource(context, custom) : predefinedConfig(name);
}

function number(context: CheckContext, node: TemplateNode | undefined): number | undefined {
  return asNumber(resolveScalar(context, node)?.value);
}

export function configOfResource(context: CheckContext, config: ResourceDeclaration): DeploymentConfig | undefined {
  const properties = config.properties;
  const platform = literalString(valueOf(properties, 'ComputePlatform')) ?? 'Server';
  const name = literalString(valueOf(properties, 'DeploymentConfigName')) ?? config.logicalId;
  if (platform === 'Server') {
    const minimum = valueOf(properties, 'MinimumHealthyHosts');
    const type = literalString(valueOf(minimum, 'Type'));
    const value = number(context, valueOf(minimum, 'Value'));
    return (type === 'HOST_COUNT' || type === 'FLEET_PERCENT') && value !== undefined ? { name, platform, minimum: { type, value } } : undefined;
  }
  if (platform !== 'Lambda' && platform !== 'ECS') return undefined;
  const routing = valueOf(properties, 'TrafficRoutingConfig');
  const type = literalString(valueOf(routing, 'Type'));
  if (type === 'AllAtOnce') return { name, platform, routing: { type } };
  if (type === 'TimeBasedCanary') {
    const canary = valueOf(routing, 'TimeBasedCanary');
    const percent = number(context, valueOf(canary, 'CanaryPercentage'));
    const minutes = number(context, valueOf(canary, 'CanaryInterval'));
    return percent !== undefined && minutes !== undefined ? { name, platform, routing: { type, percent, minutes } } : undefined;
  }
  if (type === 'TimeBasedLinear') {
    const linear = valueOf(routing, 'TimeBasedLinear');
    const percent = number(context, valueOf(linear, 'LinearPercentage'));
    const minutes = number(context, valueOf(linear, 'LinearInterval'));
    return percent !== undefined && minutes !== undefined ? { name, platform, routing: { type, percent, minutes } } : undefined;
  }
  return undefined;
}
