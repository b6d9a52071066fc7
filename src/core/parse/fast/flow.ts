import type { Finding } from '../../findings';
import type { MapEntry, MapNode, ScalarNode, SeqNode, TemplateNode } from '../../model';
import { checkDuplicateKeys, MAX_DEPTH } from '../common';
import { bail } from './bail';
import { doubleQuotedValue, plainKey, plainValue, singleQuotedValue } from './scalars';
import { tagged, tagAt } from './tags';

export interface FlowRead {
  node: TemplateNode;
  /** Just after the node. */
  end: number;
}

/**
 * Flow collections (`[a, b]`, `{Ref: X}`) and the scalars inside them, as the yaml package reads
 * them. Comments, empty entries, pairs without a plain key inside sequences and multi-line keys are left to it.
 */
export class FlowReader {
  constructor(
    private readonly text: string,
    private readonly findings: Finding[],
  ) {}

  /** Indentation of the block collection holding the flow node being read: its lines must be deeper. */
  private blockIndent = 0;

  readCollection(open: number, depth: number, blockIndent = this.blockIndent): FlowRead {
    if (depth > MAX_DEPTH) bail();
    this.blockIndent = blockIndent;
    return this.text[open] === '[' ? this.readSeq(open, depth) : this.readMap(open, depth);
  }

  private readSeq(open: number, depth: number): FlowRead {
    const items: TemplateNode[] = [];
    let at = this.skipSpace(open + 1);
    while (this.text[at] !== ']') {
      const item = this.startsPair(at) ? this.readPair(at, depth + 1) : this.readValue(at, depth + 1);
      items.push(item.node);
      at = this.afterItem(item.end, ']');
    }
    const node: SeqNode = { kind: 'seq', items, span: { start: open, end: at + 1 } };
    return { node, end: at + 1 };
  }

  private readMap(open: number, depth: number): FlowRead {
    const entries: MapEntry[] = [];
    let at = this.skipSpace(open + 1);
    while (this.text[at] !== '}') {
      const key = this.readKey(at);
      const valueStart = this.skipSpace(key.end + 1);
      const value = this.readValue(valueStart, depth + 1);
      entries.push({ key: key.node, value: value.node, span: { start: key.node.span.start, end: value.node.span.end } });
      at = this.afterItem(value.end, '}');
    }
    const node: MapNode = { kind: 'map', entries, span: { start: open, end: at + 1 } };
    checkDuplicateKeys(node, this.findings);
    return { node, end: at + 1 };
  }

  /** `[0, !GetAZs ]`: a tag with no value before the item ends is the empty string, placed where the item ends. */
  private emptyAfterTag(tagEnd: number): ScalarNode | undefined {
    let at = tagEnd;
    while (this.text[at] === ' ') at++;
    const char = this.text[at];
    if (char !== ',' && char !== ']' && char !== '}') return undefined;
    return { kind: 'scalar', value: '', span: { start: at, end: at }, quoted: false };
  }

  /** A plain key and its `:` at a sequence item: `[0, Fn::GetAZs: !Ref AWS::Region]` has a one-pair map there. */
  private startsPair(at: number): boolean {
    if ('"\'[{!'.includes(this.text[at])) return false;
    this.checkPlainStart(at);
    const end = this.plainEnd(at);
    return end > at && this.text[end] === ':';
  }

  /** The one-pair map of a `key: value` sequence item, spanning the key to the value as the yaml package does. */
  private readPair(at: number, depth: number): FlowRead {
    const key = this.readKey(at);
    const valueStart = this.skipSpace(key.end + 1);
    if (this.text[valueStart] === ',' || this.text[valueStart] === ']') bail();
    const value = this.readValue(valueStart, depth + 1);
    const span = { start: key.node.span.start, end: value.node.span.end };
    const node: MapNode = { kind: 'map', entries: [{ key: key.node, value: value.node, span }], span: { ...span } };
    return { node, end: value.end };
  }

  /** After an item: past the comma to the next item, or at the closing bracket. */
  private afterItem(itemEnd: number, close: string): number {
    const at = this.skipSpace(itemEnd);
    if (this.text[at] === close) return at;
    if (this.text[at] !== ',') bail();
    const next = this.skipSpace(at + 1);
    if (this.text[next] === ',' || this.text[next] === close) bail();
    return next;
  }

  /** A key and the position of its `:`. */
  private readKey(at: number): { node: ScalarNode & { value: string }; end: number } {
    const char = this.text[at];
    if (char === '"' || char === "'") {
      const quoted = this.readQuoted(at);
      // `{ "Ref" : "X" }`: spaces may stand before the colon of a quoted key.
      let colon = quoted.end;
      while (this.text[colon] === ' ') colon++;
      if (this.text[colon] !== ':') bail();
      return { node: quoted.node as ScalarNode & { value: string }, end: colon };
    }
    this.checkPlainStart(at);
    const end = this.plainEnd(at);
    if (end === at || this.text[end] !== ':') bail();
    const source = this.text.slice(at, end);
    const node = { kind: 'scalar' as const, value: plainKey(source), span: { start: at, end }, quoted: false };
    return { node, end };
  }

  /** `verbatim`: a short-form tag precedes the value, and the yaml package keeps a tagged plain scalar's text. */
  readValue(at: number, depth: number, verbatim = false): FlowRead {
    const char = this.text[at];
    if (char === '[' || char === '{') return this.readCollection(at, depth);
    if (char === '"' || char === "'") return this.readQuoted(at);
    if (char === '!') {
      const tag = tagAt(this.text, at);
      const empty = this.emptyAfterTag(tag.end);
      if (empty) return { node: tagged(tag, empty), end: empty.span.end };
      const valueStart = tag.end + 1;
      if (this.text[tag.end] !== ' ' || /[\s,\]}!]/.test(this.text[valueStart] ?? '')) bail();
      const value = this.readValue(valueStart, depth, true);
      return { node: tagged(tag, value.node), end: value.end };
    }
    this.checkPlainStart(at);
    let end = this.plainEnd(at);
    if (end === at || this.text[end] === ':') bail();
    let source = this.text.slice(at, end);
    for (let line = this.continuationLine(end); line; line = this.continuationLine(end)) {
      if (verbatim) bail();
      end = this.plainEnd(line.start);
      if (end === line.start || this.text[end] === ':') bail();
      source += (line.blankLines > 0 ? '\n'.repeat(line.blankLines) : ' ') + this.text.slice(line.start, end);
    }
    return { node: { kind: 'scalar', value: verbatim ? source : plainValue(source), span: { start: at, end }, quoted: false }, end };
  }

  /**
   * Where a plain scalar ending at `end` goes on, on a later line (lines fold into one space, each blank
   * line between into a line break); undefined where it ends. Lines starting with an indicator are left to
   * the yaml package, and lines not deeper than the block to skipSpace, which leaves them to it too.
   */
  private continuationLine(end: number): { start: number; blankLines: number } | undefined {
    let at = end;
    while (this.text[at] === ' ') at++;
    if (this.text[at] !== '\n') return undefined;
    let blankLines = -1;
    let indent = 0;
    while (this.text[at] === '\n') {
      blankLines++;
      indent = 0;
      while (this.text[at + 1 + indent] === ' ') indent++;
      at += 1 + indent;
    }
    const char = this.text[at];
    if (at >= this.text.length || indent <= this.blockIndent || char === ',' || char === ']' || char === '}' || char === '#') return undefined;
    if ('-?:[{&*!|>\'"%@`'.includes(char)) bail();
    return { start: at, blankLines };
  }

  /** A quoted scalar; lines after its first must be indented deeper than `blockIndent`. */
  readQuoted(at: number, blockIndent = this.blockIndent): FlowRead {
    const quote = this.text[at];
    let close = at + 1;
    for (;;) {
      close = this.text.indexOf(quote, close);
      if (close < 0) bail();
      if (quote === "'" && this.text[close + 1] === "'") close += 2;
      else if (quote === '"' && isEscaped(this.text, close)) close += 1;
      else break;
    }
    const inside = this.text.slice(at + 1, close);
    const folded = inside.includes('\n') ? foldQuotedLines(inside, quote, blockIndent) : inside;
    const value = quote === '"' ? doubleQuotedValue(folded) : singleQuotedValue(folded);
    return { node: { kind: 'scalar', value, span: { start: at, end: close + 1 }, quoted: true }, end: close + 1 };
  }

  /** Plain scalars start with no indicator (`-` only before a character that can follow it). */
  private checkPlainStart(at: number): void {
    const char = this.text[at];
    if (',[]{}#&*!|>\'"%@`?:'.includes(char)) bail();
    if (char === '-' && /[\s,[\]{}]/.test(this.text[at + 1] ?? ' ')) bail();
  }

  /** End of a plain scalar in flow context (trailing spaces excluded); it stops at a line break. */
  private plainEnd(at: number): number {
    let end = at;
    for (let i = at; i < this.text.length; i++) {
      const char = this.text[i];
      if (char === '\n' || char === ',' || char === '[' || char === ']' || char === '{' || char === '}') break;
      if (char === ':' && /[\s,[\]{}]/.test(this.text[i + 1] ?? ' ')) break;
      if (char === '#' && this.text[i - 1] === ' ') bail();
      if (char !== ' ') end = i + 1;
    }
    return end;
  }

  /** Past spaces and line breaks (comments inside flow collections are left to the yaml package). */
  private skipSpace(at: number): number {
    while (at < this.text.length) {
      const char = this.text[at];
      if (char === '#') bail();
      if (char === '\n') {
        let indent = 0;
        while (this.text[at + 1 + indent] === ' ') indent++;
        if (indent <= this.blockIndent && this.text[at + 1 + indent] !== '\n') bail();
      } else if (char !== ' ') return at;
      at++;
    }
    return bail();
  }
}

/**
 * A quoted scalar's lines folded as YAML does: one line break is a space, each blank line a line break.
 * In double quotes a `\` ending a line escapes its break: the lines join with nothing between.
 */
function foldQuotedLines(inside: string, quote: string, blockIndent: number): string {
  const lines = inside.split('\n');
  let folded = '';
  let breaks = 0;
  let escapedBreak = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const last = i === lines.length - 1;
    const content = i === 0 ? line.replace(/ +$/, '') : last ? line.trimStart() : line.trim();
    if (i > 0) {
      if (content === '' && !last) {
        // Blank lines after an escaped break are left to the yaml package.
        if (escapedBreak) bail();
        breaks++;
        continue;
      }
      // A line not indented deeper than the block holding the scalar (its closing quote too) ends it in error.
      if (line.length - line.trimStart().length <= blockIndent) bail();
      folded += escapedBreak ? '' : breaks > 0 ? '\n'.repeat(breaks) : ' ';
    }
    breaks = 0;
    escapedBreak = !last && quote === '"' && line.endsWith('\\') && isEscaped(line + '"', line.length);
    if (escapedBreak) {
      folded += (i === 0 ? line : line.trimStart()).slice(0, -1);
      continue;
    }
    // An escaped space or tab before the break (`\ ` then spaces): left to the yaml package.
    if (!last && quote === '"' && isEscaped(content + '"', content.length)) bail();
    folded += content;
  }
  return folded;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}
