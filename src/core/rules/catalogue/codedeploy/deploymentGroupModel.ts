/** What a CodeDeploy deployment group's template says about its platform, configuration and traffic control. */
import { valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { computePlatformOf, type ComputePlatform } from '../../exam/codeDeployHelpers';
import type { CheckContext } from '../types';
import { intrinsicName, literalString, possibleValues, propertyAt } from '../support/values';

export const GROUP = 'AWS::CodeDeploy::DeploymentGroup';
export const CONFIG = 'AWS::CodeDeploy::DeploymentConfig';
export const GROUP_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html';

export function platformOf(context: CheckContext, group: ResourceDeclaration): ComputePlatform {
  return computePlatformOf(group, context.referenced(valueOf(group.properties, 'ApplicationName')));
}

/** The compute platform a built-in configuration name belongs to. */
export function builtInPlatform(name: string): ComputePlatform | undefined {
  if (!name.startsWith('CodeDeployDefault.')) return undefined;
  const rest = name.slice('CodeDeployDefault.'.length);
  if (rest.startsWith('Lambda')) return 'Lambda';
  if (rest.startsWith('ECS')) return 'ECS';
  return ['AllAtOnce', 'HalfAtATime', 'OneAtATime'].includes(rest) ? 'Server' : undefined;
}

export interface ConfigChoice {
  node: TemplateNode;
  /** A built-in configuration name. */
  builtIn?: string;
  /** A DeploymentConfig resource of this template. */
  resource?: ResourceDeclaration;
}

/** The deployment configuration the group names, when the template shows which one. */
export function configOf(context: CheckContext, group: ResourceDeclaration): ConfigChoice | undefined {
  const node = valueOf(group.properties, 'DeploymentConfigName');
  if (node === undefined) return undefined;
  const resource = context.referenced(node);
  if (resource?.type === CONFIG) return { node, resource };
  const name = literalString(node);
  return name === undefined ? undefined : { node, builtIn: name };
}

/** The platform of a DeploymentConfig resource (Server when ComputePlatform is left out). */
export function configResourcePlatform(config: ResourceDeclaration): ComputePlatform {
  const node = valueOf(config.properties, 'ComputePlatform');
  if (node === undefined) return 'Server';
  const name = literalString(node);
  return name === 'Server' || name === 'Lambda' || name === 'ECS' ? name : 'unknown';
}

/** 'with' / 'without' traffic control as written (WITHOUT_TRAFFIC_CONTROL when left out); 'unknown' when computed. */
export function trafficControl(context: CheckContext, group: ResourceDeclaration): 'with' | 'without' | 'unknown' {
  if (intrinsicName(valueOf(group.properties, 'DeploymentStyle')) !== undefined) return 'unknown';
  const option = propertyAt(group, 'DeploymentStyle', 'DeploymentOption');
  if (option === undefined) return 'without';
  const values = possibleValues(context, option);
  if (values === undefined || values.length === 0) return 'unknown';
  if (values.every((value) => value === 'WITH_TRAFFIC_CONTROL')) return 'with';
  return values.every((value) => value === 'WITHOUT_TRAFFIC_CONTROL') ? 'without' : 'unknown';
}

/** Whether the group is declared in-place (IN_PLACE is the default). */
export function isInPlace(group: ResourceDeclaration): boolean {
  if (intrinsicName(valueOf(group.properties, 'DeploymentStyle')) !== undefined) return false;
  const type = propertyAt(group, 'DeploymentStyle', 'DeploymentType');
  return type === undefined || literalString(type) === 'IN_PLACE';
}
