/** Text inserted into a YAML text (spaces at line starts, quotes around a scalar), and the way back to offsets in the original. */

/** A text with insertions, and the way back to offsets in the original. */
export interface Padded {
  text: string;
  /** The offset in the original text of an offset in the padded one. */
  toOriginal(offset: number): number;
}

interface Insertion {
  /** Offset in the original text. */
  at: number;
  inserted: string;
}

/** The text with `count` spaces inserted at each line start `at` of `insertions`; undefined when there are none. */
export function padded(text: string, insertions: ReadonlyMap<number, number>): Padded | undefined {
  return withInsertions(text, new Map([...insertions].map(([at, count]) => [at, ' '.repeat(count)])));
}

/** The text with each string of `insertions` inserted before its offset; undefined when there are none. */
export function withInsertions(text: string, insertions: ReadonlyMap<number, string>): Padded | undefined {
  if (insertions.size === 0) return undefined;
  const sorted = [...insertions].map(([at, inserted]) => ({ at, inserted })).sort((a, b) => a.at - b.at);
  return { text: applied(text, sorted), toOriginal: originalOffsets(sorted) };
}

function applied(text: string, insertions: Insertion[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const { at, inserted } of insertions) {
    parts.push(text.slice(from, at), inserted);
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Offsets in the changed text back to the original; offsets inside inserted text map to the offset it
 * was inserted at. A binary search, since a text may have thousands of insertions and spans.
 */
function originalOffsets(insertions: Insertion[]): (offset: number) => number {
  // Where each insertion starts in the changed text, and the characters inserted before it.
  const starts: number[] = [];
  const shiftsBefore: number[] = [];
  let shift = 0;
  for (const { at, inserted } of insertions) {
    starts.push(at + shift);
    shiftsBefore.push(shift);
    shift += inserted.length;
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle] <= offset) {
        last = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (last < 0) return offset;
    const { at, inserted } = insertions[last];
    return offset < starts[last] + inserted.length ? at : offset - shiftsBefore[last] - inserted.length;
  };
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
