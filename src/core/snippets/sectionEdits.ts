import type { TextEdit } from '../findings';
import { entryOf, isMap, valueOf } from '../model';
import { renderEntries } from './render';
import type { InsertionSite } from './insertionSite';
import type { CfnMap, SnippetDef } from './types';

/** Edits that add what the snippet needs outside Resources: its transform, parameters and conditions. */
export function sectionEdits(snippet: SnippetDef, site: InsertionSite): TextEdit[] {
  const edits: TextEdit[] = [];
  let beforeResources = '';
  const root = site.template.root;
  if (snippet.transform && !entryOf(root, 'Transform')) beforeResources += newSection(site, 'Transform', snippet.transform);
  for (const [name, wanted] of [['Parameters', snippet.parameters], ['Conditions', snippet.conditions]] as const) {
    if (!wanted) continue;
    const section = valueOf(root, name);
    const missing = Object.fromEntries(Object.entries(wanted).filter(([key]) => !entryOf(section, key)));
    if (Object.keys(missing).length === 0) continue;
    if (!entryOf(root, name)) beforeResources += newSection(site, name, missing);
    else if (isMap(section) && section.entries.length > 0) edits.push(appendToSection(site, section.entries, missing));
  }
  if (beforeResources) edits.unshift({ span: { start: sectionStart(site), end: sectionStart(site) }, newText: beforeResources });
  if (site.commaAfter !== undefined) edits.push({ span: { start: site.commaAfter, end: site.commaAfter }, newText: ',' });
  return edits;
}

/** Top-level sections go just before Resources: in YAML at the start of its line, in JSON at its key. */
function sectionStart(site: InsertionSite): number {
  const keyStart = site.resources.key.span.start;
  return site.format === 'json' ? keyStart : site.template.text.lastIndexOf('\n', keyStart - 1) + 1;
}

function sectionColumn(site: InsertionSite): number {
  return site.template.lines.positionAt(site.resources.key.span.start).character;
}

function newSection(site: InsertionSite, name: string, content: CfnMap | string): string {
  const column = sectionColumn(site);
  const pad = ' '.repeat(column);
  if (site.format === 'json') {
    const value = typeof content === 'string' ? JSON.stringify(content) : `{\n${renderEntries(content, 'json', column + site.unit, site.unit).join('\n')}\n${pad}}`;
    return `"${name}": ${value},\n${pad}`;
  }
  if (typeof content === 'string') return `${pad}${name}: ${content}\n`;
  return `${pad}${name}:\n${renderEntries(content, 'yaml', column + site.unit, site.unit).join('\n')}\n`;
}

function appendToSection(site: InsertionSite, entries: { key: { span: { start: number } }; span: { end: number } }[], content: CfnMap): TextEdit {
  const last = entries[entries.length - 1];
  const column = site.template.lines.positionAt(entries[0].key.span.start).character;
  const lines = renderEntries(content, site.format, column, site.unit).join('\n');
  if (site.format === 'json') return { span: { start: last.span.end, end: last.span.end }, newText: `,\n${lines}` };
  const text = site.template.text;
  let contentEnd = last.span.end;
  while (contentEnd > 0 && /\s/.test(text[contentEnd - 1])) contentEnd--;
  const lineEnd = text.indexOf('\n', contentEnd);
  const at = lineEnd < 0 ? text.length : lineEnd;
  return { span: { start: at, end: at }, newText: `\n${lines}` };
}
