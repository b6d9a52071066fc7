/**
 * A quoted scalar whose continuation lines are indented no deeper than its key:
 *
 *     Value: 'Log in to the console, then
 *     click View'
 *
 * The YAML spec wants those lines indented further, and the yaml package stops the scalar at the line
 * break. PyYAML (so cfn-lint) and the YAML parser of CloudFormation's Java world read it as one folded
 * string, and AWS's own documentation has such templates. To read them the same way, the continuation
 * lines are padded with spaces (a flow scalar drops leading spaces when it folds lines, so the value
 * does not change) and offsets are mapped back to the original text.
 */

import { lineStart } from './common';
import { closingQuote, padded, spacesAt, type Padded } from './padding';

export type { Padded } from './padding';

/** The text with the continuation lines of each unclosed quoted scalar padded; undefined when none can be. */
export function padUnderIndentedQuotes(text: string, unclosedAt: readonly number[]): Padded | undefined {
  const insertions = new Map<number, number>();
  for (const offset of unclosedAt) {
    const opening = openingBefore(text, offset);
    if (opening === undefined) continue;
    const closing = closingQuote(text, opening);
    // The package may give up just past a closing quote alone on its line (column 0, as cfn-flip writes it).
    if (closing === undefined || closing + 1 < offset) continue;
    const needed = opening - lineStart(text, opening) + 1;
    for (let newline = text.indexOf('\n', opening); newline >= 0 && newline < closing; newline = text.indexOf('\n', newline + 1)) {
      const indent = spacesAt(text, newline + 1);
      if (indent < needed) insertions.set(newline + 1, needed - indent);
    }
  }
  return padded(text, insertions);
}

/** Lines searched back from where the yaml package gave up on a scalar, for the quote that opened it. */
const MAX_LINES_BACK = 200;

/** The quote that opened the scalar the yaml package gave up on at `offset`: the nearest line that leaves one open. */
function openingBefore(text: string, offset: number): number | undefined {
  let start = lineStart(text, offset);
  for (let lines = 0; lines < MAX_LINES_BACK; lines++) {
    const opening = openingQuote(text, start);
    if (opening !== undefined) return opening;
    if (start === 0) return undefined;
    start = lineStart(text, start - 1);
  }
  return undefined;
}

/** The quote that opens a scalar left unclosed on the line starting at `start`. */
function openingQuote(text: string, start: number): number | undefined {
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  for (let at = start; at < end; at++) {
    const char = text[at];
    const atTokenStart = at === start || ' [{,'.includes(text[at - 1]);
    if (char === '#' && atTokenStart) return undefined;
    if ((char === '"' || char === "'") && atTokenStart) {
      // A quote alone on its line closes the scalar of the lines above (cfn-flip writes them at column 0).
      if (text.slice(start, at).trim() === '' && text.slice(at + 1, end).trim() === '') return undefined;
      const closing = closingQuote(text, at);
      if (closing === undefined || closing > end) return at;
      at = closing;
    }
  }
  return undefined;
}
