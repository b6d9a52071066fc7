/** A SAM function's properties with the Globals section merged in, and its deployment preference. */
import { entryOf, isMap, nodeAt, valueOf, type MapEntry, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../types';
import { literalBoolean } from '../support/values';

export const SAM_FUNCTION = 'AWS::Serverless::Function';
export const SAM_PREFERENCE_URL =
  'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html';
export const SAM_GRADUAL_URL = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html';

/** Where a SAM property is written: on the function, or in Globals.Function. */
export interface SamSetting {
  entry: MapEntry;
  path: NodePath;
  global: boolean;
}

/** The function's own property, else the one in Globals.Function. */
export function samSetting(context: CheckContext, func: ResourceDeclaration, name: string): SamSetting | undefined {
  const own = entryOf(func.properties, name);
  if (own) return { entry: own, path: ['Resources', func.logicalId, 'Properties', name], global: false };
  const global = entryOf(nodeAt(context.template.root, ['Globals', 'Function']), name);
  return global ? { entry: global, path: ['Globals', 'Function', name], global: true } : undefined;
}

export interface SamPreference {
  setting: SamSetting;
  /** A key of the preference, from the function's own map first, then Globals. */
  value(key: string): TemplateNode | undefined;
  /** Where a key of the preference is written. */
  pathOf(key: string): NodePath;
}

/** The function's enabled DeploymentPreference (own keys over Globals keys); undefined when off or computed. */
export function samPreference(context: CheckContext, func: ResourceDeclaration): SamPreference | undefined {
  const own = entryOf(func.properties, 'DeploymentPreference');
  const global = entryOf(nodeAt(context.template.root, ['Globals', 'Function']), 'DeploymentPreference');
  const setting = samSetting(context, func, 'DeploymentPreference');
  if (!setting || (own && !isMap(own.value)) || (global && !isMap(global.value))) return undefined;
  const value = (key: string) => valueOf(own?.value, key) ?? valueOf(global?.value, key);
  const enabled = value('Enabled');
  if (enabled !== undefined && literalBoolean(enabled) !== true) return undefined;
  const pathOf = (key: string): NodePath =>
    valueOf(own?.value, key) !== undefined || !global
      ? ['Resources', func.logicalId, 'Properties', 'DeploymentPreference', key]
      : ['Globals', 'Function', 'DeploymentPreference', key];
  return { setting, value, pathOf };
}

export const HOOK_KEYS = ['PreTraffic', 'PostTraffic'] as const;

export interface HookFunction {
  key: (typeof HOOK_KEYS)[number];
  node: TemplateNode;
  resource: ResourceDeclaration;
}

/** The hook functions of this template that the preference names. */
export function hookFunctions(context: CheckContext, preference: SamPreference): HookFunction[] {
  const hooks = preference.value('Hooks');
  return HOOK_KEYS.flatMap((key) => {
    const node = valueOf(hooks, key);
    const resource = context.referenced(node);
    return node && (resource?.type === SAM_FUNCTION || resource?.type === 'AWS::Lambda::Function') ? [{ key, node, resource }] : [];
  });
}
