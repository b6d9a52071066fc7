/** Text edits quick fixes share: insert entries into a map, remove an entry, in YAML or JSON. */
import type { TextEdit } from '../../findings';
import type { MapEntry, MapNode } from '../../model';
import type { Template } from '../../template';

/** A key and its value: a value's text, or entries of a nested map. */
export interface NewEntry {
  key: string;
  value: string | NewEntry[];
}

const DEFAULT_UNIT = 2;

/** Adds entries at the end of `map`, indented like its existing keys. */
export function insertEntries(template: Template, map: MapNode, entries: NewEntry[], unit = indentUnit(template, map)): TextEdit {
  const text = template.text;
  const isFlow = text[map.span.start] === '{';
  const last = map.entries.at(-1);
  if (!isFlow && last && template.format === 'yaml') {
    const indent = ' '.repeat(columnOf(template, map.entries[0].key.span.start));
    const lineEnd = endOfLine(text, last.span.end);
    const prefix = lineEnd === text.length && !text.endsWith('\n') ? '\n' : '';
    const body = entries.map((entry) => renderYaml(entry, indent, unit)).join('');
    return { span: { start: lineEnd, end: lineEnd }, newText: prefix + body };
  }
  const inline = entries.map((entry) => renderInline(entry, template.format === 'json')).join(', ');
  if (!last) return { span: { start: map.span.start + 1, end: map.span.start + 1 }, newText: inline };
  const multiline = template.format === 'json' && lineOf(template, map.span.start) !== lineOf(template, map.entries[0].key.span.start);
  if (!multiline) return { span: { start: last.span.end, end: last.span.end }, newText: `, ${inline}` };
  const indent = leadingWhitespace(template, map.entries[0].key.span.start);
  const body = entries.map((entry) => renderJson(entry, indent, unit)).join(',\n');
  return { span: { start: last.span.end, end: last.span.end }, newText: `,\n${body}` };
}

/** Deletes an entry and what separates it from its neighbours; undefined where that is not clean. */
export function removeEntry(template: Template, map: MapNode, entry: MapEntry): TextEdit | undefined {
  const text = template.text;
  const index = map.entries.indexOf(entry);
  const isFlow = text[map.span.start] === '{';
  if (template.format === 'yaml' && !isFlow) {
    const lineStart = text.lastIndexOf('\n', entry.key.span.start - 1) + 1;
    if (text.slice(lineStart, entry.key.span.start).trim() !== '') return undefined;
    return { span: { start: lineStart, end: endOfLine(text, entry.span.end) }, newText: '' };
  }
  const next = map.entries[index + 1];
  if (next) return { span: { start: entry.span.start, end: next.span.start }, newText: '' };
  const previous = map.entries[index - 1];
  if (previous) return { span: { start: previous.span.end, end: entry.span.end }, newText: '' };
  return { span: entry.span, newText: '' };
}

/** The offset just past the newline ending the line that holds `offset - 1` (trailing blanks skipped). */
function endOfLine(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const newline = text.indexOf('\n', end);
  return newline === -1 ? text.length : newline + 1;
}

function renderYaml(entry: NewEntry, indent: string, unit: number): string {
  if (typeof entry.value === 'string') return `${indent}${entry.key}: ${entry.value}\n`;
  const inner = indent + ' '.repeat(unit);
  return `${indent}${entry.key}:\n${entry.value.map((child) => renderYaml(child, inner, unit)).join('')}`;
}

function renderJson(entry: NewEntry, indent: string, unit: number): string {
  if (typeof entry.value === 'string') return `${indent}${JSON.stringify(entry.key)}: ${entry.value}`;
  const inner = indent + ' '.repeat(unit);
  return `${indent}${JSON.stringify(entry.key)}: {\n${entry.value.map((child) => renderJson(child, inner, unit)).join(',\n')}\n${indent}}`;
}

function renderInline(entry: NewEntry, json: boolean): string {
  const key = json ? JSON.stringify(entry.key) : entry.key;
  if (typeof entry.value === 'string') return `${key}: ${entry.value}`;
  return `${key}: {${entry.value.map((child) => renderInline(child, json)).join(', ')}}`;
}

/** How far nested maps are indented in this document: from the map's keys to their own nested keys. */
function indentUnit(template: Template, map: MapNode): number {
  for (const entry of map.entries) {
    const value = entry.value;
    if (value.kind !== 'map' || value.entries.length === 0) continue;
    const step = columnOf(template, value.entries[0].key.span.start) - columnOf(template, entry.key.span.start);
    if (step > 0 && lineOf(template, value.entries[0].key.span.start) !== lineOf(template, entry.key.span.start)) return step;
  }
  return map === template.root ? DEFAULT_UNIT : documentUnit(template);
}

/** The indentation of the template's top-level sections' children (2 or 4 spaces, usually). */
function documentUnit(template: Template): number {
  const root = template.root;
  return root?.kind === 'map' ? indentUnit(template, root) : DEFAULT_UNIT;
}

/** The whitespace before `offset` on its line, as written (tabs kept); spaces as wide as the text when it is not only whitespace. */
function leadingWhitespace(template: Template, offset: number): string {
  const before = template.text.slice(offset - columnOf(template, offset), offset);
  return /^[ \t]*$/.test(before) ? before : ' '.repeat(before.length);
}

function columnOf(template: Template, offset: number): number {
  return template.lines.positionAt(offset).character;
}

function lineOf(template: Template, offset: number): number {
  return template.lines.positionAt(offset).line;
}
