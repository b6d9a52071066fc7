// Template text (a parameter's Description, names, values) shown inside our Markdown. Taken as Markdown,
// a template could put images that load from any server when the hover opens, links that look like
// ours, HTML or headings into the hover. So it is always shown as the plain text it is.

/** Every ASCII punctuation character: CommonMark lets a backslash make each one literal. */
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * `text` as Markdown that renders as exactly that text: punctuation escaped (no emphasis, links, images,
 * HTML, entities, headings, lists or bare-URL links), leading indentation dropped (no code blocks), line
 * breaks kept as hard breaks and blank lines as paragraph breaks.
 */
export function plainText(text: string): string {
  return text
    .split(/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)\s*/)
    .map((paragraph) =>
      paragraph
        .split(/\r\n?|\n/)
        .map((line) => line.trim().replace(MARKDOWN_PUNCTUATION, '\\$&'))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** `text` as a Markdown code span, whatever backticks it holds (the fence is longer than any run inside). */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
