/** What a CodeDeploy deployment group's own template says about it. */
import { isMap, nodeAt, valueOf, type TemplateNode } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import { literalBoolean, literalItems, literalString } from './values';

export const ALARM_ROLLBACK_EVENT = 'DEPLOYMENT_STOP_ON_ALARM';

/** True when the group has CloudWatch alarms that are switched on. */
export function hasEnabledAlarms(group: ResourceDeclaration): boolean {
  const alarms = valueOf(group.properties, 'AlarmConfiguration');
  const items = literalItems(valueOf(alarms, 'Alarms'));
  return literalBoolean(valueOf(alarms, 'Enabled')) === true && items !== undefined && items.length > 0;
}

export type ComputePlatform = 'Server' | 'ECS' | 'Lambda' | 'unknown';

/** The group's compute platform, from its application in this template or from settings only one platform has. */
/** The group's platform; `application` is the resource its ApplicationName refers to, if any. */
export function computePlatformOf(group: ResourceDeclaration, application: ResourceDeclaration | undefined): ComputePlatform {
  const properties = group.properties;
  if (valueOf(properties, 'ECSServices')) return 'ECS';
  if (application?.type === 'AWS::CodeDeploy::Application') {
    const platformNode = valueOf(application.properties, 'ComputePlatform');
    if (!platformNode) return 'Server';
    const platform = literalString(platformNode);
    return platform === 'Server' || platform === 'ECS' || platform === 'Lambda' ? platform : 'unknown';
  }
  const serverOnly = ['AutoScalingGroups', 'Ec2TagFilters', 'Ec2TagSet', 'OnPremisesInstanceTagFilters', 'OnPremisesTagSet'];
  return serverOnly.some((name) => valueOf(properties, name) !== undefined) ? 'Server' : 'unknown';
}

export function isBlueGreen(group: ResourceDeclaration): boolean {
  return literalString(nodeAt(group.properties, ['DeploymentStyle', 'DeploymentType'])) === 'BLUE_GREEN';
}

export function isLiteralMap(node: TemplateNode | undefined): boolean {
  return isMap(node) && !node.entries.some((entry) => entry.key.value === 'Ref' || entry.key.value.startsWith('Fn::'));
}
