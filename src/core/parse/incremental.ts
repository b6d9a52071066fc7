/**
 * Re-parsing after an edit without parsing the whole YAML document again: the edit is confined to
 * one block-map entry (a resource, a property), so only that entry's lines are parsed and spliced
 * into the previous model. Any doubt falls back to a full parse, so the result always equals what
 * a full parse would give.
 */
import { changedRange } from '../textDiff';
import { checkDuplicateKeys, lineStart, MAX_DEPTH } from './common';
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

/** The lines of one block-map entry: [start, end), from its key's line to the next line not its own. */
interface Chunk {
  entry: MapEntry;
  start: number;
  end: number;
  indent: number;
  depth: number;
  /** For the last entry of its map: where that map ends, which the edit may move, and its lines before the edit. */
  parentEnd?: number;
  oldText?: string;
}

/** What the edited lines parse to, with offsets into the new text. */
interface Parsed {
  entries: MapEntry[];
  /** For the last entry of its map: where that map now ends. */
  parentEnd?: number;
}

/** A node the splice cannot place (it ends inside the edited lines); a full parse will. */
class CannotSplice extends Error {}

/** The root after the edit, or undefined when only a full parse can tell. */
export function reparseYamlEdit(oldRoot: TemplateNode, oldText: string, newText: string): TemplateNode | undefined {
  const edit = textEdit(oldText, newText);
  const chunk = chunkAround(oldRoot, oldText, edit);
  if (!chunk) return undefined;
  // An alias shares its anchor's node, so an edit inside the anchored node would have to reach it too.
  if (holdsAliases(oldRoot)) return undefined;
  const newChunkText = newText.slice(chunk.start, chunk.end + edit.delta);
  if (!isSelfContained(newChunkText, chunk.indent)) return undefined;
  const parsed = parseEntries(newChunkText, chunk);
  if (!parsed) return undefined;
  const splice: Splice = { oldStart: chunk.start, oldEnd: chunk.end, delta: edit.delta, target: chunk.entry, replacement: parsed.entries };
  if (chunk.parentEnd !== undefined && parsed.parentEnd !== undefined) splice.parentEnd = { old: chunk.parentEnd, new: parsed.parentEnd };
  try {
    const root = spliced(oldRoot, splice);
    return hasDuplicateKeys(findParent(root, parsed.entries[0])) ? undefined : root;
  } catch (error) {
    if (error instanceof CannotSplice) return undefined;
    throw error;
  }
}

function textEdit(oldText: string, newText: string): TextEdit {
  const { start, oldEnd } = changedRange(oldText, newText);
  const delta = newText.length - oldText.length;
  // Whole lines inserted at a line start read as well as inserted at the end of the line before: so
  // they join the entry above them (a property added after the last one) instead of the key below.
  const insertsLines = oldEnd === start && start > 0 && oldText[start - 1] === '\n' && newText[oldEnd + delta - 1] === '\n';
  return insertsLines ? { start: start - 1, oldEnd: oldEnd - 1, delta } : { start, oldEnd, delta };
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
    const next = node.entries[index + 1];
    const indent = entry.key.span.start - start;
    const end = next ? siblingLineStart(text, next) : lastEntryEnd(text, entry, indent);
    const holdsEdit = end !== undefined && (edit.oldEnd < end || (!next && end === text.length && edit.oldEnd === end));
    if (holdsEdit && startsLine(text, entry.key.span.start)) {
      best = { entry, start, end, indent, depth, ...(next ? {} : { parentEnd: node.span.end, oldText: text.slice(start, end) }) };
    }
    node = entry.value;
  }
  return best;
}

function siblingLineStart(text: string, next: MapEntry): number | undefined {
  return startsLine(text, next.key.span.start) ? lineStart(text, next.key.span.start) : undefined;
}

/** Where the last entry's lines end: at the first later line indented less than its key, else the end of the text. */
function lastEntryEnd(text: string, entry: MapEntry, indent: number): number | undefined {
  for (let newline = text.indexOf('\n', Math.max(entry.value.span.end - 1, entry.key.span.end)); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    const lineEnd = text.indexOf('\n', newline + 1);
    const line = text.slice(newline + 1, lineEnd < 0 ? text.length : lineEnd);
    const depth = indentOf(line);
    if (line.trim() === '' || line[depth] === '#') continue;
    return depth < indent ? newline + 1 : undefined;
  }
  return text.length;
}

function isFlow(node: TemplateNode, text: string): boolean {
  const first = text[node.span.start];
  return (node.kind === 'map' && !node.shortForm && first === '{') || (node.kind === 'seq' && first === '[');
}

function indexOfLast<T>(items: T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index])) return index;
  return -1;
}

/** Only spaces between the start of the line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let at = lineStart(text, offset); at < offset; at++) if (text.charCodeAt(at) !== 0x20) return false;
  return true;
}

/**
 * The entry's first line holds its key at `indent`; no later line is indented less, except blank lines
 * and comments, and one at `indent` starts a plain key or an item. Then the lines parse alone exactly
 * as they do inside the document.
 */
function isSelfContained(chunk: string, indent: number): boolean {
  const lines = (chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk).split('\n');
  if (indentOf(lines[0]) !== indent || lines[0].length === indent) return false;
  for (const line of lines.slice(1)) {
    const depth = indentOf(line);
    const rest = line.slice(depth);
    if (rest.startsWith('\t') || /^(?:---|\.\.\.)(?:\s|$)/.test(line)) return false;
    if (rest.trim() === '' || rest.startsWith('#')) continue;
    if (depth < indent || (depth === indent && !startsEntry(rest))) return false;
  }
  return true;
}

/** A plain `key:` or a `- ` item: what may stand at an entry's own indentation after its first line. */
function startsEntry(content: string): boolean {
  return /^(?:- |-$|[A-Za-z0-9_$][^:#]*:(?:\s|$))/.test(content);
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
/**
 * The entries parsed from the lines, with offsets into the new text: usually one, more when the edit
 * added entries beside it. An entry with a next sibling is parsed followed by a stand-in for it; the
 * last entry of a map alone, so that where the lines' map ends is where the document's map now ends.
 */
function parseEntries(chunkText: string, chunk: Chunk): Parsed | undefined {
  const last = chunk.parentEnd !== undefined;
  // A comment at the end of a map's lines stretches where the yaml package ends its collections
  // inside a document (to the next line's indentation), and not at the end of the text.
  if (last && (lastLineHasHash(chunkText) || lastLineHasHash(chunk.oldText ?? ''))) return undefined;
  const sentinelLine = `${' '.repeat(chunk.indent)}${SENTINEL_KEY}: 0\n`;
  if (!last && !chunkText.endsWith('\n')) return undefined;
  const { root, findings } = parseYaml(last ? chunkText : chunkText + sentinelLine, false);
  if (findings.length > 0 || !isMap(root) || root.shortForm || holdsAliases(root)) return undefined;
  const entries = last ? root.entries : root.entries.slice(0, -1);
  if (entries.length === 0 || entries[0].key.span.start !== chunk.indent) return undefined;
  // The yaml package places a key with no text by what precedes it, which differs outside the document.
  if (entries.some((entry) => entry.key.span.start === entry.key.span.end)) return undefined;
  if (!last) {
    const sentinel = root.entries[root.entries.length - 1];
    if (sentinel.key.value !== SENTINEL_KEY || sentinel.key.span.start !== chunkText.length + chunk.indent) return undefined;
  }
  if (entries.some((entry) => chunk.depth + depthOf(entry.value) >= MAX_DEPTH / 2)) return undefined;
  const moved = entries.map((entry) => shiftedEntry(entry, 0, chunk.start));
  return last ? { entries: moved, parentEnd: chunk.start + root.span.end } : { entries: moved };
}

/** Whether the last line with content holds a `#` (a comment, or perhaps only a quoted one). */
function lastLineHasHash(chunk: string): boolean {
  const lines = chunk.split('\n');
  for (let index = lines.length - 1; index >= 0; index--) if (lines[index].trim() !== '') return lines[index].includes('#');
  return false;
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
  /** Where the target's map ended and now ends, when the target was its last entry. */
  parentEnd?: { old: number; new: number };
}

/** The tree with the target entry replaced: nodes before it kept, nodes after it moved by the edit's length change. */
function spliced(node: TemplateNode, splice: Splice): TemplateNode {
  if (node.span.end <= splice.oldStart) return node;
  if (node.span.start >= splice.oldEnd) return shifted(node, splice.oldEnd, splice.delta);
  const span = { start: node.span.start, end: movedEnd(node.span.end, splice) };
  if (node.kind === 'scalar') return { ...node, span };
  if (node.kind === 'seq') return { ...node, span, items: node.items.map((item) => spliced(item, splice)) };
  const entries = node.entries.flatMap((entry) => (entry === splice.target ? splice.replacement : [splicedEntry(entry, splice)]));
  return { ...node, span, entries };
}

function splicedEntry(entry: MapEntry, splice: Splice): MapEntry {
  if (entry.span.end <= splice.oldStart) return entry;
  if (entry.key.span.start >= splice.oldEnd) return shiftedEntry(entry, splice.oldEnd, splice.delta);
  const value = spliced(entry.value, splice);
  return { key: entry.key, value, span: { start: entry.span.start, end: Math.max(value.span.end, entry.key.span.end) } };
}

/**
 * Where a node around the edited lines ends now: past them, moved by the edit; at the end of the
 * target's map (its last entry was edited), where that map now ends. Anything else cannot be told.
 */
function movedEnd(end: number, splice: Splice): number {
  if (end > splice.oldEnd) return end + splice.delta;
  if (splice.parentEnd && end === splice.parentEnd.old) return splice.parentEnd.new;
  throw new CannotSplice();
}

/** A copy moved by `delta`, for nodes at or after `from`; nodes before (shared through aliases) stay. */
function shifted(node: TemplateNode, from: number, delta: number): TemplateNode {
  if (node.span.start < from) return node;
  const span = shiftedSpan(node.span, delta);
  // Literals in the parser's own property order keep every node of a kind one shape for the engine.
  if (node.kind === 'scalar') return { kind: 'scalar', value: node.value, span, quoted: node.quoted };
  if (node.kind === 'seq') {
    const items = new Array<TemplateNode>(node.items.length);
    for (let i = 0; i < items.length; i++) items[i] = shifted(node.items[i], from, delta);
    return { kind: 'seq', items, span };
  }
  const entries = new Array<MapEntry>(node.entries.length);
  for (let i = 0; i < entries.length; i++) entries[i] = shiftedEntry(node.entries[i], from, delta);
  if (!node.shortForm) return { kind: 'map', entries, span };
  return { kind: 'map', entries, span, shortForm: { tag: node.shortForm.tag, span: shiftedSpan(node.shortForm.span, delta) } };
}

function shiftedEntry(entry: MapEntry, from: number, delta: number): MapEntry {
  const { key } = entry;
  return {
    key: { kind: 'scalar', value: key.value, span: shiftedSpan(key.span, delta), quoted: key.quoted },
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
