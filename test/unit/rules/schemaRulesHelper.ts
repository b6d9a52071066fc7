import type { Rule } from '../../../src/core/rules/rule';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { gatedRun } from './gatedRun';

useGeneratedSchema();
export { findingsOf, fixedText } from './namesHelper';

export function messagesOf(rule: Rule, text: string, format: TemplateFormat = 'yaml'): string[] {
  return gatedRun(rule, parseTemplate(text, format)).map((found) => found.message);
}

/** A YAML template from lines. */
export function yaml(...lines: string[]): string {
  return [...lines, ''].join('\n');
}
