import type { Finding } from '../../findings';
import type { MapEntry, MapNode, ScalarNode, SeqNode, TemplateNode } from '../../model';
import { checkDuplicateKeys, MAX_DEPTH, type ParseResult } from '../common';
import { bail, isBail } from './bail';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: [string, boolean | null][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/**
 * Valid JSON read straight into the template model, exactly as jsonParser.ts reads it through
 * jsonc-parser (whose scanner builds a string per whitespace run, the most garbage of any step for
 * an indented template); undefined for anything else (errors, comments, whitespace other than
 * space, tab and line breaks, a byte order mark, nesting past MAX_DEPTH), which jsonc-parser reads.
 */
export function readJsonFast(text: string): ParseResult | undefined {
  const reader = new JsonReader(text);
  try {
    return { root: reader.document(), findings: reader.findings };
  } catch (thrown) {
    if (isBail(thrown)) return undefined;
    throw thrown;
  }
}

class JsonReader {
  readonly findings: Finding[] = [];
  private at = 0;

  constructor(private readonly text: string) {}

  document(): TemplateNode {
    this.skipSpace();
    const root = this.value(0);
    this.skipSpace();
    if (this.at !== this.text.length) bail();
    return root;
  }

  private value(depth: number): TemplateNode {
    // Near the limit, jsonParser.ts's depth scan decides (before jsonc-parser recurses that deep).
    if (depth > MAX_DEPTH - 10) bail();
    const char = this.text.charCodeAt(this.at);
    if (char === 0x7b) return this.object(depth);
    if (char === 0x5b) return this.array(depth);
    if (char === 0x22) return this.string();
    return this.literal();
  }

  private object(depth: number): MapNode {
    const start = this.at++;
    const entries: MapEntry[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.at) !== 0x7d) {
      for (;;) {
        if (this.text.charCodeAt(this.at) !== 0x22) bail();
        const key = this.string() as ScalarNode & { value: string };
        this.skipSpace();
        if (this.text.charCodeAt(this.at) !== 0x3a) bail();
        this.at++;
        this.skipSpace();
        const value = this.value(depth + 1);
        entries.push({ key, value, span: { start: key.span.start, end: Math.max(value.span.end, key.span.end) } });
        if (!this.nextItem(0x7d)) break;
      }
    }
    this.at++;
    const map: MapNode = { kind: 'map', entries, span: { start, end: this.at } };
    checkDuplicateKeys(map, this.findings);
    return map;
  }

  private array(depth: number): SeqNode {
    const start = this.at++;
    const items: TemplateNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.at) !== 0x5d) {
      do items.push(this.value(depth + 1));
      while (this.nextItem(0x5d));
    }
    this.at++;
    return { kind: 'seq', items, span: { start, end: this.at } };
  }

  /** After an item: true past a comma (at the next item), false at the closing bracket. */
  private nextItem(close: number): boolean {
    this.skipSpace();
    const char = this.text.charCodeAt(this.at);
    if (char === close) return false;
    if (char !== 0x2c) bail();
    this.at++;
    this.skipSpace();
    return true;
  }

  private string(): ScalarNode {
    const start = this.at;
    let at = start + 1;
    let escaped = false;
    for (;;) {
      const char = this.text.charCodeAt(at);
      if (char === 0x22) break;
      if (char === 0x5c) {
        escaped = true;
        at += 2;
        continue;
      }
      // A control character (jsonc-parser reports it) or the end of the text.
      if (!(char >= 0x20)) bail();
      at++;
    }
    const end = at + 1;
    this.at = end;
    return { kind: 'scalar', value: escaped ? decoded(this.text.slice(start, end)) : this.text.slice(start + 1, at), span: { start, end }, quoted: true };
  }

  private literal(): ScalarNode {
    const start = this.at;
    let value: ScalarNode['value'] | undefined;
    for (const [word, literal] of LITERALS) {
      if (this.text.startsWith(word, start)) {
        value = literal;
        this.at = start + word.length;
        break;
      }
    }
    if (value === undefined) {
      NUMBER.lastIndex = start;
      const number = NUMBER.exec(this.text);
      if (!number) bail();
      value = Number(number[0]);
      this.at = start + number[0].length;
    }
    // `truex`, `01`, `1.`: jsonc-parser reads another token there, in error.
    if (!endsToken(this.text.charCodeAt(this.at))) bail();
    return { kind: 'scalar', value, span: { start, end: this.at }, quoted: false };
  }

  private skipSpace(): void {
    for (let char = this.text.charCodeAt(this.at); char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09; char = this.text.charCodeAt(this.at)) this.at++;
  }
}

/** The value of a string with escapes; an escape JSON does not allow is left to jsonc-parser (it reports it). */
function decoded(source: string): string {
  try {
    return JSON.parse(source) as string;
  } catch {
    return bail();
  }
}

function endsToken(char: number): boolean {
  return Number.isNaN(char) || char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09 || char === 0x2c || char === 0x5d || char === 0x7d;
}
