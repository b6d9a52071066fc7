/**
 * The characters any value a pattern matches is made of: for `^([a-z0-9][a-z0-9.-]*[a-z0-9])?$`,
 * a-z, 0-9, `.` and `-`. A text with another character can never match, whatever else it holds.
 * Known only for patterns whose every alternative is anchored at both ends and whose atoms are all
 * positive classes or characters (`.`, a negated class or a flag group makes it unknown);
 * lookarounds match no characters of their own and are left out.
 */
import { charsOf, type Ranges } from './charSets';
import { alternativesOf, itemsOf } from './regexSyntax';

/** Whether a character (one code point) may appear in a value the pattern matches. */
export type Alphabet = (character: string) => boolean;

export function patternAlphabet(pattern: string): Alphabet | undefined {
  const ranges: Ranges = [];
  for (const alternative of alternativesOf(pattern)) {
    const items = itemsOf(alternative);
    if (!items || items[0]?.kind !== 'start' || items.at(-1)?.kind !== 'end' || !collect(alternative, ranges)) return undefined;
  }
  return (character) => {
    const code = character.codePointAt(0)!;
    return ranges.some(([low, high]) => code >= low && code <= high);
  };
}

/** Adds the characters of the branch's atoms to `ranges`; false when one is not known. */
function collect(branch: string, ranges: Ranges): boolean {
  const items = itemsOf(branch);
  if (!items) return false;
  for (const item of items) {
    if (item.kind === 'flags') return false;
    if (item.kind === 'group' && !alternativesOf(item.body).every((alternative) => collect(alternative, ranges))) return false;
    if (item.kind !== 'atom') continue;
    const chars = charsOf(item.atom);
    if (!chars) return false;
    ranges.push(...chars);
  }
  return true;
}
