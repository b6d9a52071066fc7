/**
 * Regular expressions that come from templates or from the registry schemas run on RE2's engine
 * (re2js, pure JavaScript, so the web-worker build has it too): its time is linear in the input
 * whatever the pattern, where JavaScript's backtracking engine takes minutes on `(a+)+` against
 * thirty characters. RE2 has no lookaround or back-references; a pattern that uses them is
 * reported as unreadable and its check skipped, never run on the backtracking engine.
 */
import { RE2JS } from 're2js';

export interface LinearPattern {
  /** Whether the pattern matches the whole value. */
  matchesWhole(value: string): boolean;
  /** Whether the pattern matches somewhere in the value (anchors in the pattern still apply). */
  matchesPart(value: string): boolean;
}

const compiled = new Map<string, LinearPattern | null>();
/** Distinct patterns kept compiled; templates rarely have more than a few dozen. */
const MAX_CACHED = 5000;

/** The pattern compiled for linear-time matching; undefined when RE2 cannot read it. */
export function linearPattern(source: string): LinearPattern | undefined {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    pattern = compile(source);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(source, pattern);
  }
  return pattern ?? undefined;
}

function compile(source: string): LinearPattern | null {
  try {
    return boundedClass(source) ?? leadingLookaheads(source) ?? fromRe2(RE2JS.compile(source));
  } catch {
    return null;
  }
}

/**
 * `^(?=A)(?=B)…REST`, as registry patterns write a length or a character set beside the shape
 * (`^(?=.{2,256}$)([a-z0-9]+…)$`): each lookahead at the start is a match of `^A` from the first
 * character, so the pattern is those tests and `^REST`, all of which RE2 reads. Undefined for any other
 * pattern (and a lookaround left in REST still makes RE2 refuse it).
 */
function leadingLookaheads(source: string): LinearPattern | undefined {
  if (!source.startsWith('^(?=')) return undefined;
  const heads: RE2JS[] = [];
  let at = 1;
  while (source.startsWith('(?=', at)) {
    const end = groupEnd(source, at);
    if (end === undefined) return undefined;
    heads.push(RE2JS.compile(`^(?:${source.slice(at + 3, end)})`));
    at = end + 1;
  }
  const rest = RE2JS.compile(`^(?:${source.slice(at)})`);
  const heldByHeads = (value: string) => heads.every((head) => head.test(value));
  return {
    matchesWhole: remembering((value) => heldByHeads(value) && rest.testExact(value)),
    matchesPart: remembering((value) => heldByHeads(value) && rest.test(value)),
  };
}

/** The index of the parenthesis closing the group opened at `open`, skipping escapes and character classes. */
function groupEnd(source: string, open: number): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let index = open; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return undefined;
}

function fromRe2(re: RE2JS): LinearPattern {
  return { matchesWhole: remembering((value) => re.testExact(value)), matchesPart: remembering((value) => re.test(value)) };
}

/** Values longer than this are tested every time (kept answers stay small). */
const MAX_REMEMBERED_LENGTH = 200;
/** Answers kept per pattern: a re-lint after an edit, and the templates of one project, test the same values again. */
const MAX_REMEMBERED = 256;

/** The test with its latest answers kept: RE2's matching costs microseconds, a look-up a few dozen nanoseconds. */
function remembering(test: (value: string) => boolean): (value: string) => boolean {
  const answers = new Map<string, boolean>();
  return (value) => {
    if (value.length > MAX_REMEMBERED_LENGTH) return test(value);
    let answer = answers.get(value);
    if (answer === undefined) {
      answer = test(value);
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answers.set(value, answer);
    }
    return answer;
  };
}

/**
 * `^[class]{m,n}$` (or `.`, `\S`, `\p{L}`… for the class), as the registry writes lengths of free text
 * (`^[\P{C}\r\n\t]{1,250}$`, `^.{1,255}$`).
 */
const BOUNDED_CLASS = /^\^(\[(?:[^\]\\]|\\.)+\]|\.|\\[dDwWsS]|\\[pP](?:\{[^}]*\}|[A-Za-z]))\{(\d+)(,(\d*))?\}\$$/;
/** RE2 refuses a repeat count above this. */
const MAX_REPEAT = 1000;

/**
 * RE2 compiles `[class]{1,250}` as 250 copies of the class, which for a Unicode class takes tens of
 * milliseconds (each such pattern, on first use); the same test is `^[class]*$` on RE2 and a count of
 * code points, which RE2's repeat counts are.
 */
function boundedClass(source: string): LinearPattern | undefined {
  const match = BOUNDED_CLASS.exec(source);
  if (!match) return undefined;
  const min = Number(match[2]);
  const max = match[3] === undefined ? min : match[4] === '' ? Infinity : Number(match[4]);
  if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT) || max < min) return undefined;
  const re = RE2JS.compile(`^${match[1]}*$`);
  const matches = remembering((value: string) => {
    const length = codePoints(value, max);
    return length >= min && length <= max && re.testExact(value);
  });
  return { matchesWhole: matches, matchesPart: matches };
}

/** Code points in the value (a lone surrogate counts as one, as for RE2), counted up to one past `limit`. */
function codePoints(value: string, limit: number): number {
  let count = 0;
  for (const _ of value) if (++count > limit) break;
  return count;
}
