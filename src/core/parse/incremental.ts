/**
 * Re-parsing after an edit without parsing the whole YAML document again: the edit is confined to
 * one block-map entry (a resource, a property), so only that entry's lines are parsed and spliced
 * into the previous model. Any doubt falls back to a full parse, so the result always equals what
 * a full parse would give.
 */
import { checkDuplicateKeys, MAX_DEPTH } from './common';
import { holdsAliases, parseYaml } from './yamlParser';
import { isMap, type MapEntry, type MapNode, type TemplateNode } from '../model';
import type { Finding } from '../findings';

/** A key that stands for the entry after the edited one, so the entry is parsed followed by a sibling. */
const SENTINEL_KEY = '__cfn_coach_next_entry__';

interface TextEdit {
  /** [start, oldEnd) of the old text became [start, oldEnd + delta) of the new one. */
  start: number;
  oldEnd: number;
  delta: number;
}

/** The lines of one block-map entry that has a following sibling: [start, end), both line starts. */
interface Chunk {
  entry: MapEntry;
  start: number;
  end: number;
  indent: number;
  depth: number;
}

/** The root after the edit, or undefined when only a full parse can tell. */
export function reparseYamlEdit(oldRoot: TemplateNode, oldText: string, newText: string): TemplateNode | undefined {
  const edit = textEdit(oldText, newText);
  const chunk = chunkAround(oldRoot, oldText, edit);
  if (!chunk) return undefined;
  // An alias shares its anchor's node, so an edit inside the anchored node would have to reach it too.
  if (holdsAliases(oldRoot)) return undefined;
  const newChunkText = newText.slice(chunk.start, chunk.end + edit.delta);
  if (!isSelfContained(newChunkText, chunk.indent)) return undefined;
  const entries = parseEntries(newChunkText, chunk);
  if (!entries) return undefined;
  const splice = { oldStart: chunk.start, oldEnd: chunk.end, delta: edit.delta, target: chunk.entry, replacement: entries };
  const root = spliced(oldRoot, splice);
  return hasDuplicateKeys(findParent(root, entries[0])) ? undefined : root;
}

function textEdit(oldText: string, newText: string): TextEdit {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { start, oldEnd: oldText.length - suffix, delta: newText.length - oldText.length };
}

/** The innermost entry of a block map whose lines hold the whole edit and end before a sibling's. */
function chunkAround(root: TemplateNode, text: string, edit: TextEdit): Chunk | undefined {
  let best: Chunk | undefined;
  let node: TemplateNode | undefined = root;
  for (let depth = 0; node && node.kind !== 'scalar'; depth++) {
    if (isFlow(node, text)) break;
    if (node.kind === 'seq') {
      node = node.items[indexOfLast(node.items, (item) => lineStart(text, item.span.start) <= edit.start)];
      continue;
    }
    if (node.shortForm) {
      node = node.entries[0].value;
      continue;
    }
    const index = indexOfLast(node.entries, (entry) => lineStart(text, entry.key.span.start) <= edit.start);
    if (index < 0) break;
    const entry: MapEntry = node.entries[index];
    const start = lineStart(text, entry.key.span.start);
    const end = chunkEnd(text, node.entries[index + 1]);
    if (end !== undefined && startsLine(text, entry.key.span.start) && edit.oldEnd < end) {
      best = { entry, start, end, indent: entry.key.span.start - start, depth };
    }
    node = entry.value;
  }
  return best;
}

/**
 * Where the entry's lines end: at the next sibling's line. Not for the last entry of a map: where its
 * parent ends (after the line break that follows its last value) may move with the edit.
 */
function chunkEnd(text: string, next: MapEntry | undefined): number | undefined {
  return next && startsLine(text, next.key.span.start) ? lineStart(text, next.key.span.start) : undefined;
}

function isFlow(node: TemplateNode, text: string): boolean {
  const first = text[node.span.start];
  return (node.kind === 'map' && !node.shortForm && first === '{') || (node.kind === 'seq' && first === '[');
}

function indexOfLast<T>(items: T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index])) return index;
  return -1;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Only spaces between the start of the line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let at = lineStart(text, offset); at < offset; at++) if (text.charCodeAt(at) !== 0x20) return false;
  return true;
}

/**
 * The entry's first line holds its key at `indent`; no later line is indented less, except blank lines
 * and comments. Then the lines parse alone exactly as they do inside the document.
 */
function isSelfContained(chunk: string, indent: number): boolean {
  if (!chunk.endsWith('\n')) return false;
  const lines = chunk.slice(0, -1).split('\n');
  if (indentOf(lines[0]) !== indent || lines[0].length === indent) return false;
  for (const line of lines.slice(1)) {
    const depth = indentOf(line);
    const rest = line.slice(depth);
    if (rest.startsWith('\t') || /^(?:---|\.\.\.)(?:\s|$)/.test(line)) return false;
    if (rest.trim() === '' || rest.startsWith('#')) continue;
    if (depth < indent) return false;
  }
  return true;
}

function indentOf(line: string): number {
  let depth = 0;
  while (line.charCodeAt(depth) === 0x20) depth++;
  return depth;
}

/**
 * The entries parsed from the lines (then a sentinel sibling), with offsets into the whole new text:
 * usually one, more when the edit added entries beside it.
 */
function parseEntries(chunkText: string, chunk: Chunk): MapEntry[] | undefined {
  const sentinelLine = `${' '.repeat(chunk.indent)}${SENTINEL_KEY}: 0\n`;
  const { root, findings } = parseYaml(chunkText + sentinelLine);
  if (findings.length > 0 || !isMap(root) || root.shortForm || root.entries.length < 2 || holdsAliases(root)) return undefined;
  const entries = root.entries.slice(0, -1);
  const sentinel = root.entries[root.entries.length - 1];
  if (entries[0].key.span.start !== chunk.indent) return undefined;
  const sentinelStart = chunkText.length + chunk.indent;
  if (sentinel.key.value !== SENTINEL_KEY || sentinel.key.span.start !== sentinelStart) return undefined;
  if (entries.some((entry) => chunk.depth + depthOf(entry.value) >= MAX_DEPTH / 2)) return undefined;
  return entries.map((entry) => shiftedEntry(entry, 0, chunk.start));
}

function depthOf(node: TemplateNode): number {
  if (node.kind === 'scalar') return 1;
  const children = node.kind === 'seq' ? node.items : node.entries.map((entry) => entry.value);
  return 1 + children.reduce((deepest, child) => Math.max(deepest, depthOf(child)), 0);
}

interface Splice {
  oldStart: number;
  oldEnd: number;
  delta: number;
  target: MapEntry;
  replacement: MapEntry[];
}

/** The tree with the target entry replaced: nodes before it kept, nodes after it moved by the edit's length change. */
function spliced(node: TemplateNode, splice: Splice): TemplateNode {
  if (node.span.end <= splice.oldStart) return node;
  if (node.span.start >= splice.oldEnd) return shifted(node, splice.oldEnd, splice.delta);
  const span = { start: node.span.start, end: node.span.end + splice.delta };
  if (node.kind === 'scalar') return { ...node, span };
  if (node.kind === 'seq') return { ...node, span, items: node.items.map((item) => spliced(item, splice)) };
  const entries = node.entries.flatMap((entry) => (entry === splice.target ? splice.replacement : [splicedEntry(entry, splice)]));
  return { ...node, span, entries };
}

function splicedEntry(entry: MapEntry, splice: Splice): MapEntry {
  if (entry.span.end <= splice.oldStart) return entry;
  if (entry.key.span.start >= splice.oldEnd) return shiftedEntry(entry, splice.oldEnd, splice.delta);
  return { key: entry.key, value: spliced(entry.value, splice), span: { start: entry.span.start, end: entry.span.end + splice.delta } };
}

/** A copy moved by `delta`, for nodes at or after `from`; nodes before (shared through aliases) stay. */
function shifted(node: TemplateNode, from: number, delta: number): TemplateNode {
  if (node.span.start < from) return node;
  const span = { start: node.span.start + delta, end: node.span.end + delta };
  if (node.kind === 'scalar') return { ...node, span };
  if (node.kind === 'seq') return { ...node, span, items: node.items.map((item) => shifted(item, from, delta)) };
  const entries = node.entries.map((entry) => shiftedEntry(entry, from, delta));
  const shortForm = node.shortForm && { tag: node.shortForm.tag, span: shiftedSpan(node.shortForm.span, delta) };
  return shortForm ? { ...node, span, entries, shortForm } : { ...node, span, entries };
}

function shiftedEntry(entry: MapEntry, from: number, delta: number): MapEntry {
  return {
    key: { ...entry.key, span: shiftedSpan(entry.key.span, delta) },
    value: shifted(entry.value, from, delta),
    span: shiftedSpan(entry.span, delta),
  };
}

function shiftedSpan(span: { start: number; end: number }, delta: number): { start: number; end: number } {
  return { start: span.start + delta, end: span.end + delta };
}

function findParent(node: TemplateNode, entry: MapEntry): MapNode | undefined {
  if (node.kind === 'scalar') return undefined;
  if (node.kind === 'map' && node.entries.includes(entry)) return node;
  const children = node.kind === 'seq' ? node.items : node.entries.map((child) => child.value);
  for (const child of children) {
    if (child.span.start <= entry.span.start && entry.span.end <= child.span.end) {
      const parent = findParent(child, entry);
      if (parent) return parent;
    }
  }
  return undefined;
}

function hasDuplicateKeys(map: MapNode | undefined): boolean {
  if (!map) return true;
  const findings: Finding[] = [];
  checkDuplicateKeys(map, findings);
  return findings.length > 0;
}
