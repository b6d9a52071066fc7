/**
 * Whether a template's text contains a word, remembered per template. A rule that can find something
 * only where a key or a function is written (`DependsOn`, `FindInMap`, `${`) names those words
 * (Rule.needsText), and analyze skips it on a text that has none of them: most templates have no
 * Conditions, Outputs or mappings, and a median template's lint is a fraction of a millisecond.
 */
import { memoized } from './memo';
import type { Template } from './template';

/** The template's answers: whether its text contains at least one of some words (or may spell one it does not show). */
export function textMentions(template: Template): TextMentions {
  return memoized(template, newTextMentions);
}

export class TextMentions {
  private readonly found = new Map<string, boolean>();
  private readonly mayHideWords: boolean;

  constructor(private readonly text: string) {
    this.mayHideWords = text.includes('\\') && WORD_HIDING_ESCAPE.test(text);
  }

  anyOf(words: readonly string[]): boolean {
    if (this.mayHideWords) return true;
    for (const word of words) {
      let found = this.found.get(word);
      if (found === undefined) this.found.set(word, (found = this.text.includes(word)));
      if (found) return true;
    }
    return false;
  }
}

/**
 * An escape in a double-quoted YAML or a JSON string (`\u0041`, `\x41`, `\U…`) can spell any letter, and
 * a backslash before a line break in a double-quoted YAML string joins two lines into one word: in
 * such a text every rule runs.
 */
const WORD_HIDING_ESCAPE = /\\[uxU\r\n]/;

function newTextMentions(template: Template): TextMentions {
  return new TextMentions(template.text);
}
