/**
 * The cursor's place in a YAML template, from indentation: the current line says what is being
 * typed, the lines above with less indentation say under which keys and list items it sits.
 * Working from the text keeps completion useful while the document does not parse.
 */
import { functionForTag } from '../intrinsics';
import type { PathSegment } from '../model';
import { lineEndOf, lineStartOf, type CursorPath } from './cursor';
import { scanFlow } from './flowScanner';

interface Opener {
  kind: 'dash' | 'key';
  column: number;
  key?: string;
  /** Offset in the line where the key's value starts. */
  restStart?: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"!&*#|>[\]{}%@`][^#]*?)[ \t]*(?<!:):(?=[ \t]|$)/;
const BLOCK_SCALAR = /^(?:!\S+\s+)?[|>]/;

/** The dashes and the key a line opens, left to right (`  - Key: v` → dash@2, key@4). */
function openersOf(line: string): Opener[] {
  const openers: Opener[] = [];
  let pos = line.length - line.trimStart().length;
  while (line[pos] === '-' && (pos + 1 === line.length || line[pos + 1] === ' ')) {
    openers.push({ kind: 'dash', column: pos });
    pos += 1;
    while (line[pos] === ' ') pos++;
  }
  if (line[pos] === '#') return openers;
  const match = KEY.exec(line.slice(pos));
  if (match) {
    const raw = match[1];
    const key = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    let restStart = pos + match[0].length;
    while (line[restStart] === ' ') restStart++;
    openers.push({ kind: 'key', column: pos, key, restStart });
  }
  return openers;
}

/** The value after a key on its own line: a lone tag (`Value: !If`) names the function of the block below. */
function restOf(line: string, opener: Opener): string {
  return line.slice(opener.restStart).replace(/(^|\s)#.*$/, '').trim();
}

interface Ancestry {
  path: PathSegment[];
  /** Index among its siblings of the level's first dash (the one on the starting line). */
  firstIndex: number;
  parentColumn: number;
}

/** The line of a key whose value is a block scalar (`Key: |`, `Key: !Sub >-`), and its openers up to that key. */
interface BlockOwner {
  block: { line: string; lineStart: number; parents: Opener[] };
}

/**
 * The keys and list indexes above a line whose first item is at `column` (a dash when `isDash`).
 * When the line sits inside a block scalar (`|` or `>`), the line of the key that owns it.
 */
function ancestry(text: string, lineStart: number, column: number, isDash: boolean): Ancestry | BlockOwner {
  const path: PathSegment[] = [];
  let target = column;
  let dash = isDash;
  let count = 0;
  let firstIndex = 0;
  let parentColumn = -1;
  let first = true;
  for (const { line, start } of linesAbove(text, lineStart)) {
    // Deeper lines cannot hold a parent: skip them before any regex work.
    if (line.length - line.trimStart().length > target) continue;
    const openers = openersOf(line);
    if (openers.length === 0) continue;
    const lead = openers[0];
    if (lead.column > target) continue;
    const unindentedSeq = dash && lead.column === target && lead.kind === 'key' && openers.length === 1 && restOf(line, lead) === '';
    if (lead.column === target && !unindentedSeq) {
      if (dash && lead.kind === 'dash') count++;
      continue;
    }
    const parents = openers.filter((opener) => opener.column < target || (unindentedSeq && opener === lead));
    if (dash && openers.some((opener) => opener.kind === 'dash' && opener.column === target)) count++;
    const last = parents.at(-1)!;
    if (last.kind === 'key' && BLOCK_SCALAR.test(restOf(line, last))) return { block: { line, lineStart: start, parents } };
    if (first) {
      firstIndex = count;
      parentColumn = last.column;
      first = false;
    } else if (dash) path[0] = count;
    path.unshift(...segmentsOf(line, parents));
    target = lead.column;
    dash = lead.kind === 'dash';
    count = 0;
    if (target === 0 && !dash) break;
  }
  return { path, firstIndex, parentColumn };
}

/** The lines before `lineStart`, nearest first, each with the offset it starts at. */
function* linesAbove(text: string, lineStart: number): Generator<{ line: string; start: number }> {
  let end = lineStart - 1;
  while (end >= 0) {
    // lastIndexOf clamps a negative start to 0: at end 0 it would find this same newline forever.
    const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    yield { line: text.slice(start, text[end - 1] === '\r' ? end - 1 : end), start };
    end = start - 1;
  }
}

/** Path segments for a line's openers: a dash is an index (0 until counted), a key its name and lone tag. */
function segmentsOf(line: string, openers: Opener[]): PathSegment[] {
  return openers.flatMap((opener): PathSegment[] => {
    if (opener.kind === 'dash') return [0];
    const rest = restOf(line, opener);
    return /^![A-Za-z]+$/.test(rest) ? [opener.key!, functionForTag(rest)] : [opener.key!];
  });
}

export function yamlCursor(text: string, offset: number): CursorPath | undefined {
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  if (before.includes('\t')) return undefined;
  const openers = openersOf(before);
  const indent = before.length - before.trimStart().length;
  const column = openers[0]?.column ?? indent;
  const above = ancestry(text, lineStart, column, openers[0]?.kind === 'dash');
  // In a block scalar a # is text (a shell comment, #!/bin/bash); elsewhere it starts a comment.
  if ('block' in above) return subBlockCursor(text, offset, lineStart, above);
  if (/(^|\s)#/.test(before)) return undefined;
  const last = openers.at(-1);
  const own = segmentsOf(before, last?.kind === 'key' ? openers.slice(0, -1) : openers);
  if (openers[0]?.kind === 'dash') own[0] = above.firstIndex;
  const contentStart = last?.kind === 'key' ? last.restStart! : last ? last.column + 1 : indent;
  const content = before.slice(contentStart);
  const keyColumn = last?.kind === 'key' ? last.column : contentStart + (content.length - content.trimStart().length);
  const levelColumn = openers[0]?.kind === 'dash' ? openers[0].column : keyColumn;
  const unit = above.parentColumn >= 0 && levelColumn > above.parentColumn ? levelColumn - above.parentColumn : 2;
  const base = { column: keyColumn, unit };
  if (last?.kind === 'key') {
    return fromFlow(text, offset, lineStart + contentStart, content, [...above.path, ...own, last.key!], 'value', base);
  }
  const isValueText = /^\s*[![{'"]/.test(content);
  if (isValueText || last?.kind === 'dash') {
    return fromFlow(text, offset, lineStart + contentStart, content, [...above.path, ...own], last?.kind === 'dash' ? 'item' : 'value', base);
  }
  const typedStart = lineStart + contentStart + (content.length - content.trimStart().length);
  return cursorAt(text, offset, typedStart, 'key', [...above.path, ...own], { ...base, quote: '', siblings: [] });
}

function fromFlow(
  text: string,
  offset: number,
  contentOffset: number,
  content: string,
  path: PathSegment[],
  plainKind: 'value' | 'item',
  layout: { column: number; unit: number },
): CursorPath {
  const flow = scanFlow(content);
  const start = contentOffset + flow.partialStart;
  const kind = flow.atTag ? 'tag' : flow.atKey ? 'key' : flow.segments.length > 0 || flow.quote ? 'value' : plainKind;
  return cursorAt(text, offset, start, kind, [...path, ...flow.segments], { ...layout, quote: flow.quote, siblings: flow.siblings });
}

function cursorAt(
  text: string,
  offset: number,
  start: number,
  kind: CursorPath['kind'],
  path: PathSegment[],
  extra: Pick<CursorPath, 'column' | 'unit' | 'quote' | 'siblings'>,
): CursorPath {
  const after = text.slice(offset, lineEndOf(text, offset));
  const tail = (kind === 'key' ? /^[\w.-]*/ : /^[\w.:-]*/).exec(after)![0];
  return {
    kind,
    path,
    replace: { start, end: offset + tail.length },
    typed: text.slice(start, offset),
    hasColon: /^\s*:(\s|$)/.test(after.slice(tail.length)),
    ...extra,
  };
}

/**
 * Inside the block scalar of a Fn::Sub (`Fn::Sub: |`, `UserData: !Sub >-`): the string is the value at the
 * Sub's path and the text typed is the current line's, so `${` offers names as in a quoted Sub string.
 * Undefined in any other block scalar.
 */
function subBlockCursor(text: string, offset: number, lineStart: number, { block }: BlockOwner): CursorPath | undefined {
  const owner = block.parents.at(-1)!;
  const tag = /^!\S+/.exec(restOf(block.line, owner))?.[0];
  const isSub = tag ? functionForTag(tag) === 'Fn::Sub' : owner.key === 'Fn::Sub';
  if (!isSub) return undefined;
  const first = block.parents[0];
  const outer = ancestry(text, block.lineStart, first.column, first.kind === 'dash');
  if ('block' in outer) return undefined;
  const own = segmentsOf(block.line, block.parents);
  if (first.kind === 'dash') own[0] = outer.firstIndex;
  const path = tag ? [...outer.path, ...own, 'Fn::Sub'] : [...outer.path, ...own];
  const before = text.slice(lineStart, offset);
  const contentStart = lineStart + before.length - before.trimStart().length;
  return cursorAt(text, offset, contentStart, 'value', path, { column: contentStart - lineStart, unit: 2, quote: '', siblings: [] });
}
