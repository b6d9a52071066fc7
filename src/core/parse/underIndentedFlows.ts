/**
 * A flow collection in a block mapping whose later lines are indented no deeper than its key:
 *
 *     KeyPolicy: {
 *       "Version": "2012-10-17",
 *     ...
 *     }
 *
 * The YAML spec wants those lines indented further, and the yaml package reports the collection and
 * every token after it. PyYAML (so cfn-lint) and the YAML parser of CloudFormation's Java world ignore
 * indentation inside a flow collection, and AWS's samples have such templates. To read them the same
 * way, those lines are padded with spaces (spaces between flow tokens change nothing) and offsets are
 * mapped back to the original text.
 */
import { closingQuote, padded, spacesAt, type Padded } from './padding';

/**
 * A `key: {` or `key: [` (or `- key: {`, `key: !Join [`, or a sequence entry `- !Join [`) opening a flow
 * collection that goes on to later lines: 1 the indentation, 2 the entry's dash, 3 the key.
 */
const FLOW_OPENING = /^( *)(- +)?(?:([^\s#'"{[!][^#\n]*?:|"[^"\n]*" *:|'[^'\n]*' *:) +)?(?:![^\s[{]+ +)?([[{])/gm;

/** The text with the under-indented lines of every multi-line flow collection padded; undefined when none are. */
export function padUnderIndentedFlows(text: string): Padded | undefined {
  const insertions = new Map<number, number>();
  // Only the outermost collections: indentation inside a flow collection matters to no reader, and
  // skipping nested ones reads each character once.
  let coveredUntil = -1;
  for (const match of text.matchAll(FLOW_OPENING)) {
    // A flow collection on a line of its own is no block entry of ours.
    if (match.index < coveredUntil || (match[2] === undefined && match[3] === undefined)) continue;
    const opening = match.index + match[0].length - 1;
    const closing = closingBracket(text, opening);
    if (closing === undefined) break;
    coveredUntil = closing;
    // Deeper than the key (the column the block mapping holding it starts at), or than the entry's dash.
    const needed = match[1].length + (match[3] !== undefined ? (match[2]?.length ?? 0) : 0) + 1;
    for (let newline = text.indexOf('\n', opening); newline >= 0 && newline < closing; newline = text.indexOf('\n', newline + 1)) {
      const indent = spacesAt(text, newline + 1);
      const blank = text[newline + 1 + indent] === '\n';
      if (!blank && indent < needed) insertions.set(newline + 1, needed - indent);
    }
  }
  return padded(text, insertions);
}

/** The bracket closing the flow collection opened at `opening`, skipping quoted scalars and comments. */
function closingBracket(text: string, opening: number): number | undefined {
  let depth = 0;
  for (let at = opening; at < text.length; at++) {
    const char = text[at];
    if (char === '"' || char === "'") {
      const end = closingQuote(text, at);
      if (end === undefined) return undefined;
      at = end;
    } else if (char === '#' && /\s/.test(text[at - 1])) {
      const newline = text.indexOf('\n', at);
      if (newline < 0) return undefined;
      at = newline;
    } else if (char === '{' || char === '[') depth++;
    else if ((char === '}' || char === ']') && --depth === 0) return at;
  }
  return undefined;
}
