/** The cursor's place in a JSON template; jsonc-parser's scanner copes with half-typed text. */
import { getLocation, type Location, type Node as JsonNode } from 'jsonc-parser';
import type { Span } from '../model';
import { lineStartOf, type CursorPath } from './cursor';

/** jsonc-parser's getLocation recurses once per nesting level: absurdly deep text overflows the stack. */
function locationAt(text: string, offset: number): Location | undefined {
  try {
    return getLocation(text, offset);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

export function jsonCursor(text: string, offset: number): CursorPath | undefined {
  const location = locationAt(text, offset);
  if (!location) return undefined;
  const token = tokenAt(text, location.previousNode, offset);
  // A key typed after an entry with no comma yet: the scanner still calls it a property.
  const atKey = location.isAtPropertyKey || (token !== undefined && location.previousNode?.type === 'property');
  if (!token && location.previousNode && !atKey && typeof location.path.at(-1) === 'string') {
    // Just after a complete value: nothing to complete until a comma starts the next entry.
    return undefined;
  }
  const replace: Span = token ?? { start: offset, end: offset };
  const quote = token && text[token.start] === '"' ? '"' : '';
  const typedStart = replace.start + quote.length;
  const column = offset - lineStartOf(text, offset) - (offset - replace.start);
  return {
    kind: atKey ? 'key' : 'value',
    path: atKey ? location.path.slice(0, -1) : location.path,
    replace,
    typed: text.slice(typedStart, offset),
    quote,
    column,
    unit: 2,
    siblings: [],
    hasColon: atKey && /^\s*:/.test(text.slice(replace.end)),
  };
}

function tokenAt(text: string, node: JsonNode | undefined, offset: number): Span | undefined {
  if (!node || node.type === 'object' || node.type === 'array') return undefined;
  const span = { start: node.offset, end: node.offset + node.length };
  if (!(span.start < offset && offset <= span.end)) return undefined;
  // A string with no closing quote runs to the end of the line: replace only the word at the cursor, not the brackets after it.
  return isUnclosedString(text, span) ? { start: span.start, end: wordEnd(text, offset) } : span;
}

function isUnclosedString(text: string, span: Span): boolean {
  if (text[span.start] !== '"') return false;
  const token = text.slice(span.start, span.end);
  return token.length < 2 || !token.endsWith('"') || /(^|[^\\])(\\\\)*\\"$/.test(token);
}

function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[\w:.-]/.test(text[end])) end++;
  return end;
}
