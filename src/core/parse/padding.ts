/** Padding lines of a YAML text with spaces, and the way back to offsets in the original. */

/** A text with spaces inserted at some line starts, and the way back to offsets in the original. */
export interface Padded {
  text: string;
  /** The offset in the original text of an offset in the padded one. */
  toOriginal(offset: number): number;
}

interface Insertion {
  /** Offset in the original text (a line start). */
  at: number;
  count: number;
}

/** The text with `count` spaces inserted at each line start `at` of `insertions`; undefined when there are none. */
export function padded(text: string, insertions: ReadonlyMap<number, number>): Padded | undefined {
  if (insertions.size === 0) return undefined;
  const sorted = [...insertions].map(([at, count]) => ({ at, count })).sort((a, b) => a.at - b.at);
  return { text: applied(text, sorted), toOriginal: (offset) => originalOffset(sorted, offset) };
}

function applied(text: string, insertions: Insertion[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const { at, count } of insertions) {
    parts.push(text.slice(from, at), ' '.repeat(count));
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Offsets inside inserted spaces map to the start of the line they pad. */
function originalOffset(insertions: Insertion[], paddedOffset: number): number {
  let shift = 0;
  for (const { at, count } of insertions) {
    if (paddedOffset < at + shift) break;
    if (paddedOffset < at + shift + count) return at;
    shift += count;
  }
  return paddedOffset - shift;
}

/** The offset of the quote that closes the scalar opened at `opening`. */
export function closingQuote(text: string, opening: number): number | undefined {
  const quote = text[opening];
  for (let at = opening + 1; at < text.length; at++) {
    const char = text[at];
    if (quote === '"' && char === '\\') at++;
    else if (char === quote) {
      if (quote === "'" && text[at + 1] === "'") at++;
      else return at;
    }
  }
  return undefined;
}

/** How many spaces stand at `from`. */
export function spacesAt(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 0x20) at++;
  return at - from;
}
