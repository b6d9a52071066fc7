/**
 * Whether a template's text contains a word, remembered per template. A rule that can find something
 * only where a key or a function is written (`DependsOn`, `FindInMap`, `${`) names those words
 * (Rule.needsText), and analyze skips it on a text that has none of them: most templates have no
 * Conditions, Outputs or mappings, and a median template's lint is a fraction of a millisecond.
 */
import { memoized } from './memo';
import type { Template } from './template';

/** Whether the text contains at least one of the words, or may spell one in a way the text does not show. */
export function mentionsAnyOf(template: Template, words: readonly string[]): boolean {
  const known = memoized(template, textMentions);
  if (known.mayHideWords) return true;
  for (const word of words) {
    let found = known.words.get(word);
    if (found === undefined) known.words.set(word, (found = template.text.includes(word)));
    if (found) return true;
  }
  return false;
}

interface TextMentions {
  mayHideWords: boolean;
  words: Map<string, boolean>;
}

/**
 * An escape in a double-quoted YAML or a JSON string (`\u0041`, `\x41`, `\U…`) can spell any letter, and
 * a backslash before a line break in a double-quoted YAML string joins two lines into one word: in
 * such a text every rule runs.
 */
const WORD_HIDING_ESCAPE = /\\[uxU\r\n]/;

function textMentions(template: Template): TextMentions {
  return { mayHideWords: template.text.includes('\\') && WORD_HIDING_ESCAPE.test(template.text), words: new Map() };
}
