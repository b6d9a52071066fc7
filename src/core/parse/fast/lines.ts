/** A line with content: not blank, not only a comment. */
export interface ContentLine {
  start: number;
  indent: number;
  /** Offset of its first character that is not a space. */
  content: number;
}

/** A blank or comment-only line between content lines. */
export interface TriviaLine {
  /** After its line break. */
  end: number;
  comment: boolean;
  indent: number;
}

export interface LinesAhead {
  trivia: TriviaLine[];
  next: ContentLine | null;
}

/** The blank and comment lines from the line starting at `from`, and the content line after them. */
export function scanLines(text: string, from: number): LinesAhead {
  const trivia: TriviaLine[] = [];
  let lineStart = from;
  while (lineStart < text.length) {
    let indent = 0;
    // Reads stay inside the text: one past its end would send V8's optimized code back to the interpreter.
    while (lineStart + indent < text.length && text.charCodeAt(lineStart + indent) === 0x20) indent++;
    const content = lineStart + indent;
    const char = content < text.length ? text[content] : '\n';
    const newline = text.indexOf('\n', content);
    const end = newline < 0 ? text.length : newline + 1;
    if (char === '\n') trivia.push({ end, comment: false, indent });
    else if (char === '#') trivia.push({ end, comment: true, indent });
    else return { trivia, next: { start: lineStart, indent, content } };
    lineStart = end;
  }
  return { trivia, next: null };
}

/** Whether the line holds a block sequence item (`- x` or a lone `-`). */
export function isDashLine(text: string, line: ContentLine): boolean {
  return text[line.content] === '-' && endsToken(text, line.content + 1);
}

/** Whether a token ends at `at`: a space, a line break or the end of the text follows. */
export function endsToken(text: string, at: number): boolean {
  return at >= text.length || text[at] === ' ' || text[at] === '\n';
}

/** After the line break of the line holding `at`. */
export function nextLineStart(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline + 1;
}
