/** A SAM function's DeploymentPreference and AutoPublishAlias, with the Globals section merged in. */
import { entryOf, nodeAt, valueOf, type MapEntry, type TemplateNode } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import { literalBoolean } from './values';

export interface EffectivePreference {
  /** Where the DeploymentPreference is written: the function's own entry, or the one in Globals. */
  entry: MapEntry | undefined;
  alarms: TemplateNode | undefined;
  autoPublishAlias: TemplateNode | undefined;
}

/** undefined when the function has no enabled deployment preference (or it is computed). */
export function effectivePreference(root: TemplateNode | undefined, func: ResourceDeclaration): EffectivePreference | undefined {
  const globals = nodeAt(root, ['Globals', 'Function']);
  const own = entryOf(func.properties, 'DeploymentPreference');
  const global = (globals as { entries?: MapEntry[] } | undefined)?.entries?.find((entry) => entry.key.value === 'DeploymentPreference');
  if (!own && !global) return undefined;
  const enabled = valueOf(own?.value, 'Enabled') ?? valueOf(global?.value, 'Enabled');
  if (enabled && literalBoolean(enabled) !== true) return undefined;
  return {
    entry: own ?? global,
    alarms: valueOf(own?.value, 'Alarms') ?? valueOf(global?.value, 'Alarms'),
    autoPublishAlias: valueOf(func.properties, 'AutoPublishAlias') ?? valueOf(globals, 'AutoPublishAlias'),
  };
}

export const SAM_DEPLOYMENT_URL = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html';
