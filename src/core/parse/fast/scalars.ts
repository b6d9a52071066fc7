import { isScalar, Schema, type ScalarTag } from 'yaml';
import type { ScalarValue } from '../../model';
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

const YAML11_INT = /^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const YAML11_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * YAML 1.1 number forms as PyYAML (and so cfn-lint) reads them. The yaml package is looser: it
 * reads `E3014` or `1e5` as floats, where CloudFormation tooling sees strings.
 */
export function isYaml11Number(source: string): boolean {
  return YAML11_INT.test(source) || YAML11_FLOAT.test(source);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

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
