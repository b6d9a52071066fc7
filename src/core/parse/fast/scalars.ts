import { isScalar, Schema, type ScalarTag } from 'yaml';
import type { ScalarValue } from '../../model';
import { HEX_ESCAPE_LENGTH, isYaml11Number, SIMPLE_ESCAPES } from '../yaml11';
import { bail } from './bail';

/** The YAML 1.1 tags a plain scalar may resolve to, tested in the yaml package's own order. */
const PLAIN_TAGS = new Schema({ schema: 'yaml-1.1' }).tags.flatMap((tag) =>
  tag.default === true && tag.test && 'resolve' in tag ? [tag as ScalarTag & { test: RegExp }] : [],
);

/**
 * A plain scalar's value exactly as the yaml package (YAML 1.1) and then yamlParser.ts read it:
 * numbers only in PyYAML's forms, `y`/`n` and timestamps as strings.
 */
export function plainValue(source: string): ScalarValue {
  const first = source.charCodeAt(0);
  if (startsWithLetter(first)) return LETTER_WORDS.has(source) ? (LETTER_WORDS.get(source) as ScalarValue) : source;
  // Every YAML 1.1 tag but the string's starts with a digit, a sign, a dot or ~ (or is empty): `/health`, `*`, `${Name}` are strings.
  if (source.length > 0 && !startsLikeANonString(first)) return source;
  // The commonest number, a decimal integer without a leading zero, read without trying every tag.
  if (DECIMAL_INTEGER.test(source)) return Number(source);
  const value = resolved(source);
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return isYaml11Number(source) ? value : source;
  if (typeof value === 'boolean') return /^[yYnN]$/.test(source) ? source : value;
  return source;
}

/** A plain key's text, as yamlParser.ts makes it from the value the yaml package reads; empty keys are left to it. */
export function plainKey(source: string): string {
  if (source === '<<') bail();
  const value = plainValue(source);
  return value === null ? bail() : String(value);
}

const DECIMAL_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;

function resolved(source: string): unknown {
  const tag = PLAIN_TAGS.find((candidate) => candidate.test.test(source));
  if (!tag) return source;
  const value: unknown = tag.resolve(source, bail, {} as Parameters<ScalarTag['resolve']>[2]);
  return isScalar(value) ? value.value : value;
}

function startsLikeANonString(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e || code === 0x7e;
}

function startsWithLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The only plain scalars starting with a letter that are not strings in YAML 1.1 (numbers and
 * timestamps start otherwise), as yamlParser.ts keeps them: `y` and `n` stay strings.
 */
const LETTER_WORDS = new Map<string, ScalarValue>([
  ...['null', 'Null', 'NULL'].map((word) => [word, null] as const),
  ...['yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((word) => [word, true] as const),
  ...['no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((word) => [word, false] as const),
]);

/** The value of a double-quoted scalar's inside (one line, no line continuation). */
export function doubleQuotedValue(inside: string): string {
  if (!inside.includes('\\')) return inside;
  let value = '';
  for (let i = 0; i < inside.length; i++) {
    const char = inside[i];
    if (char !== '\\') {
      value += char;
      continue;
    }
    const escape = inside[++i];
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) {
      value += simple;
      continue;
    }
    const length = HEX_ESCAPE_LENGTH[escape];
    const digits = length ? inside.slice(i + 1, i + 1 + length) : '';
    if (!length || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) bail();
    value += String.fromCodePoint(parseInt(digits, 16));
    i += length;
  }
  return value;
}

export function singleQuotedValue(inside: string): string {
  return inside.replaceAll("''", "'");
}
