import type { ScalarNode } from '../../model';
import { bail } from './bail';

export interface BlockScalarRead {
  node: ScalarNode;
  /** After the last line the yaml package counts as the scalar's (then the next line starts). */
  end: number;
}

interface Header {
  folded: boolean;
  chomp: '' | '-' | '+';
  /** The explicit indentation indicator (1–9), or 0 where the first content line sets it. */
  indent: number;
  /** Where the content lines start: after the header line's newline. */
  contentStart: number;
}

/**
 * A `|` or `>` block scalar at `start` whose parent collection is indented `parentIndent`: its
 * extent as the yaml package's lexer finds it and its value as its composer folds it. With an
 * explicit indentation indicator the content is indented that much deeper than the parent collection
 * (as `- |2` keeps leading spaces). Empty scalars and odd indentation are left to the yaml package.
 */
export function readBlockScalar(text: string, start: number, parentIndent: number): BlockScalarRead {
  const header = readHeader(text, start);
  // At the top level the yaml package's lexer and composer disagree on an indicator's indentation (1 + n against n).
  if (header.indent > 0 && parentIndent === 0) bail();
  const contentIndent = header.indent > 0 ? parentIndent + header.indent : firstContentIndent(text, header.contentStart);
  if (contentIndent <= parentIndent) return emptyKeptScalar(text, start, header);
  const end = contentEnd(text, header, contentIndent, parentIndent);
  const value = foldedValue(text.slice(header.contentStart, end), header, parentIndent);
  return { node: { kind: 'scalar', value, span: { start, end }, quoted: true }, end };
}

/** A `|+` with nothing but blank lines before the parent collection goes on (cfn-flip writes them): a line break per blank line. */
function emptyKeptScalar(text: string, start: number, header: Header): BlockScalarRead {
  if (header.chomp !== '+') bail();
  let end = header.contentStart;
  let breaks = 0;
  for (;;) {
    let at = end;
    while (text[at] === ' ') at++;
    if (text[at] !== '\n') break;
    breaks++;
    end = at + 1;
  }
  return { node: { kind: 'scalar', value: '\n'.repeat(breaks), span: { start, end }, quoted: true }, end };
}

function readHeader(text: string, start: number): Header {
  const folded = text[start] === '>';
  let at = start + 1;
  let chomp: Header['chomp'] = '';
  let indent = 0;
  // The chomping and indentation indicators, in either order.
  for (let i = 0; i < 2; i++) {
    if (!chomp && (text[at] === '-' || text[at] === '+')) chomp = text[at++] as Header['chomp'];
    else if (!indent && text[at] >= '1' && text[at] <= '9') indent = Number(text[at++]);
  }
  const afterIndicators = at;
  while (text[at] === ' ') at++;
  if (text[at] === '#' && at > afterIndicators) at = text.indexOf('\n', at);
  if (text[at] !== '\n') bail();
  return { folded, chomp, indent, contentStart: at + 1 };
}

/** Spaces before the first character of the first line that is not blank. */
function firstContentIndent(text: string, from: number): number {
  let indent = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === ' ') indent++;
    else if (char === '\n') indent = 0;
    else return indent;
  }
  return bail();
}

function contentEnd(text: string, header: Header, contentIndent: number, parentIndent: number): number {
  let lineStart = header.contentStart;
  let end = lineStart;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 0x20) indent++;
    const blank = lineStart + indent >= text.length || text[lineStart + indent] === '\n';
    if (!blank && indent < contentIndent) {
      if (indent > parentIndent) bail();
      break;
    }
    // Spaces ending the text without a line break belong to the scalar only when indented as deep as its content.
    if (newline < 0 && blank && indent < contentIndent) break;
    const kept = header.chomp === '+' || !blank || indent > contentIndent;
    lineStart = lineEnd;
    if (kept) end = lineEnd;
  }
  return end;
}

/** The composer's folding (yaml's resolve-block-scalar.js): an indicator fixes the indentation trimmed, else the first content line does. */
function foldedValue(source: string, header: Header, parentIndent: number): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0 && lines[i][1] === ''; --i) chompStart = i;
  if (chompStart === 0) bail();
  const explicit = header.indent > 0;
  let trimIndent = parentIndent + header.indent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      if (!explicit && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) bail();
      if (!explicit) trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = '';
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  value += header.folded ? foldLines(lines, contentStart, chompStart, trimIndent) : joinLines(lines, contentStart, chompStart, trimIndent);
  if (header.chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
    if (!value.endsWith('\n')) value += '\n';
  } else if (header.chomp === '') value += '\n';
  return value;
}

type Line = [indent: string, content: string];

function joinLines(lines: Line[], from: number, to: number, trimIndent: number): string {
  let value = '';
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) bail();
    value += (i > from ? '\n' : '') + indent.slice(trimIndent) + content;
  }
  return value;
}

function foldLines(lines: Line[], from: number, to: number, trimIndent: number): string {
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = from; i < to; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) bail();
    if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  return value;
}

/** Lines as `[indent, content]`, split like the yaml package does. */
function splitLines(source: string): Line[] {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const leading = /^( *)/.exec(first)?.[1] ?? '';
  const lines: Line[] = [[leading, first.slice(leading.length)]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}
