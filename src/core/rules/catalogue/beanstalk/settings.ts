/**
 * Elastic Beanstalk option settings as the checks read them: each setting with where it sits, and
 * an environment's settings merged with those of its configuration template in this template.
 */
import { isMap, isScalar, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import { literalString } from '../support/values';

export const ENVIRONMENT = 'AWS::ElasticBeanstalk::Environment';
export const CONFIGURATION_TEMPLATE = 'AWS::ElasticBeanstalk::ConfigurationTemplate';

export interface OptionSetting {
  namespace: string;
  name: string;
  /** The Value node; undefined when the setting has no Value. */
  value: TemplateNode | undefined;
  /** Where the setting is declared. */
  owner: ResourceDeclaration;
  index: number;
}

/** The settings a resource lists literally; undefined when the list itself is computed. */
export function optionSettings(resource: ResourceDeclaration): OptionSetting[] | undefined {
  const list = valueOf(resource.properties, 'OptionSettings');
  if (list === undefined) return [];
  if (!isSeq(list)) return undefined;
  const settings: OptionSetting[] = [];
  list.items.forEach((item, index) => {
    const namespace = literalString(valueOf(item, 'Namespace'));
    const name = literalString(valueOf(item, 'OptionName'));
    if (isMap(item) && namespace !== undefined && name !== undefined) {
      settings.push({ namespace, name, value: valueOf(item, 'Value'), owner: resource, index });
    }
  });
  return settings;
}

/** The text of a setting's value when it is written literally (numbers and booleans as text). */
export function settingText(setting: OptionSetting | undefined): string | undefined {
  const value = setting?.value;
  return isScalar(value) && value.value !== null ? String(value.value) : undefined;
}

export interface EffectiveSettings {
  /** `namespace/OptionName` → the setting that applies. */
  settings: Map<string, OptionSetting>;
  /** False when part of the configuration comes from outside this template or is computed. */
  complete: boolean;
}

/** The settings that apply to an environment: its configuration template's, overridden by its own. */
export function effectiveSettings(context: CheckContext, holder: ResourceDeclaration): EffectiveSettings {
  const settings = new Map<string, OptionSetting>();
  let complete = true;
  const sources: ResourceDeclaration[] = [];
  const templateName = valueOf(holder.properties, 'TemplateName') ?? valueOf(holder.properties, 'SourceConfiguration');
  if (templateName !== undefined) {
    const configuration = context.referenced(templateName) ?? context.referenced(valueOf(templateName, 'TemplateName'));
    if (configuration?.type === CONFIGURATION_TEMPLATE) sources.push(configuration);
    else complete = false;
  }
  sources.push(holder);
  for (const source of sources) {
    const own = optionSettings(source);
    if (!own) {
      complete = false;
      continue;
    }
    for (const setting of own) settings.set(`${setting.namespace}/${setting.name}`, setting);
  }
  return { settings, complete };
}

/** Path of a setting's Value (or of the setting when it has none). */
export function settingPath(setting: OptionSetting): Array<string | number> {
  const path: Array<string | number> = ['Resources', setting.owner.logicalId, 'Properties', 'OptionSettings', setting.index];
  return setting.value ? [...path, 'Value'] : path;
}

/** The node a finding about a setting points at. */
export function settingNode(setting: OptionSetting): TemplateNode {
  const list = valueOf(setting.owner.properties, 'OptionSettings');
  const item = isSeq(list) ? list.items[setting.index] : undefined;
  return setting.value ?? item ?? setting.owner.key;
}
