/**
 * CodeDeploy's predefined deployment configurations, as the CodeDeploy User Guide's tables list
 * them (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html).
 */
import type { DeploymentConfig } from './config';

const PREFIX = 'CodeDeployDefault.';

function canary(platform: 'Lambda' | 'ECS', name: string, percent: number, minutes: number): DeploymentConfig {
  return { name: PREFIX + name, platform, routing: { type: 'TimeBasedCanary', percent, minutes } };
}

function linear(platform: 'Lambda' | 'ECS', name: string, percent: number, minutes: number): DeploymentConfig {
  return { name: PREFIX + name, platform, routing: { type: 'TimeBasedLinear', percent, minutes } };
}

export const PREDEFINED_CONFIGS: readonly DeploymentConfig[] = [
  // EC2/on-premises: a minimum of healthy instances.
  { name: `${PREFIX}OneAtATime`, platform: 'Server', minimum: { type: 'MOST_CONCURRENCY', value: 1 } },
  { name: `${PREFIX}HalfAtATime`, platform: 'Server', minimum: { type: 'FLEET_PERCENT', value: 50 } },
  { name: `${PREFIX}AllAtOnce`, platform: 'Server', minimum: { type: 'HOST_COUNT', value: 0 } },
  // Lambda: traffic shifting between versions.
  canary('Lambda', 'LambdaCanary10Percent5Minutes', 10, 5),
  canary('Lambda', 'LambdaCanary10Percent10Minutes', 10, 10),
  canary('Lambda', 'LambdaCanary10Percent15Minutes', 10, 15),
  canary('Lambda', 'LambdaCanary10Percent30Minutes', 10, 30),
  linear('Lambda', 'LambdaLinear10PercentEvery1Minute', 10, 1),
  linear('Lambda', 'LambdaLinear10PercentEvery2Minutes', 10, 2),
  linear('Lambda', 'LambdaLinear10PercentEvery3Minutes', 10, 3),
  linear('Lambda', 'LambdaLinear10PercentEvery10Minutes', 10, 10),
  { name: `${PREFIX}LambdaAllAtOnce`, platform: 'Lambda', routing: { type: 'AllAtOnce' } },
  // ECS: traffic shifting between task sets.
  canary('ECS', 'ECSCanary10Percent5Minutes', 10, 5),
  canary('ECS', 'ECSCanary10Percent15Minutes', 10, 15),
  linear('ECS', 'ECSLinear10PercentEvery1Minutes', 10, 1),
  linear('ECS', 'ECSLinear10PercentEvery3Minutes', 10, 3),
  { name: `${PREFIX}ECSAllAtOnce`, platform: 'ECS', routing: { type: 'AllAtOnce' } },
];

/** A predefined configuration by name (the ECS canary names are also written with a lower-case "percent"). */
export function predefinedConfig(name: string): DeploymentConfig | undefined {
  const wanted = name.toLowerCase();
  return PREDEFINED_CONFIGS.find((config) => config.name.toLowerCase() === wanted);
}

/** SAM's DeploymentPreference Type names for the predefined Lambda configurations. */
export function samTypeConfig(type: string): DeploymentConfig | undefined {
  return type === 'AllAtOnce' ? predefinedConfig(`${PREFIX}LambdaAllAtOnce`) : predefinedConfig(`${PREFIX}Lambda${type}`);
}
