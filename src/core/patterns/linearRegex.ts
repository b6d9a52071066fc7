/**
 * Regular expressions that come from templates or from the registry schemas run on RE2's engine
 * (re2js, pure JavaScript, so the web-worker build has it too): its time is linear in the input
 * whatever the pattern, where JavaScript's backtracking engine takes minutes on `(a+)+` against
 * thirty characters. RE2 has no lookaround or back-references: lookaround at a fixed place becomes
 * separate RE2 tests (lookaround.ts); any other, and back-references, leave the pattern reported as
 * unreadable and its check skipped, never run on the backtracking engine.
 */
import { RE2JS } from 're2js';
import { lookaroundMatcher } from './lookaround';

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
    return boundedClass(source) ?? withoutLookaround(source) ?? fromRe2(RE2JS.compile(source));
  } catch {
    return null;
  }
}

/** A pattern with lookaround, as RE2 tests (lookaround.ts); undefined when it has none. */
function withoutLookaround(source: string): LinearPattern | undefined {
  const matcher = lookaroundMatcher(source);
  return matcher && { matchesWhole: remembering(matcher.whole), matchesPart: remembering(matcher.part) };
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
