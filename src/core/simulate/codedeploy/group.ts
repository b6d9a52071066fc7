/** What a CodeDeploy deployment group's template says: fleet, configuration, alarms and automatic rollback. */
import { isSeq, nodeAt, valueOf, type NodePath, type TemplateNode } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalBoolean, literalString } from '../../rules/catalogue/support/values';
import { computePlatformOf, type ComputePlatform } from '../../rules/exam/codeDeployHelpers';
import type { ResourceDeclaration } from '../../sections';
import { ASSUMED_FLEET } from '../fleet';
import { asNumber, resolveScalar } from '../read';
import type { FleetSize, SimulationOptions } from '../types';
import { resolveConfig, type DeploymentConfig } from './config';
import { predefinedConfig } from './predefined';

export const DEPLOYMENT_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
export const CONFIGS_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html';
export const HEALTH_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html';

export function platformOf(context: CheckContext, group: ResourceDeclaration): ComputePlatform {
  return computePlatformOf(group, context.referenced(valueOf(group.properties, 'ApplicationName')));
}

export interface ChosenConfig {
  config: DeploymentConfig;
  origin: 'template' | 'default' | 'assumed';
}

/** The group's configuration; OneAtATime when an EC2/on-premises group names none (CodeDeploy's default). */
export function groupConfig(context: CheckContext, group: ResourceDeclaration, platform: 'Server' | 'Lambda' | 'ECS'): ChosenConfig | undefined {
  const node = valueOf(group.properties, 'DeploymentConfigName');
  if (node === undefined) {
    const name = platform === 'Server' ? 'CodeDeployDefault.OneAtATime' : `CodeDeployDefault.${platform}AllAtOnce`;
    return { config: predefinedConfig(name)!, origin: platform === 'Server' ? 'default' : 'assumed' };
  }
  const config = resolveConfig(context, node);
  return config ? { config, origin: 'template' } : undefined;
}

/** The instances of the Auto Scaling groups of this template that the group deploys to; else assumed. */
export function serverFleet(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): FleetSize {
  const chosen = options.fleet?.[group.logicalId];
  if (chosen !== undefined && Number.isInteger(chosen) && chosen >= 0) return { size: chosen, source: 'chosen in the view', origin: 'view' };
  const list = valueOf(group.properties, 'AutoScalingGroups');
  const members = isSeq(list) ? list.items.map((item) => context.referenced(item)) : [];
  const sizes = members.map((member) => (member?.type === 'AWS::AutoScaling::AutoScalingGroup' ? sizeOf(context, member) : undefined));
  if (sizes.length > 0 && sizes.every((size) => size !== undefined)) {
    const names = members.map((member) => member!.logicalId).join(' + ');
    return { size: (sizes as number[]).reduce((total, size) => total + size, 0), source: `instances of ${names}`, origin: 'template' };
  }
  return { size: ASSUMED_FLEET, source: 'the instances are found by tags or outside the template', origin: 'assumed' };
}

function sizeOf(context: CheckContext, group: ResourceDeclaration): number | undefined {
  return asNumber(resolveScalar(context, valueOf(group.properties, 'DesiredCapacity') ?? valueOf(group.properties, 'MinSize'))?.value);
}

export interface AlarmWatch {
  enabled: boolean;
  /** The alarm entries' Name nodes, with where each is written. */
  names: Array<{ node: TemplateNode; path: NodePath }>;
}

export function alarmWatch(group: ResourceDeclaration): AlarmWatch {
  const configuration = valueOf(group.properties, 'AlarmConfiguration');
  const list = valueOf(configuration, 'Alarms');
  const base = ['Resources', group.logicalId, 'Properties', 'AlarmConfiguration', 'Alarms'];
  const names = (isSeq(list) ? list.items : []).flatMap((item, index) => {
    const node = valueOf(item, 'Name');
    return node ? [{ node, path: [...base, index, 'Name'] }] : [];
  });
  return { enabled: literalBoolean(valueOf(configuration, 'Enabled')) === true, names };
}

/** The events that roll a deployment back automatically (none when automatic rollback is off). */
export function rollbackEvents(group: ResourceDeclaration): string[] {
  const configuration = valueOf(group.properties, 'AutoRollbackConfiguration');
  if (literalBoolean(valueOf(configuration, 'Enabled')) !== true) return [];
  const events = valueOf(configuration, 'Events');
  return isSeq(events) ? events.items.flatMap((item) => literalString(item) ?? []) : [];
}

export function isBlueGreenStyle(group: ResourceDeclaration): boolean {
  return literalString(nodeAt(group.properties, ['DeploymentStyle', 'DeploymentType'])) === 'BLUE_GREEN';
}

export function withTrafficControl(group: ResourceDeclaration): boolean {
  return literalString(nodeAt(group.properties, ['DeploymentStyle', 'DeploymentOption'])) === 'WITH_TRAFFIC_CONTROL' && valueOf(group.properties, 'LoadBalancerInfo') !== undefined;
}
