import type { Finding } from '../../findings';
import type { MapEntry, MapNode, ScalarNode, SeqNode, TemplateNode } from '../../model';
import { checkDuplicateKeys, MAX_DEPTH } from '../common';
import { bail } from './bail';
import { readBlockScalar } from './blockScalar';
import { FlowReader } from './flow';
import { endsToken, isDashLine, nextLineStart, scanLines, type ContentLine, type TriviaLine } from './lines';
import { plainKey, plainValue } from './scalars';
import { tagAt, tagged } from './tags';

/** A node and where the yaml package ends it with what follows it (its `range[2]`). */
interface Read {
  node: TemplateNode;
  end: number;
  /** No value was written (`Key:`, a lone `-`, a tag with nothing after it). */
  empty?: boolean;
}

type Context = 'map' | 'seq';

/** What precedes a value: a tag (then a plain value keeps its text), comment lines before its sequence item. */
interface Below {
  tagged?: boolean;
  commentsBefore?: boolean;
}

const NOT_PLAIN_START = ',[]{}#&*!|>\'"%@`';

/**
 * Block structure (maps, sequences and their values) read line by line. Besides values it tracks
 * where the yaml package ends each collection, which depends on the comment lines after it: a
 * comment indented deeper than the collection right after a value stretches that value; other
 * comment lines stay with the innermost collection only if one of them is indented at least as
 * deep as it, else they move out to its parent (yaml's parser.js, `atIndentedComment` and `pop`).
 */
export class BlockReader {
  /** The next content line not yet read, once a value has been read. */
  private next: ContentLine | null = null;
  /** Blank and comment lines before `next` that no value took. */
  private leftover: TriviaLine[] = [];
  private readonly flow: FlowReader;

  constructor(
    private readonly text: string,
    private readonly findings: Finding[],
  ) {
    this.flow = new FlowReader(text, findings);
  }

  /** The document's root map, at the indentation of its first key. */
  readDocument(): TemplateNode {
    let { next } = scanLines(this.text, 0);
    if (next && this.text.startsWith('---', next.content) && next.indent === 0 && endsToken(this.text, 3 + next.content)) {
      const afterMarker = this.skipSpaces(next.content + 3);
      if (this.text[afterMarker] !== '\n' && this.text[afterMarker] !== '#' && afterMarker < this.text.length) bail();
      next = scanLines(this.text, nextLineStart(this.text, next.content)).next;
    }
    if (!next) bail();
    const root = this.readMap(next.indent, next.content, 0);
    if (this.next) bail();
    return root.node;
  }

  private readMap(indent: number, firstKey: number, depth: number): Read {
    if (depth > MAX_DEPTH - 10) bail();
    const entries: MapEntry[] = [];
    let keyAt = firstKey;
    let end: number;
    for (;;) {
      const key = this.readKey(keyAt);
      const value = this.readValue(key.colon + 1, indent, 'map', depth + 1);
      const entryEnd = Math.max(value.node.span.end, key.node.span.end);
      entries.push({ key: key.node, value: value.node, span: { start: key.node.span.start, end: entryEnd } });
      end = value.end;
      const next = this.next;
      if (next && next.indent === indent && !isDashLine(this.text, next)) {
        this.leftover = [];
        keyAt = next.content;
        continue;
      }
      if (next && next.indent >= indent) bail();
      break;
    }
    const map: MapNode = { kind: 'map', entries, span: { start: firstKey, end } };
    checkDuplicateKeys(map, this.findings);
    return { node: map, end: this.closeCollection(indent, end) };
  }

  private readSeq(indent: number, firstDash: number, depth: number): Read {
    if (depth > MAX_DEPTH - 10) bail();
    const items: TemplateNode[] = [];
    let dash = firstDash;
    let commentsBefore = false;
    let end: number;
    for (;;) {
      const item = this.readSeqItem(dash, indent, depth + 1, commentsBefore);
      items.push(item.node);
      end = item.end;
      const next = this.next;
      if (next && next.indent === indent && isDashLine(this.text, next)) {
        // Comment lines after an empty item stay with it; after an item with a value, they go to the next.
        commentsBefore = !item.empty && this.leftover.some((line) => line.comment);
        this.leftover = [];
        dash = next.content;
        continue;
      }
      if (next && next.indent > indent) bail();
      break;
    }
    const seq: SeqNode = { kind: 'seq', items, span: { start: firstDash, end } };
    return { node: seq, end: this.closeCollection(indent, end) };
  }

  /** Where a collection ends once its last item is read: its last item's end, or past comments it keeps. */
  private closeCollection(indent: number, lastItemEnd: number): number {
    const keeps = indent > 0 && this.leftover.some((line) => line.comment && line.indent >= indent);
    if (!keeps) return lastItemEnd;
    const end = this.next ? this.next.content : this.leftover[this.leftover.length - 1].end;
    this.leftover = [];
    return end;
  }

  /** `commentsBefore`: comment lines precede the item, and the yaml package then ends an empty item differently. */
  private readSeqItem(dash: number, indent: number, depth: number, commentsBefore: boolean): Read {
    const at = this.skipSpaces(dash + 1);
    const char = this.text[at];
    if (at >= this.text.length || char === '\n' || char === '#') return this.readValueBelow(at, indent, 'seq', depth, { commentsBefore });
    const column = at - (dash - indent);
    if (char === '-' && endsToken(this.text, at + 1)) return this.readSeq(column, at, depth);
    if (this.keyColon(at) >= 0) return this.readMap(column, at, depth);
    return this.readValue(at, indent, 'seq', depth, { commentsBefore });
  }

  /** The value after a `key:` or `- ` (from `from`), in a collection indented `indent`. */
  private readValue(from: number, indent: number, context: Context, depth: number, how: Below = {}): Read {
    const at = this.skipSpaces(from);
    const char = this.text[at];
    if (at >= this.text.length || char === '\n' || char === '#') return this.readValueBelow(at, indent, context, depth, how);
    if (char === '!') return this.readTagged(at, indent, context, depth, how.commentsBefore ?? false);
    if (char === '|' || char === '>') return this.readBlockScalar(at, indent);
    return this.readInline(at, indent, depth, how.tagged);
  }

  private readTagged(at: number, indent: number, context: Context, depth: number, commentsBefore: boolean): Read {
    const tag = tagAt(this.text, at);
    if (!endsToken(this.text, tag.end)) bail();
    const valueAt = this.skipSpaces(tag.end);
    const char = this.text[valueAt];
    let value: Read;
    if (valueAt >= this.text.length || char === '\n' || char === '#') value = this.readValueBelow(valueAt, indent, context, depth, { tagged: true, commentsBefore });
    else if (char === '|' || char === '>') value = this.readBlockScalar(valueAt, indent);
    else if (char === '!') bail();
    else value = this.readInline(valueAt, indent, depth, true);
    return { node: tagged(tag, value.node), end: value.end, empty: value.empty };
  }

  /**
   * A value on the lines below its key or dash, or no value at all (null at `at`; the empty string
   * after a tag). `tagged`: a tag precedes it (a plain value keeps its text); `commentsBefore`: comment
   * lines precede the sequence item it is the value of.
   */
  private readValueBelow(at: number, indent: number, context: Context, depth: number, { tagged = false, commentsBefore = false }: Below): Read {
    const { trivia, next } = scanLines(this.text, nextLineStart(this.text, at));
    this.next = next;
    this.leftover = [];
    const sameIndentSeq = context === 'map' && next !== null && next.indent === indent && isDashLine(this.text, next);
    if (next && (next.indent > indent || sameIndentSeq)) {
      if (isDashLine(this.text, next)) return this.readSeq(next.indent, next.content, depth);
      if (this.keyColon(next.content) >= 0) return this.readMap(next.indent, next.content, depth);
      // A second tag on a tagged node is an error.
      if (tagged && this.text[next.content] === '!') bail();
      return this.readValue(next.content, indent, context, depth, { tagged });
    }
    const empty: ScalarNode = { kind: 'scalar', value: tagged ? '' : null, span: { start: at, end: at }, quoted: false };
    // The lines up to the next content belong to the empty value; with a comment among them (or before
    // the item's dash) the yaml package ends the value there, which shows when it ends its collection.
    const continues = next !== null && next.indent === indent && isDashLine(this.text, next) === (context === 'seq');
    const commented = commentsBefore || this.text[at] === '#' || trivia.some((line) => line.comment);
    if (continues || !commented) {
      this.leftover = trivia;
      return { node: empty, end: at, empty: true };
    }
    return { node: empty, end: next ? next.content : this.text.length, empty: true };
  }

  private readBlockScalar(at: number, indent: number): Read {
    const { node, end } = readBlockScalar(this.text, at, indent);
    const { trivia, next } = scanLines(this.text, end);
    if (next && next.indent > indent) bail();
    this.next = next;
    this.leftover = trivia;
    return { node, end };
  }

  /**
   * A flow collection, quoted or plain scalar starting on this line, then the rest of the line.
   * `verbatim`: a short-form tag precedes it, and the yaml package keeps a tagged plain scalar's text.
   */
  private readInline(at: number, indent: number, depth: number, verbatim = false): Read {
    const char = this.text[at];
    let value: { node: TemplateNode; end: number };
    if (char === '[' || char === '{') value = this.flow.readCollection(at, depth, indent);
    else if (char === '"' || char === "'") value = this.flow.readQuoted(at, indent);
    else value = this.readPlain(at, indent, verbatim);
    return { node: value.node, end: this.finishLine(value.end, indent) };
  }

  /** A plain scalar, perhaps continued on lines indented deeper than its collection (`indent`). */
  private readPlain(at: number, indent: number, verbatim: boolean): { node: ScalarNode; end: number } {
    const char = this.text[at];
    if (NOT_PLAIN_START.includes(char) || ('-?:'.includes(char) && endsToken(this.text, at + 1))) bail();
    let line = this.plainLine(at);
    let source = this.text.slice(at, line.end);
    while (!line.comment) {
      const { trivia, next } = scanLines(this.text, nextLineStart(this.text, line.end));
      if (!next || next.indent <= indent || trivia.some((blank) => blank.comment)) break;
      line = this.plainLine(next.content);
      source += (trivia.length > 0 ? '\n'.repeat(trivia.length) : ' ') + this.text.slice(next.content, line.end);
    }
    const value = verbatim ? source : plainValue(source);
    return { node: { kind: 'scalar', value, span: { start: at, end: line.end }, quoted: false }, end: line.end };
  }

  /** One line of a plain scalar: where its text ends and whether a comment follows. */
  private plainLine(at: number): { end: number; comment: boolean } {
    let end = at;
    for (let i = at; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '\n') break;
      if (c === '#' && this.text[i - 1] === ' ') return { end, comment: true };
      if (c === ':' && endsToken(this.text, i + 1)) bail();
      if (c !== ' ') end = i + 1;
    }
    return { end, comment: false };
  }

  /**
   * The rest of a value's line (spaces, a comment), then the comment lines that stretch the value:
   * those indented deeper than its collection, up to the first that is not.
   */
  private finishLine(valueEnd: number, indent: number): number {
    let at = this.skipSpaces(valueEnd);
    if (this.text[at] === '#' && at > valueEnd) at = nextLineStart(this.text, at) - 1;
    if (at < this.text.length && this.text[at] !== '\n') bail();
    const lineEnd = Math.min(at + 1, this.text.length);
    const { trivia, next } = scanLines(this.text, lineEnd);
    // A more indented line would continue a plain scalar or be an error: left to the yaml package.
    if (next && next.indent > indent) bail();
    let end = lineEnd;
    let taken = 0;
    for (let i = 0; i < trivia.length; i++) {
      if (!trivia[i].comment) continue;
      if (trivia[i].indent <= indent) break;
      end = trivia[i].end;
      taken = i + 1;
    }
    this.next = next;
    this.leftover = trivia.slice(taken);
    return end;
  }

  private readKey(at: number): { node: ScalarNode & { value: string }; colon: number } {
    if ((this.text.startsWith('---', at) || this.text.startsWith('...', at)) && endsToken(this.text, at + 3)) bail();
    const colon = this.keyColon(at);
    if (colon < 0) bail();
    const char = this.text[at];
    if (char === '"' || char === "'") {
      const quoted = this.flow.readQuoted(at);
      return { node: quoted.node as ScalarNode & { value: string }, colon };
    }
    let end = colon;
    while (this.text[end - 1] === ' ') end--;
    const node = { kind: 'scalar' as const, value: plainKey(this.text.slice(at, end)), span: { start: at, end }, quoted: false };
    return { node, colon };
  }

  /** Where the `:` of a key starting at `at` stands, or -1 when the line holds no simple key there. */
  private keyColon(at: number): number {
    const char = this.text[at];
    if (char === '"' || char === "'") {
      const close = this.closingQuote(at);
      // `"Name" : value`, as JSON-shaped YAML writes it: spaces may stand before the colon.
      const colon = close < 0 ? -1 : this.skipSpaces(close + 1);
      return colon >= 0 && this.text[colon] === ':' && endsToken(this.text, colon + 1) ? colon : -1;
    }
    if (NOT_PLAIN_START.includes(char) || '-?:'.includes(char)) return -1;
    for (let i = at; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '\n' || (c === '#' && this.text[i - 1] === ' ')) return -1;
      if (c === ':' && endsToken(this.text, i + 1)) return i;
    }
    return -1;
  }

  private closingQuote(at: number): number {
    const quote = this.text[at];
    for (let i = at + 1; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '\n') return -1;
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && this.text[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  }

  private skipSpaces(at: number): number {
    while (this.text.charCodeAt(at) === 0x20) at++;
    return at;
  }
}
