/**
 * `(?!S)A`, where S is a set of single characters, only forbids the next character: the lookahead and the
 * atom after it read the same character, so the pair is the atom's class without S
 * (`((?![:*$])[\x00-\x7F]){1,255}` is `[\x00-\x7F] without : * $`, 1 to 255 times). When the atom
 * may repeat no times, or is a group, the exclusion moves on to what the next character can be.
 */
import { charsOf, matchesNoneOf, membersOf, without, type Ranges } from './charSets';
import { alternativesOf, itemsOf, quantifierText, type Item } from './regexSyntax';

/** Longer rewritten text than this is not made. */
const MAX_REWRITTEN = 20_000;

/** The source with every such pair rewritten; the lookarounds it cannot rewrite are left as they are. */
export function withNextCharExclusions(source: string): string {
  // Under a flag (case folding, `.` taking newlines) an atom matches other characters than it is written with.
  if (/\(\?[a-zA-Z-]+[:)]/.test(source)) return source;
  return rewrittenAlternatives(source);
}

function rewrittenAlternatives(source: string): string {
  return alternativesOf(source).map(rewrittenSequence).join('|');
}

function rewrittenSequence(branch: string): string {
  const items = itemsOf(branch);
  return items ? rewrittenSuffixes(items)[0] : branch;
}

/** The rewritten text of each tail of the items (`[i]` from item i on), each worked out once. */
function rewrittenSuffixes(items: readonly Item[]): string[] {
  const suffixes: string[] = [];
  suffixes[items.length] = '';
  for (let index = items.length - 1; index >= 0; index--) suffixes[index] = rewrittenFrom(items, index, suffixes);
  return suffixes;
}

function rewrittenFrom(items: readonly Item[], index: number, suffixes: readonly string[]): string {
  const item = items[index];
  if (item.kind === 'group') return `${item.open}${rewrittenAlternatives(item.body)})${item.quantifier ? quantifierText(item.quantifier) : ''}${suffixes[index + 1]}`;
  const excluded = item.kind === 'look' && item.negative && !item.behind ? singleChars(item.body) : undefined;
  const rewritten = excluded && excluding(excluded, items, index + 1, suffixes);
  // Each optional character after the lookahead copies what follows it: a pattern made of many stays as written.
  return rewritten !== undefined && rewritten.length <= MAX_REWRITTEN ? rewritten : `${item.text}${suffixes[index + 1]}`;
}

/**
 * The characters a lookahead body matches when it matches exactly one, or starts with one that repeats
 * (`\d+` matches here exactly when `\d` does): `-`, `[:*$]`, `\*|\?`.
 */
function singleChars(body: string): Ranges | undefined {
  let chars: Ranges = [];
  for (const alternative of alternativesOf(body)) {
    const items = itemsOf(alternative);
    const only = items?.length === 1 ? items[0] : undefined;
    if (only?.kind !== 'atom' || (only.quantifier && (only.quantifier.min !== 1 || only.quantifier.max < 1))) return undefined;
    const found = charsOf(only.atom);
    if (!found) return undefined;
    chars = [...chars, ...found];
  }
  return chars.sort((a, b) => a[0] - b[0]);
}

/** The items from `from` on, rewritten so that their first character is none of the excluded; undefined when that is not known. */
function excluding(excluded: Ranges, items: readonly Item[], from: number, suffixes: readonly string[]): string | undefined {
  const first = items[from];
  if (first?.kind === 'group' && !first.quantifier) {
    const inGroup = excludingInGroup(excluded, first);
    return inGroup === undefined ? undefined : `${inGroup}${suffixes[from + 1]}`;
  }
  if (first?.kind !== 'atom') return undefined;
  const narrowed = atomWithout(first.atom, excluded);
  if (narrowed === undefined) return undefined;
  const { min, max } = first.quantifier ?? { min: 1, max: 1 };
  const more = max === 1 ? '' : `${first.atom}${quantifierText({ min: Math.max(min - 1, 0), max: max - 1 })}`;
  if (min >= 1) return `${narrowed}${more}${suffixes[from + 1]}`;
  // No repetition at all is also a way: then the next character is the one after.
  const skipped = excluding(excluded, items, from + 1, suffixes);
  return skipped === undefined ? undefined : `(?:${narrowed}${more}${suffixes[from + 1]}|${skipped})`;
}

/** `(?!S)(A|B)` is `((?!S)A|(?!S)B)`, each alternative rewritten; every one must start with a character. */
function excludingInGroup(excluded: Ranges, group: Extract<Item, { kind: 'group' }>): string | undefined {
  const alternatives: string[] = [];
  for (const alternative of alternativesOf(group.body)) {
    const items = itemsOf(alternative);
    const rewritten = items && excluding(excluded, items, 0, rewrittenSuffixes(items));
    if (rewritten === undefined) return undefined;
    alternatives.push(rewritten);
  }
  return `${group.open}${alternatives.join('|')})`;
}

/** The atom as a class without the excluded characters. */
function atomWithout(atom: string, excluded: Ranges): string | undefined {
  const members = membersOf(excluded);
  if (atom === '.') return `[^\\n${members}]`;
  if (atom.startsWith('[^')) return atom.startsWith('[^]') ? undefined : `[^${members}${atom.slice(2)}`;
  if (matchesNoneOf(atom, excluded)) return atom;
  const chars = charsOf(atom);
  const left = chars && without(chars, excluded);
  return left && left.length > 0 ? `[${membersOf(left)}]` : undefined;
}
