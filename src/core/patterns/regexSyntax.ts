/**
 * Regular-expression source read as a sequence of items (top-level alternatives, groups, one-character
 * atoms, anchors, lookarounds, quantifiers), in the syntax RE2 and the registry schemas share: enough
 * to take lookaround out of a pattern (lookaround.ts) without running it.
 */

export interface Quantifier {
  min: number;
  /** Infinity when unbounded. */
  max: number;
}

/** Each item keeps its exact source, quantifier included, so that joining the texts gives the source back. */
export type Item =
  | { kind: 'start' | 'end' | 'assertion' | 'flags'; text: string }
  | { kind: 'look'; negative: boolean; behind: boolean; body: string; text: string }
  | { kind: 'group'; open: string; body: string; text: string; quantifier?: Quantifier }
  | { kind: 'atom'; atom: string; text: string; quantifier?: Quantifier };

const LOOKS: Record<string, { negative: boolean; behind: boolean }> = {
  '(?=': { negative: false, behind: false },
  '(?!': { negative: true, behind: false },
  '(?<=': { negative: false, behind: true },
  '(?<!': { negative: true, behind: true },
};

export const LOOKAROUND = /\(\?<?[=!]/;

/** The source's top-level alternatives (one when it has no top-level `|`). */
export function alternativesOf(source: string): string[] {
  const alternatives: string[] = [];
  let from = 0;
  for (let at = 0; at < source.length; at = skipOne(source, at)) {
    if (source[at] === '|') {
      alternatives.push(source.slice(from, at));
      from = at + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/** The index after the character, escape, class or group starting at `at` (past the end when unclosed). */
function skipOne(source: string, at: number): number {
  if (source[at] === '\\') return at + escapeLength(source, at);
  if (source[at] === '[') return (classEnd(source, at) ?? source.length) + 1;
  if (source[at] === '(') return (groupEnd(source, at) ?? source.length) + 1;
  return at + 1;
}

/** The index of the parenthesis closing the group opened at `open`, skipping escapes and character classes. */
export function groupEnd(source: string, open: number): number | undefined {
  let depth = 0;
  for (let at = open; at < source.length; ) {
    const char = source[at];
    if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
    at = char === '(' || char === ')' ? at + 1 : skipOne(source, at);
  }
  return undefined;
}

/** The index of the `]` closing the class opened at `open`: a `]` first in the class is a member, as RE2 reads it. */
export function classEnd(source: string, open: number): number | undefined {
  let at = open + 1;
  if (source[at] === '^') at++;
  if (source[at] === ']') at++;
  for (; at < source.length; at++) {
    if (source[at] === '\\') at += escapeLength(source, at) - 1;
    else if (source.startsWith('[:', at)) at = source.indexOf(':]', at + 2) + 1 || source.length;
    else if (source[at] === ']') return at;
  }
  return undefined;
}

/** Characters in the escape at `at` (`\x{1F600}`, `\xFF`, `\uFFFF`, `\p{L}`, `\pL`, `\.`). */
export function escapeLength(source: string, at: number): number {
  const next = source[at + 1];
  const braced = /^[xpP]\{[^}]*\}/.exec(source.slice(at + 1, at + 40));
  if (braced) return 1 + braced[0].length;
  if (next === 'x') return 4;
  if (next === 'u') return 6;
  if (next === 'p' || next === 'P') return 3;
  return next === undefined ? 1 : 1 + String.fromCodePoint(source.codePointAt(at + 1)!).length;
}

/** The items of one alternative, or undefined when it holds what this reading does not know (back-references, unclosed groups). */
export function itemsOf(branch: string): Item[] | undefined {
  const items: Item[] = [];
  for (let at = 0; at < branch.length; ) {
    const read = readItem(branch, at);
    if (!read) return undefined;
    const quantified = readQuantifier(branch, read.end);
    const item = quantified ? withQuantifier(read.item, quantified.quantifier, branch.slice(at, quantified.end)) : read.item;
    if (!item) return undefined;
    items.push(item);
    at = quantified?.end ?? read.end;
  }
  return items;
}

/** A repeated assertion is the assertion (JavaScript's and Java's reading); one that may be left out is refused. */
function withQuantifier(item: Item, quantifier: Quantifier, text: string): Item | undefined {
  if (item.kind === 'look') return quantifier.min >= 1 ? { ...item, text } : undefined;
  if (item.kind === 'atom' || item.kind === 'group') return { ...item, text, quantifier };
  return undefined;
}

function readItem(source: string, at: number): { item: Item; end: number } | undefined {
  const char = source[at];
  if (char === '^' || char === '$') return { item: { kind: char === '^' ? 'start' : 'end', text: char }, end: at + 1 };
  if (char === '(') return readGroup(source, at);
  if (char === '[') {
    const end = classEnd(source, at);
    return end === undefined ? undefined : atom(source.slice(at, end + 1), end + 1);
  }
  if (char === '\\') return readEscape(source, at);
  if ('*+?|)'.includes(char) || (char === '{' && readQuantifier(source, at))) return undefined;
  return atom(String.fromCodePoint(source.codePointAt(at)!), at + String.fromCodePoint(source.codePointAt(at)!).length);
}

function atom(text: string, end: number): { item: Item; end: number } {
  return { item: { kind: 'atom', atom: text, text }, end };
}

function readEscape(source: string, at: number): { item: Item; end: number } | undefined {
  const end = at + escapeLength(source, at);
  const text = source.slice(at, end);
  if (/^\\[1-9]$/.test(text)) return undefined;
  if (text === '\\A' || text === '\\z') return { item: { kind: text === '\\A' ? 'start' : 'end', text }, end };
  if (text === '\\b' || text === '\\B') return { item: { kind: 'assertion', text }, end };
  return atom(text, end);
}

function readGroup(source: string, at: number): { item: Item; end: number } | undefined {
  const close = groupEnd(source, at);
  if (close === undefined) return undefined;
  const text = source.slice(at, close + 1);
  const look = Object.keys(LOOKS).find((open) => text.startsWith(open));
  if (look) return { item: { kind: 'look', ...LOOKS[look], body: text.slice(look.length, -1), text }, end: close + 1 };
  if (/^\(\?[a-zA-Z-]+\)$/.test(text)) return { item: { kind: 'flags', text }, end: close + 1 };
  const open = /^\((?:\?(?:[a-zA-Z-]*:|P?<[A-Za-z_][A-Za-z0-9_]*>))?/.exec(text)![0];
  if (open === '(' && text.startsWith('(?')) return undefined;
  return { item: { kind: 'group', open, body: text.slice(open.length, -1), text }, end: close + 1 };
}

/** The quantifier at `at` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each perhaps lazy). */
function readQuantifier(source: string, at: number): { quantifier: Quantifier; end: number } | undefined {
  const match = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(at, at + 24));
  if (!match) return undefined;
  const symbol = match[1];
  const quantifier =
    symbol !== undefined
      ? { min: symbol === '+' ? 1 : 0, max: symbol === '?' ? 1 : Infinity }
      : { min: Number(match[2]), max: match[3] === undefined ? Number(match[2]) : match[4] === '' ? Infinity : Number(match[4]) };
  return { quantifier, end: at + match[0].length };
}

/** The quantifier written out, greedy (laziness changes which match is found, never whether one is). */
export function quantifierText({ min, max }: Quantifier): string {
  if (max === Infinity) return min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
  return min === max ? (min === 1 ? '' : `{${min}}`) : min === 0 && max === 1 ? '?' : `{${min},${max}}`;
}

/** The number of characters the items always match, or undefined when it varies. */
export function fixedWidth(items: readonly Item[]): number | undefined {
  let width = 0;
  for (const item of items) {
    const one = item.kind === 'atom' ? 1 : item.kind === 'group' ? sourceWidth(item.body) : 0;
    const quantifier = item.kind === 'atom' || item.kind === 'group' ? item.quantifier : undefined;
    if (one === undefined || (quantifier && quantifier.min !== quantifier.max && one !== 0)) return undefined;
    width += one * (quantifier?.min ?? 1);
  }
  return width;
}

function sourceWidth(source: string): number | undefined {
  const widths = alternativesOf(source).map((alternative) => {
    const items = itemsOf(alternative);
    return items && fixedWidth(items);
  });
  return widths.every((width) => width !== undefined && width === widths[0]) ? widths[0] : undefined;
}

/** Whether every alternative can only match at the start of the value (begins with `^`, after lookarounds). */
export function startsAnchored(source: string): boolean {
  return alternativesOf(source).every((alternative) => {
    const first = itemsOf(alternative)?.find((item) => item.kind !== 'look' && item.kind !== 'assertion');
    if (first?.kind === 'start') return true;
    return first?.kind === 'group' && (first.quantifier?.min ?? 1) >= 1 && startsAnchored(first.body);
  });
}
