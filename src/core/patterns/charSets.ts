/**
 * The characters of a one-character atom (`[a-z0-9-]`, `\d`, `\.`, `x`) as code-point ranges, and a
 * class that is one atom without some characters: RE2 has no class subtraction, so `(?![:*$])[\x00-\x7F]`
 * is written as the ranges that remain.
 */
import { RE2JS } from 're2js';

/** Sorted, disjoint, inclusive code-point ranges. */
export type Ranges = Array<[number, number]>;

const PERL_CLASSES: Record<string, Ranges> = {
  d: [[0x30, 0x39]],
  w: [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]],
  s: [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]],
};
const CONTROL_ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b };
/** More characters than this are not tested one by one. */
const MAX_LISTED = 256;

/**
 * The characters a positive one-character atom matches; undefined for a negated class, `.`, `\p{…}`,
 * `[:alpha:]` and anything else this reading does not know, or when RE2 reads the atom otherwise.
 */
export function charsOf(atom: string): Ranges | undefined {
  const ranges = atom.startsWith('[') ? classChars(atom) : memberChars(atom, 0)?.chars;
  return ranges && agreesWithRe2(atom, ranges) ? ranges : undefined;
}

function classChars(atom: string): Ranges | undefined {
  if (atom.startsWith('[^')) return undefined;
  const chars: Ranges = [];
  for (let at = 1; at < atom.length - 1; ) {
    const member = memberChars(atom, at);
    if (!member) return undefined;
    at = member.end;
    if (atom[at] === '-' && at + 1 < atom.length - 1) {
      const last = memberChars(atom, at + 1);
      if (!last || !isPoint(member.chars) || !isPoint(last.chars)) return undefined;
      chars.push([member.chars[0][0], last.chars[0][0]]);
      at = last.end;
    } else chars.push(...member.chars);
  }
  return normalized(chars);
}

const isPoint = (chars: Ranges) => chars.length === 1 && chars[0][0] === chars[0][1];

/** One member of a class, or a whole atom outside one: a character, an escaped character or `\d`, `\w`, `\s`. */
function memberChars(source: string, at: number): { chars: Ranges; end: number } | undefined {
  if (source[at] !== '\\') {
    const code = source.codePointAt(at)!;
    if (source[at] === '[' || (at === 0 && '.^$'.includes(source[at]))) return undefined;
    return { chars: [[code, code]], end: at + String.fromCodePoint(code).length };
  }
  const next = source[at + 1];
  const hex = /^\\x(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{2}))/.exec(source.slice(at, at + 10));
  if (hex) {
    const code = parseInt(hex[1] ?? hex[2], 16);
    return { chars: [[code, code]], end: at + hex[0].length };
  }
  if (PERL_CLASSES[next]) return { chars: PERL_CLASSES[next], end: at + 2 };
  if (CONTROL_ESCAPES[next] !== undefined) return { chars: [[CONTROL_ESCAPES[next], CONTROL_ESCAPES[next]]], end: at + 2 };
  if (next === undefined || /[A-Za-z0-9]/.test(next)) return undefined;
  const code = source.codePointAt(at + 1)!;
  return { chars: [[code, code]], end: at + 1 + String.fromCodePoint(code).length };
}

function normalized(chars: Ranges): Ranges {
  const sorted = [...chars].sort((a, b) => a[0] - b[0]);
  const merged: Ranges = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** RE2 matches each range's ends and not the characters just outside: a check on this reading of the class. */
function agreesWithRe2(atom: string, ranges: Ranges): boolean {
  const re = compiledAtom(atom);
  if (!re) return false;
  const inside = (code: number) => ranges.some(([from, to]) => code >= from && code <= to);
  const probes = ranges.flatMap(([from, to]) => [from - 1, from, to, to + 1]).filter((code) => code >= 0 && code <= 0x10ffff);
  return probes.every((code) => re.testExact(String.fromCodePoint(code)) === inside(code));
}

/** The ranges without the excluded ones. */
export function without(chars: Ranges, excluded: Ranges): Ranges {
  let left = chars;
  for (const [from, to] of excluded) {
    left = left.flatMap(([start, end]): Ranges => {
      if (to < start || from > end) return [[start, end]];
      const kept: Ranges = [];
      if (start < from) kept.push([start, from - 1]);
      if (end > to) kept.push([to + 1, end]);
      return kept;
    });
  }
  return left;
}

/** The ranges as class members RE2 reads (`\x{41}-\x{5A}`). */
export function membersOf(chars: Ranges): string {
  const hex = (code: number) => `\\x{${code.toString(16).toUpperCase()}}`;
  return chars.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
}

/** Whether RE2 matches none of the characters with the atom (so it needs no subtraction). */
export function matchesNoneOf(atom: string, chars: Ranges): boolean {
  const count = chars.reduce((sum, [from, to]) => sum + to - from + 1, 0);
  const re = compiledAtom(atom);
  if (count > MAX_LISTED || !re) return false;
  return chars.every(([from, to]) => {
    for (let code = from; code <= to; code++) if (re.testExact(String.fromCodePoint(code))) return false;
    return true;
  });
}

function compiledAtom(atom: string): RE2JS | undefined {
  try {
    return RE2JS.compile(`^(?:${atom})$`);
  } catch {
    return undefined;
  }
}
