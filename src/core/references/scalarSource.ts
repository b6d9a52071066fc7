/**
 * Maps offsets in a string scalar's value back to offsets in the source text.
 * A quoted, escaped, folded or block scalar's value differs from its source; each decoder
 * rebuilds the value from the source with one source offset per value character and is trusted
 * only when the rebuilt value equals the parser's. Otherwise the whole scalar's span is used.
 */
import type { ScalarNode, Span } from '../model';
import { HEX_ESCAPE_LENGTH, SIMPLE_ESCAPES } from '../parse/yaml11';
import type { Template } from '../template';
import { memoized } from '../memo';

interface Decoded {
  chars: string[];
  offsets: number[];
}

/** The source span of value[start, end), and whether it is exact (else the whole scalar). */
export function sourceSpanOf(template: Template, node: ScalarNode, start: number, end: number): { span: Span; exact: boolean } {
  // Most names stand in the source as they are (a plain `!Ref Name`): no decoding needed.
  if (typeof node.value === 'string' && start <= end && end <= node.value.length && isVerbatim(template.text, node)) {
    return { span: { start: node.span.start + start, end: node.span.start + end }, exact: true };
  }
  const offsets = valueOffsets(template, node);
  if (!offsets || end > offsets.length - 1 || start > end) return { span: node.span, exact: false };
  const last = end > start ? offsets[end - 1] + 1 : offsets[start];
  return { span: { start: offsets[start], end: last }, exact: true };
}

function isVerbatim(text: string, node: ScalarNode): boolean {
  const value = node.value as string;
  return node.span.end - node.span.start === value.length && text.startsWith(value, node.span.start);
}

/** Source offsets of each value character plus one past the end, or null when not exact. */
function valueOffsets(template: Template, node: ScalarNode): number[] | null {
  const cache = memoized(template, newOffsetsCache);
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  const value = typeof node.value === 'string' ? node.value : null;
  let result: number[] | null = null;
  if (value !== null) {
    const decoded = decode(template.text, node.span, template.format === 'json');
    if (decoded && sameValue(decoded.chars.join(''), value, template.text[node.span.start])) {
      result = decoded.offsets.slice(0, value.length);
      result.push(value.length > 0 ? result[value.length - 1] + 1 : node.span.start);
    }
  }
  cache.set(node, result);
  return result;
}

function newOffsetsCache(): Map<ScalarNode, number[] | null> {
  return new Map();
}

/** Block scalars end with chomped newlines; everything before them must agree exactly. */
function sameValue(decoded: string, value: string, firstChar: string): boolean {
  if (firstChar !== '|' && firstChar !== '>') return decoded === value;
  return decoded.replace(/\n+$/, '') === value.replace(/\n+$/, '');
}

function decode(text: string, span: Span, json: boolean): Decoded | undefined {
  const first = text[span.start];
  if (json) return first === '"' ? decodeQuoted(text, span.start + 1, span.end - 1, 'json') : undefined;
  if (first === '"') return decodeQuoted(text, span.start + 1, span.end - 1, 'double');
  if (first === "'") return decodeQuoted(text, span.start + 1, span.end - 1, 'single');
  if (first === '|' || first === '>') return decodeBlock(text, span, first === '>');
  return decodeQuoted(text, span.start, span.end, 'plain');
}

const JSON_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

type FlowStyle = 'json' | 'double' | 'single' | 'plain';

/** Flow scalars: escapes (double/JSON), doubled quotes (single), line folding (YAML). */
function decodeQuoted(text: string, from: number, to: number, style: FlowStyle): Decoded | undefined {
  const chars: string[] = [];
  const offsets: number[] = [];
  const raw: boolean[] = [];
  const emit = (char: string, at: number, isRawSpace = false) => {
    chars.push(char);
    offsets.push(at);
    raw.push(isRawSpace);
  };
  let i = from;
  while (i < to) {
    const c = text[i];
    if ((c === '\n' || c === '\r') && style !== 'json') {
      while (raw.length && raw[raw.length - 1]) {
        chars.pop();
        offsets.pop();
        raw.pop();
      }
      let breaks = 0;
      while (i < to && /[ \t\r\n]/.test(text[i])) {
        if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) breaks++;
        i++;
      }
      if (breaks === 1) emit(' ', i - 1);
      else for (let n = 1; n < breaks; n++) emit('\n', i - 1);
      continue;
    }
    if (c === '\\' && (style === 'double' || style === 'json')) {
      const next = text[i + 1];
      if (style === 'double' && (next === '\n' || next === '\r')) {
        i += 2;
        while (i < to && /[ \t\r\n]/.test(text[i])) i++;
        continue;
      }
      const hexLength = style === 'json' ? (next === 'u' ? 4 : 0) : (HEX_ESCAPE_LENGTH[next] ?? 0);
      if (hexLength) {
        const code = Number.parseInt(text.slice(i + 2, i + 2 + hexLength), 16);
        if (Number.isNaN(code)) return undefined;
        for (const unit of String.fromCodePoint(code)) for (const part of unit.split('')) emit(part, i);
        // a surrogate pair from \U counts as two UTF-16 units, both at the backslash
        i += 2 + hexLength;
        continue;
      }
      const escaped = style === 'json' ? (JSON_ESCAPES.has(next) ? SIMPLE_ESCAPES[next] : undefined) : SIMPLE_ESCAPES[next];
      if (escaped === undefined) return undefined;
      emit(escaped, i);
      i += 2;
      continue;
    }
    if (c === "'" && style === 'single' && text[i + 1] === "'") {
      emit("'", i);
      i += 2;
      continue;
    }
    emit(c, i, c === ' ' || c === '\t');
    i++;
  }
  if (style === 'plain') {
    while (raw.length && raw[raw.length - 1]) {
      chars.pop();
      offsets.pop();
      raw.pop();
    }
  }
  return { chars, offsets };
}

/** `|` keeps line breaks; `>` folds a break between two plain lines into a space. */
function decodeBlock(text: string, span: Span, folded: boolean): Decoded | undefined {
  const headerEnd = text.indexOf('\n', span.start);
  if (headerEnd < 0 || headerEnd >= span.end) return { chars: [], offsets: [] };
  const explicit = /[1-9]/.exec(text.slice(span.start, headerEnd).split('#')[0]);
  const lines = linesOf(text, headerEnd + 1, span.end);
  const firstContent = lines.find((line) => text.slice(line.start, line.end).trim() !== '');
  if (!firstContent) return { chars: [], offsets: [] };
  const indent = explicit ? Number(explicit[0]) + baseIndent(text, span.start) : leadingSpaces(text, firstContent);
  const chars: string[] = [];
  const offsets: number[] = [];
  let previous: 'none' | 'plain' | 'other' = 'none';
  let pendingBreak = -1;
  let emptyLines = 0;
  for (const line of lines) {
    const content = { start: Math.min(line.start + indent, line.end), end: line.end };
    const isEmpty = text.slice(line.start, line.end).trim() === '' && content.start >= content.end;
    if (isEmpty) {
      emptyLines++;
      pendingBreak = pendingBreak < 0 ? line.start : pendingBreak;
      continue;
    }
    const kind = text[content.start] === ' ' || text[content.start] === '\t' ? 'other' : 'plain';
    if (previous !== 'none') {
      const foldToSpace = folded && previous === 'plain' && kind === 'plain';
      if (foldToSpace && emptyLines === 0) {
        chars.push(' ');
        offsets.push(pendingBreak);
      } else {
        const breaks = foldToSpace ? emptyLines : emptyLines + 1;
        for (let n = 0; n < breaks; n++) {
          chars.push('\n');
          offsets.push(pendingBreak);
        }
      }
    } else {
      for (let n = 0; n < emptyLines; n++) {
        chars.push('\n');
        offsets.push(line.start);
      }
    }
    for (let at = content.start; at < content.end; at++) {
      chars.push(text[at]);
      offsets.push(at);
    }
    previous = kind;
    emptyLines = 0;
    pendingBreak = line.end;
  }
  return { chars, offsets };
}

function linesOf(text: string, from: number, to: number): Span[] {
  const lines: Span[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const contentEnd = text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: contentEnd });
    start = end + 1;
  }
  return lines;
}

function leadingSpaces(text: string, line: Span): number {
  let n = 0;
  while (line.start + n < line.end && text[line.start + n] === ' ') n++;
  return n;
}

/** Indentation of the line holding the block header (the parent's indentation). */
function baseIndent(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return leadingSpaces(text, { start: lineStart, end: at });
}
