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
    const re = RE2JS.compile(source);
    return { matchesWhole: (value) => re.testExact(value), matchesPart: (value) => re.test(value) };
  } catch {
    return null;
  }
}
