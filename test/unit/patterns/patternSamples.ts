/**
 * Values to try a pattern on: strings built to match the pattern with its lookarounds ignored, then
 * changed a little (a character in, out or replaced, a lookaround's text put in front or behind), and
 * short random strings over the characters the pattern names, so that most lookarounds are met both
 * holding and failing.
 */
import { alternativesOf, groupEnd, itemsOf, type Item } from '../../../src/core/patterns/regexSyntax';
import { Random } from '../../fixtures/fastYaml/randomYaml';
import { re2AsJavaScript } from './re2AsJavaScript';

const COMMON = ['a', 'z', 'A', 'Z', 'k', 's', '0', '1', '9', '-', '_', '.', ':', '/', '*', '?', '$', '@', '+', '=', "'", ' ', '  ', '\t', '\n', '\r', 'é', '中', '😀', '\u00a0', '\u2028', '\u017f'];

export class PatternSamples {
  private readonly alphabet: string[];
  private readonly lookBodies: string[];
  private readonly atomChars = new Map<string, string[]>();

  constructor(
    private readonly source: string,
    private readonly random: Random,
  ) {
    this.alphabet = [...new Set([...COMMON, ...charsNamedIn(source)])];
    this.lookBodies = lookaroundBodies(source);
  }

  /** `count` values, the empty string first. */
  values(count: number): string[] {
    const values = ['', ' ', 'aws:', ...this.lookBodies.map((body) => this.sample(body))];
    while (values.length < count) values.push(this.next());
    return values;
  }

  private next(): string {
    const roll = this.random.int(10);
    if (roll === 0) return this.randomString(this.random.int(9));
    const sample = this.sample(this.source);
    if (roll <= 2 || this.lookBodies.length === 0) return this.mutated(sample);
    const body = this.sample(this.random.pick(this.lookBodies));
    return roll <= 5 ? body + sample : roll <= 7 ? sample + body : this.mutated(body + sample.slice(this.random.int(3)));
  }

  private mutated(value: string): string {
    let out = value;
    for (let edits = this.random.int(3); edits > 0; edits--) {
      const at = this.random.int(out.length + 1);
      const roll = this.random.int(3);
      if (roll === 0) out = out.slice(0, at) + this.random.pick(this.alphabet) + out.slice(at);
      else if (roll === 1) out = out.slice(0, at) + out.slice(at + 1);
      else out = out.slice(0, at) + this.random.pick(this.alphabet) + out.slice(at + 1);
    }
    return out;
  }

  private randomString(length: number): string {
    let out = '';
    for (let index = 0; index < length; index++) out += this.random.pick(this.alphabet);
    return out;
  }

  /** A string the source matches when its lookarounds are left out. */
  private sample(source: string): string {
    const items = itemsOf(this.random.pick(alternativesOf(source)));
    return items ? items.map((item) => this.sampleItem(item)).join('') : this.randomString(3);
  }

  private sampleItem(item: Item): string {
    if (item.kind !== 'atom' && item.kind !== 'group') return '';
    const { min, max } = item.quantifier ?? { min: 1, max: 1 };
    const times = max !== Infinity && max <= 300 && this.random.chance(0.15) ? max : min + this.random.int(Math.min(max - min, 3) + 1);
    let out = '';
    for (let index = 0; index < times; index++) out += item.kind === 'atom' ? this.sampleAtom(item.atom) : this.sample(item.body);
    return out;
  }

  private sampleAtom(atom: string): string {
    let chars = this.atomChars.get(atom);
    if (!chars) {
      const re = re2AsJavaScript(`^(?:${atom})$`);
      chars = this.alphabet.filter((char) => re.test(char));
      this.atomChars.set(atom, chars);
    }
    return chars.length > 0 ? this.random.pick(chars) : this.random.pick(this.alphabet);
  }
}

/** Characters the source writes: literals, `\xNN`/`\x{…}` escapes, and each end of a range with its neighbours. */
function charsNamedIn(source: string): string[] {
  const chars = new Set<string>();
  for (const match of source.matchAll(/\\x\{([0-9a-fA-F]+)\}|\\x([0-9a-fA-F]{2})|\\?([^\\])/gu)) {
    const code = match[3] !== undefined ? match[3].codePointAt(0)! : parseInt(match[1] ?? match[2], 16);
    for (const near of [code - 1, code, code + 1]) if (near >= 0 && near <= 0x10ffff && (near < 0xd800 || near > 0xdfff)) chars.add(String.fromCodePoint(near));
  }
  return [...chars];
}

function lookaroundBodies(source: string): string[] {
  const bodies: string[] = [];
  for (const match of source.matchAll(/\(\?<?[=!]/g)) {
    const end = groupEnd(source, match.index!);
    if (end !== undefined) bodies.push(source.slice(match.index! + match[0].length, end));
  }
  return bodies;
}
