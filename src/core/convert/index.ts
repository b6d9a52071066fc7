import { toPlain } from '../model';
import { DUPLICATE_KEY } from '../parse/common';
import type { Template, TemplateFormat } from '../template';
import { modelToYaml } from './toYaml';

export interface Conversion {
  format: TemplateFormat;
  text: string;
}

/**
 * The template in the other format: JSON becomes YAML with short-form tags, YAML becomes JSON with
 * long-form functions. Undefined when the template has parse errors, since converting a broken
 * file would silently drop what could not be read, or a key written twice (one copy would be lost).
 */
export function convertTemplate(template: Template): Conversion | undefined {
  if (!template.root || template.parseFindings.some((found) => found.severity === 'error' || found.ruleId === DUPLICATE_KEY)) return undefined;
  if (template.format === 'yaml') {
    return { format: 'json', text: JSON.stringify(toPlain(template.root), null, 2) + '\n' };
  }
  return { format: 'yaml', text: modelToYaml(template.root) };
}

export { modelToYaml };
