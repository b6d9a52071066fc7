/**
 * Quick-fix text edits that add an entry to a map or change a scalar, in the style of the file:
 * YAML block or flow maps, or JSON, with the indentation and line endings already used.
 */
import type { TextEdit } from '../../findings';
import { lineStartBefore } from '../../lines';
import { entryOf, type MapEntry, type MapNode, type ScalarNode, type SeqNode } from '../../model';
import { memoized } from '../../memo';
import type { Template } from '../../template';

/** Values a quick fix inserts: scalars, maps, and lists of scalars. */
export type PlainValue = string | number | boolean | Array<string | number | boolean> | { [key: string]: PlainValue };

/** Adds `key: value` to the map: after the entry named `after` when it sits on one line, else first. */
export function insertEntry(template: Template, map: MapNode, key: string, value: PlainValue, after?: string): TextEdit | undefined {
  const first = map.entries[0];
  if (!first) return undefined;
  const anchor = after ? entryOf(map, after) : undefined;
  const style = styleOf(template, map);
  if (anchor && isOnOneLine(template.text, anchor)) return insertAfter(template, style, anchor, key, value);
  return insertBefore(template, style, first, key, value);
}

/** Replaces a scalar with a new literal, quoted the JSON way in JSON files. */
export function replaceScalar(template: Template, node: ScalarNode, value: string | boolean | number): TextEdit {
  const text = template.format === 'json' || typeof value !== 'string' ? JSON.stringify(value) : yamlScalar(value);
  return { span: node.span, newText: text };
}

type Style = 'json' | 'yaml-block' | 'yaml-flow';

function styleOf(template: Template, map: MapNode): Style {
  if (template.format === 'json') return 'json';
  return template.text[map.span.start] === '{' ? 'yaml-flow' : 'yaml-block';
}

function insertAfter(template: Template, style: Style, anchor: MapEntry, key: string, value: PlainValue): TextEdit {
  const { text } = template;
  const eol = eolOf(text);
  if (style === 'yaml-block') {
    const indent = indentOf(text, anchor.key.span.start);
    const lineEnd = lineEndOf(text, anchor.value.span.end);
    return { span: { start: lineEnd, end: lineEnd }, newText: eol + indent + yamlEntry(key, value, indent, unitOf(template), eol) };
  }
  const at = anchor.value.span.end;
  if (style === 'yaml-flow') return { span: { start: at, end: at }, newText: `, ${key}: ${JSON.stringify(value)}` };
  const indent = indentOf(text, anchor.key.span.start);
  const multiLine = /[\r\n]/.test(text.slice(anchor.key.span.start, closingOf(template, anchor)));
  const separator = multiLine ? ',' + eol + indent : ', ';
  return { span: { start: at, end: at }, newText: separator + jsonEntry(key, value, multiLine ? indent : undefined, unitOf(template), eol) };
}

function insertBefore(template: Template, style: Style, first: MapEntry, key: string, value: PlainValue): TextEdit {
  const { text } = template;
  const eol = eolOf(text);
  const at = first.key.span.start;
  const indent = indentOf(text, at);
  if (style === 'yaml-flow') return { span: { start: at, end: at }, newText: `${key}: ${JSON.stringify(value)}, ` };
  if (style === 'yaml-block') {
    return { span: { start: at, end: at }, newText: yamlEntry(key, value, indent, unitOf(template), eol) + eol + indent };
  }
  const multiLine = isAloneOnLine(text, at);
  const entry = jsonEntry(key, value, multiLine ? indent : undefined, unitOf(template), eol);
  return { span: { start: at, end: at }, newText: entry + (multiLine ? ',' + eol + indent : ', ') };
}

function yamlEntry(key: string, value: PlainValue, indent: string, unit: string, eol: string): string {
  return `${key}:${yamlValue(value, indent, unit, eol)}`;
}

function yamlValue(value: PlainValue, indent: string, unit: string, eol: string): string {
  const inner = indent + unit;
  if (Array.isArray(value)) return value.map((item) => `${eol}${inner}-${yamlValue(item, inner, unit, eol)}`).join('');
  if (typeof value === 'object') {
    return Object.entries(value).map(([key, item]) => `${eol}${inner}${yamlEntry(key, item, inner, unit, eol)}`).join('');
  }
  return ' ' + (typeof value === 'string' ? yamlScalar(value) : String(value));
}

function yamlScalar(value: string): string {
  const plain = /^[A-Za-z_/$][\w.:/${}-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

function jsonEntry(key: string, value: PlainValue, indent: string | undefined, unit: string, eol: string): string {
  if (indent === undefined) return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const body = JSON.stringify(value, null, unit.length).split('\n').join(eol + indent);
  return `${JSON.stringify(key)}: ${body}`;
}

function isOnOneLine(text: string, entry: MapEntry): boolean {
  return !/[\r\n]/.test(text.slice(entry.key.span.start, entry.value.span.end));
}

/** Where the JSON map holding `entry` closes, or the next entry starts. */
function closingOf(template: Template, entry: MapEntry): number {
  const rest = template.text.indexOf('}', entry.value.span.end);
  return rest < 0 ? template.text.length : rest + 1;
}

function isAloneOnLine(text: string, offset: number): boolean {
  return text.slice(lineStartBefore(text, offset), offset).trim() === '';
}

/** Where the line holding `offset` ends: scans to the next line break only (no copy of the rest of the text). */
function lineEndOf(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

/**
 * Spaces as wide as the text before `offset` on its line (a `- ` of a list item counts as indentation);
 * where that text is only whitespace it is kept as written, so a tab-indented JSON file stays tabbed.
 */
function indentOf(text: string, offset: number): string {
  const before = text.slice(lineStartBefore(text, offset), offset);
  return /^[ \t]*$/.test(before) ? before : ' '.repeat(before.length);
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** One level of indentation: how far the first resource sits inside `Resources` (searched once per template). */
function unitOf(template: Template): string {
  return memoized(template, indentUnit);
}

function indentUnit(template: Template): string {
  const match = /^Resources\s*:[^\S\r\n]*(?:#[^\r\n]*)?\r?\n(?:[^\S\r\n]*(?:#[^\r\n]*)?\r?\n)*( +)\S/m.exec(template.text)
    ?? /"Resources"\s*:\s*\{\s*\r?\n( +)"/.exec(template.text);
  if (!match) return '  ';
  const base = template.format === 'json' ? indentOf(template.text, template.text.indexOf('"Resources"')).length : 0;
  const width = match[1].length - base;
  return ' '.repeat(width > 0 ? width : 2);
}

/** Appends a scalar to a non-empty list, as a `- item` line or inside `[…]`. */
export function appendItem(template: Template, list: SeqNode, value: string): TextEdit | undefined {
  const last = list.items[list.items.length - 1];
  if (!last) return undefined;
  const { text } = template;
  const flow = template.format === 'json' || text[list.span.start] === '[';
  if (flow) {
    const item = template.format === 'json' ? JSON.stringify(value) : yamlScalar(value);
    return { span: { start: last.span.end, end: last.span.end }, newText: `, ${item}` };
  }
  const lineEnd = lineEndOf(text, last.span.end);
  return { span: { start: lineEnd, end: lineEnd }, newText: eolOf(text) + indentOf(text, list.span.start) + '- ' + yamlScalar(value) };
}
