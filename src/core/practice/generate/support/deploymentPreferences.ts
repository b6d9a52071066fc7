/**
 * The traffic-shifting configurations a template names: SAM DeploymentPreference types, and the
 * predefined Lambda and ECS configurations of CodeDeploy deployment groups.
 */
import { isMap, valueOf } from '../../../model';
import type { CheckContext } from '../../../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../../../sections';
import { trafficShiftOf, type TrafficShift } from './trafficShift';
import { knownBoolean, knownString } from './values';

export const SAM_FUNCTION = 'AWS::Serverless::Function';
const DEPLOYMENT_GROUP = 'AWS::CodeDeploy::DeploymentGroup';

export interface TrafficShiftSetting {
  resource: ResourceDeclaration;
  /** `Canary10Percent5Minutes` or `CodeDeployDefault.LambdaCanary10Percent5Minutes`. */
  name: string;
  /** The property that names it, as the stems quote it. */
  setting: 'DeploymentPreference Type' | 'DeploymentConfigName';
  /** What shifts: a function's alias or an ECS service. */
  target: 'function' | 'service';
  shift: TrafficShift;
}

export function trafficShiftSettings(context: CheckContext): TrafficShiftSetting[] {
  return [...samPreferences(context), ...groupConfigurations(context)];
}

/** Functions with an enabled DeploymentPreference whose Type is known. */
function samPreferences(context: CheckContext): TrafficShiftSetting[] {
  return context.resources(SAM_FUNCTION).flatMap((fn): TrafficShiftSetting[] => {
    const preference = valueOf(fn.properties, 'DeploymentPreference');
    if (!isMap(preference)) return [];
    const enabled = valueOf(preference, 'Enabled');
    if (enabled !== undefined && knownBoolean(context, enabled)?.value !== true) return [];
    const name = knownString(context, valueOf(preference, 'Type'))?.value;
    const shift = name === undefined ? undefined : trafficShiftOf(name);
    return name && shift ? [{ resource: fn, name, setting: 'DeploymentPreference Type', target: 'function', shift }] : [];
  });
}

function groupConfigurations(context: CheckContext): TrafficShiftSetting[] {
  return context.resources(DEPLOYMENT_GROUP).flatMap((group): TrafficShiftSetting[] => {
    const name = knownString(context, valueOf(group.properties, 'DeploymentConfigName'))?.value;
    const platform = /^CodeDeployDefault\.(Lambda|ECS)/.exec(name ?? '')?.[1];
    const shift = platform ? trafficShiftOf(name!) : undefined;
    return name && shift ? [{ resource: group, name, setting: 'DeploymentConfigName', target: platform === 'ECS' ? 'service' : 'function', shift }] : [];
  });
}
