/**
 * The keywords about one value: allowed values, pattern, length, range, format. CloudFormation
 * converts a template to JSON and coerces: a number or boolean given where a string is expected is
 * its text ("5", "true"), a numeric string where a number is expected is the number.
 */
import type { ScalarValue } from '../../model';
import { linearPattern } from '../../patterns/linearRegex';
import { FORMATS } from './formats';
import type { SchemaObject } from './types';

export type ScalarProblem =
  | { keyword: 'type'; message: string }
  | { keyword: 'enum'; message: string; allowed: readonly unknown[]; value: string | undefined }
  | { keyword: 'pattern' | 'length' | 'range'; message: string }
  | { keyword: 'format'; message: string; format: string };

const NO_TYPES: string[] = [];
/** One list per type name: the walk asks for a schema's types at every value. */
const SINGLE_TYPES = new Map<string, string[]>();

function typesOf(schema: SchemaObject): string[] {
  const type = schema.type;
  if (type === undefined) return NO_TYPES;
  if (Array.isArray(type)) return type;
  let single = SINGLE_TYPES.get(type);
  if (!single) SINGLE_TYPES.set(type, (single = [type]));
  return single;
}

/** The value as the schema's type reads it, or undefined when it cannot be read as that type. */
export function coerce(value: ScalarValue, schema: SchemaObject): { text?: string; number?: number; ok: boolean } {
  const types = typesOf(schema);
  if (value === null) return { ok: types.length === 0 || types.includes('null') };
  const text = String(value);
  const number = typeof value === 'number' ? value : typeof value === 'string' && text.trim() !== '' ? Number(text) : NaN;
  if (types.length === 0) return { text, number: Number.isFinite(number) ? number : undefined, ok: true };
  if (types.includes('string')) return { text, ok: true };
  if ((types.includes('number') || types.includes('integer')) && Number.isFinite(number)) {
    return { number, ok: !types.includes('integer') || types.includes('number') || Number.isInteger(number) };
  }
  if (types.includes('boolean')) return { text, ok: typeof value === 'boolean' || text === 'true' || text === 'false' };
  return { ok: false };
}

/** The first problem of the value against the schema's scalar keywords. */
export function scalarProblem(value: ScalarValue, schema: SchemaObject, name: string): ScalarProblem | undefined {
  const types = typesOf(schema);
  if (types.length > 0 && types.every((type) => type === 'object' || type === 'array')) {
    return { keyword: 'type', message: `${name} must be ${types.join(' or ')}` };
  }
  const { text, number, ok } = coerce(value, schema);
  if (!ok) return { keyword: 'type', message: `${name} must be ${types.join(' or ')}` };
  const shown = text ?? String(value);
  if (schema.enum && !inEnum(schema.enum, value, schema.enumCaseInsensitive === true)) {
    return { keyword: 'enum', message: `${name} must be ${schema.enum.length === 1 ? '' : 'one of '}${listOf(schema.enum)}`, allowed: schema.enum, value: shown };
  }
  if (schema.const !== undefined && !sameValue(schema.const, value)) {
    return { keyword: 'enum', message: `${name} must be ${JSON.stringify(schema.const)}`, allowed: [schema.const], value: shown };
  }
  // Without a type, JSON schema applies string keywords to strings and number keywords to numbers.
  const typed = types.length > 0;
  if (text !== undefined && (typed || typeof value === 'string')) {
    const problem = stringProblem(text, schema, name);
    if (problem) return problem;
  }
  if (number !== undefined && (typed || typeof value === 'number')) return rangeProblem(number, schema, name);
  if (text !== undefined && typeof value !== 'boolean' && types.includes('string')) return textRangeProblem(text, schema, name);
  return undefined;
}

/**
 * A range on a string (WaitCondition `Timeout`, EFS `Uid`): the service reads the text as a number, so a
 * value written as a plain decimal number is held to it; other text is left alone.
 */
function textRangeProblem(text: string, schema: SchemaObject, name: string): ScalarProblem | undefined {
  if (schema.minimum === undefined && schema.maximum === undefined && schema.exclusiveMinimum === undefined && schema.exclusiveMaximum === undefined) return undefined;
  if (!PLAIN_DECIMAL.test(text) || admitsLetters(text, schema)) return undefined;
  return rangeProblem(Number(text), schema, name);
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Whether the schema's pattern would take the value with a letter for its first digit: the string holds
 * names (CodeCommit `RepositoryName`, a SageMaker `VolumeKmsKeyId`), and its range is a length the
 * schema copied, not a number the service checks — "5000" is a name that deploys.
 */
function admitsLetters(text: string, schema: SchemaObject): boolean {
  if (schema.pattern === undefined) return false;
  const lettered = text.replace(/\d/, 'a');
  return linearPattern(schema.pattern)?.matchesPart(lettered) ?? true;
}

function stringProblem(text: string, schema: SchemaObject, name: string): ScalarProblem | undefined {
  if (schema.minLength === undefined && schema.maxLength === undefined) return patternOrFormatProblem(text, schema, name);
  const length = codePoints(text);
  if (schema.minLength !== undefined && length < schema.minLength) {
    return { keyword: 'length', message: `${name} must be at least ${plural(schema.minLength, 'character')} long; '${text}' has ${length}` };
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    return { keyword: 'length', message: `${name} must be at most ${plural(schema.maxLength, 'character')} long; this value has ${length}` };
  }
  return patternOrFormatProblem(text, schema, name);
}

/** Length as the schema counts it: characters, a surrogate pair being one. */
function codePoints(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) count--;
  }
  return count;
}

function patternOrFormatProblem(text: string, schema: SchemaObject, name: string): ScalarProblem | undefined {
  if (schema.pattern !== undefined) {
    const compiled = linearPattern(schema.pattern);
    if (compiled && !compiled.matchesPart(text)) return { keyword: 'pattern', message: `'${text}' is not a valid ${name}: ${schema.patternMeaning ?? `it must match ${schema.pattern}`}` };
  }
  const format = schema.format !== undefined ? FORMATS[schema.format] : undefined;
  if (format && !format.test(text)) {
    const reason = format.reason?.(text);
    const message = reason ? `'${text}' is not ${format.short ?? format.description}: ${reason}` : `'${text}' is not ${format.description}`;
    return { keyword: 'format', message, format: schema.format! };
  }
  return undefined;
}

function rangeProblem(number: number, schema: SchemaObject, name: string): ScalarProblem | undefined {
  if (schema.minimum !== undefined && number < schema.minimum) return { keyword: 'range', message: `${name} must be at least ${schema.minimum}; ${number} is less` };
  if (schema.maximum !== undefined && number > schema.maximum) return { keyword: 'range', message: `${name} must be at most ${schema.maximum}; ${number} is more` };
  if (schema.exclusiveMinimum !== undefined && number <= schema.exclusiveMinimum) return { keyword: 'range', message: `${name} must be more than ${schema.exclusiveMinimum}` };
  if (schema.exclusiveMaximum !== undefined && number >= schema.exclusiveMaximum) return { keyword: 'range', message: `${name} must be less than ${schema.exclusiveMaximum}` };
  if (schema.multipleOf !== undefined && schema.multipleOf > 0 && !isMultiple(number, schema.multipleOf)) {
    return { keyword: 'range', message: `${name} must be a multiple of ${schema.multipleOf}; ${number} is not` };
  }
  return undefined;
}

/** Within rounding: 0.3 is a multiple of 0.1. */
function isMultiple(number: number, of: number): boolean {
  const quotient = number / of;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}

/** Each case-insensitive list of allowed values in its loose form, made once: a list (Engine's) can hold dozens. */
const LOOSE_ENUMS = new WeakMap<readonly unknown[], Set<string>>();

function inEnum(allowed: readonly unknown[], value: ScalarValue, caseInsensitive: boolean): boolean {
  if (!caseInsensitive || value === null) return allowed.some((member) => sameValue(member, value));
  if (allowed.includes(value)) return true;
  let looseForms = LOOSE_ENUMS.get(allowed);
  if (!looseForms) {
    looseForms = new Set();
    for (const member of allowed) if (member !== null && typeof member !== 'object') looseForms.add(loose(String(member)));
    LOOSE_ENUMS.set(allowed, looseForms);
  }
  return looseForms.has(loose(String(value)));
}

/** Enum members compare as CloudFormation's JSON does after coercion: 5 and "5" are the same. */
function sameValue(allowed: unknown, value: ScalarValue): boolean {
  if (allowed === value) return true;
  if (allowed === null || value === null || typeof allowed === 'object') return false;
  return String(allowed) === String(value);
}

/**
 * A value a service takes in any letter case, read as such a service reads it: CodeBuild takes
 * `linuxContainer` for LINUX_CONTAINER (an AWS reference architecture deploys with it), so underscores are left out too.
 */
export function loose(text: string): string {
  return text.toLowerCase().replaceAll('_', '');
}

/** At most ten values, the rest counted. */
export function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((value) => String(value)).join(', ');
  return values.length > 10 ? `${shown} (or ${values.length - 10} more)` : shown;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
