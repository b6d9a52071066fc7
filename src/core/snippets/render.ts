import type { TemplateFormat } from '../template';
import { resolveDefaults, toSnippetSyntax } from './placeholders';
import { jsonEntries } from './renderJson';
import { yamlEntries } from './renderYaml';
import type { CfnMap } from './types';

/** Lines of `name: value` entries (YAML) or `"name": value` entries without braces (JSON), tab-stop markers kept. */
export function renderEntries(map: CfnMap, format: TemplateFormat, indent: number, unit: number): string[] {
  return format === 'json' ? jsonEntries(map, indent, unit) : yamlEntries(map, indent, unit);
}

/** The snippet's resources as VS Code snippet text, starting at column 0. */
export function snippetBody(resources: CfnMap, format: TemplateFormat): string[] {
  return toSnippetSyntax(renderEntries(resources, format, 0, 2).join('\n')).split('\n');
}

/** The text a user gets by accepting a snippet and pressing Tab through it: every tab stop at its default. */
export function withDefaults(snippetText: string): string {
  return resolveDefaults(snippetText);
}
