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
  if (startsPlainString(source.charCodeAt(0))) return source;
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

function resolved(source: string): unknown {
  const tag = PLAIN_TAGS.find((candidate) => candidate.test.test(source));
  if (!tag) return source;
  const value: unknown = tag.resolve(source, bail, {} as Parameters<ScalarTag['resolve']>[2]);
  return isScalar(value) ? value.value : value;
}

/** A letter that starts no YAML 1.1 null, boolean, number or timestamp. */
function startsPlainString(code: number): boolean {
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return letter && !NON_STRING_INITIALS.has(code);
}

const NON_STRING_INITIALS = new Set([...'nNyYtTfFoO'].map((char) => char.charCodeAt(0)));

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
