/**
 * Reads the value text typed before the cursor on one line (`!If [IsProd, !Ref Ma`, `{"Ref": "Ma`)
 * and says where the cursor is inside it: the path of tags, list indexes and map keys it is under,
 * and the partial scalar or tag being typed. YAML flow syntax and JSON share these rules.
 */
import { functionForTag } from '../intrinsics';
import type { PathSegment } from '../model';

export interface FlowPosition {
  /** Segments below the value's own path: function names (from tags), indexes, keys. */
  segments: PathSegment[];
  /** A key of a flow map is being typed, not a value. */
  atKey: boolean;
  /** A short-form tag is being typed (`!Su`): the partial includes the `!`. */
  atTag: boolean;
  /** The partial token's offset in the scanned text and its text (without an opening quote). */
  partialStart: number;
  partial: string;
  /** The opening quote of a partial quoted scalar, or ''. */
  quote: string;
  /** Earlier scalar items of the innermost list (e.g. the resource of `[Res, Att`), by index. */
  siblings: (string | undefined)[];
}

type Frame =
  | { kind: 'tag'; name: string }
  | { kind: 'seq'; index: number; items: (string | undefined)[] }
  | { kind: 'map'; key: string | undefined };

const PLAIN_END = /[,[\]{}]/;
/** Inside a flow map, `key: value` ends a plain key at its colon. */
const PLAIN_END_IN_MAP = /[,[\]{}]|:(?=\s|$)/;

export function scanFlow(text: string): FlowPosition {
  const stack: Frame[] = [];
  let pos = 0;
  let lastScalar: string | undefined;
  // The item being read is a function (`!Ref Env`) or a collection: not a literal sibling.
  let notLiteral = false;
  const closeValue = () => {
    while (stack.at(-1)?.kind === 'tag') stack.pop();
  };
  const endOfItem = () => {
    closeValue();
    const top = stack.at(-1);
    if (top?.kind === 'seq') {
      top.items[top.index] = notLiteral ? undefined : lastScalar;
      top.index++;
    } else if (top?.kind === 'map') top.key = undefined;
    lastScalar = undefined;
    notLiteral = false;
  };
  while (pos < text.length) {
    const char = text[pos];
    if (char === ' ' || char === '\t') {
      pos++;
      continue;
    }
    const start = pos;
    if (char === '!') {
      const end = tokenEnd(text, pos, /[\s,[\]{}]/);
      if (end >= text.length) return result(stack, { atTag: true, partialStart: start, partial: text.slice(start) });
      stack.push({ kind: 'tag', name: functionForTag(text.slice(start, end)) });
      notLiteral = true;
      pos = end;
    } else if (char === '[' || char === '{') {
      stack.push(char === '[' ? { kind: 'seq', index: 0, items: [] } : { kind: 'map', key: undefined });
      notLiteral = false;
      pos++;
    } else if (char === ']' || char === '}') {
      closeValue();
      stack.pop();
      closeValue();
      notLiteral = true;
      pos++;
    } else if (char === ',') {
      endOfItem();
      pos++;
    } else if (char === '"' || char === "'") {
      const close = closingQuote(text, pos);
      if (close < 0) return result(stack, { partialStart: start + 1, partial: text.slice(start + 1), quote: char });
      lastScalar = text.slice(start + 1, close);
      pos = close + 1;
      pos = afterKeyColon(text, pos, stack, lastScalar);
    } else {
      // Outside a flow collection a plain scalar runs to the end of the line, `{` and `,` included.
      const inFlow = stack.some((frame) => frame.kind !== 'tag');
      const inMap = stack.some((frame) => frame.kind === 'map');
      const match = inFlow ? (inMap ? PLAIN_END_IN_MAP : PLAIN_END).exec(text.slice(pos + 1)) : null;
      const end = match ? pos + 1 + match.index : text.length;
      if (end >= text.length) return result(stack, { partialStart: start, partial: text.slice(start).trimEnd() });
      lastScalar = text.slice(start, end).trimEnd();
      pos = afterKeyColon(text, end, stack, lastScalar);
    }
  }
  return result(stack, { partialStart: text.length, partial: '' });
}

/** `key:` inside a flow map: the scalar just read was a key. */
function afterKeyColon(text: string, pos: number, stack: Frame[], scalar: string): number {
  const top = stack.at(-1);
  if (top?.kind !== 'map' || top.key !== undefined) return pos;
  const colon = /^\s*:/.exec(text.slice(pos));
  if (!colon) return pos;
  top.key = scalar;
  return pos + colon[0].length;
}

function tokenEnd(text: string, from: number, stop: RegExp): number {
  let end = from;
  while (end < text.length && !stop.test(text[end])) end++;
  return end;
}

function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function result(stack: Frame[], partial: Partial<FlowPosition> & { partialStart: number; partial: string }): FlowPosition {
  const segments: PathSegment[] = [];
  let siblings: (string | undefined)[] = [];
  for (const frame of stack) {
    if (frame.kind === 'tag') segments.push(frame.name);
    else if (frame.kind === 'seq') {
      segments.push(frame.index);
      siblings = frame.items;
    } else if (frame.key !== undefined) segments.push(frame.key);
  }
  const last = stack.at(-1);
  const atKey = last?.kind === 'map' && last.key === undefined;
  return { segments, atKey, atTag: false, quote: '', siblings, ...partial };
}
