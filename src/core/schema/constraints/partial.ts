/**
 * Text an `Fn::Sub` or `Fn::Join` makes of fixed parts and values known only at deploy time (a
 * parameter, an attribute): the holes may hold anything, the empty text included. Some keywords
 * still decide: a pattern that allows only some characters refuses a fixed character it does not
 * allow (`${AWS::AccountId}.dkr.ecr…` for a 12-digit account ID), a pattern that starts with fixed
 * text refuses a value that starts with other text, the fixed parts alone may be longer than
 * maxLength, and no allowed value may have the text's form (`python${Version}` as a Runtime that
 * allows only `python3.x`… would fit; `Python-${Version}` fits none). Whatever the holes hold, such a
 * value is refused.
 */
import { listOf, loose, type ScalarProblem } from './scalars';
import type { SchemaObject } from './types';
import { patternAlphabet, type Alphabet } from '../../patterns/alphabet';

export interface PartialText {
  /** The fixed text between the holes, in order: one more than the holes. */
  parts: readonly string[];
  /** How each hole is shown in the message (`${Env}`, `${Bucket.Arn}`). */
  holes: readonly string[];
}

/** `^[class]`, a quantifier, `$`: every character must be in the class. */
const ONE_CLASS = /^\^(\[(?:\\.|[^\]\\])+\])(?:[+*]|\{(\d+)(?:,(\d*))?\})\$$/;
/** Characters that end a pattern's fixed start. */
const SPECIAL = new Set([...'[](){}.*+?|^$']);
const alphabets = new Map<string, Alphabet | null>();

/** The keyword the text breaks whatever its holes hold, or undefined. */
export function partialProblem(text: PartialText, schema: SchemaObject, name: string): ScalarProblem | undefined {
  if (!takesString(schema)) return undefined;
  const fixed = text.parts.join('');
  const length = [...fixed].length;
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    return { keyword: 'length', message: `${name} must be at most ${schema.maxLength} characters long; the fixed text of ${shown(text)} alone has ${length}` };
  }
  const noValue = enumReason(text, schema, name);
  if (noValue) return noValue;
  if (schema.pattern === undefined) return undefined;
  const reason = classReason(schema.pattern, fixed) ?? prefixReason(schema.pattern, text.parts[0]);
  if (reason === undefined) return undefined;
  const rule = schema.patternMeaning ?? `it must match ${schema.pattern}`;
  return { keyword: 'pattern', message: `${shown(text)} is not a valid ${name}: ${rule}, and ${reason}, whatever ${holeNames(text)} hold` };
}

/**
 * Allowed values none of which the text can make: none starts with its first fixed part, ends with its
 * last and holds the others in between, in order (compared as the schema compares, in any letter case
 * where it says so).
 */
function enumReason(text: PartialText, schema: SchemaObject, name: string): ScalarProblem | undefined {
  if (schema.enum === undefined || !schema.enum.every((value) => typeof value === 'string')) return undefined;
  const compared = schema.enumCaseInsensitive === true ? loose : (written: string) => written;
  const form = text.parts.map(compared);
  if (schema.enum.some((value) => fits(compared(value as string), form))) return undefined;
  return {
    keyword: 'enum',
    message: `${name} must be one of ${listOf(schema.enum)}, and ${shown(text)} can be none of them, whatever ${holeNames(text)} hold`,
    allowed: schema.enum,
    value: undefined,
  };
}

/** Whether `value` is the parts with some text (maybe none) in each hole between them. */
function fits(value: string, parts: readonly string[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!value.startsWith(first) || value.length < first.length + last.length || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let index = 1; index < parts.length - 1; index++) {
    const found = value.indexOf(parts[index], at);
    if (found < 0 || found + parts[index].length > end) return false;
    at = found + parts[index].length;
  }
  return true;
}

function takesString(schema: SchemaObject): boolean {
  const type = schema.type;
  return type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
}

/** Why the pattern refuses the fixed text: a character no value it takes has, or more characters than a one-class pattern takes. */
function classReason(pattern: string, fixed: string): string | undefined {
  const alphabet = alphabetOf(pattern);
  if (!alphabet) return undefined;
  const refused = [...fixed].find((character) => !alphabet(character));
  if (refused !== undefined) return `its fixed text has '${refused}', which the pattern does not allow`;
  const match = ONE_CLASS.exec(pattern);
  if (!match) return undefined;
  const max = match[2] === undefined ? Infinity : match[3] === undefined ? Number(match[2]) : match[3] === '' ? Infinity : Number(match[3]);
  const length = [...fixed].length;
  return length > max ? `its fixed text alone has ${length} characters, more than the pattern's ${max}` : undefined;
}

function alphabetOf(pattern: string): Alphabet | null {
  let alphabet = alphabets.get(pattern);
  if (alphabet === undefined) alphabets.set(pattern, (alphabet = patternAlphabet(pattern) ?? null));
  return alphabet;
}

/** Why a pattern with a fixed start refuses a value whose own fixed start differs, or undefined. */
function prefixReason(pattern: string, start: string): string | undefined {
  const prefix = fixedStart(pattern);
  const common = Math.min(prefix.length, start.length);
  if (common === 0 || prefix.slice(0, common) === start.slice(0, common)) return undefined;
  return `it starts with '${start.slice(0, common)}' where the pattern asks for '${prefix.slice(0, common)}'`;
}

/** The text every value the pattern takes starts with: none for a pattern with alternatives or not anchored. */
function fixedStart(pattern: string): string {
  if (!pattern.startsWith('^') || pattern.includes('|')) return '';
  let prefix = '';
  for (let index = 1; index < pattern.length; index++) {
    const character = pattern[index];
    if (character === '\\') {
      const escaped = pattern[index + 1];
      // `\d`, `\w`, `\s`… are classes, not characters.
      if (escaped === undefined || /[A-Za-z0-9]/.test(escaped)) break;
      if (isQuantifier(pattern[index + 2])) break;
      prefix += escaped;
      index++;
      continue;
    }
    if (SPECIAL.has(character)) break;
    // A character a quantifier follows may be left out or repeated: the fixed start ends before it.
    if (isQuantifier(pattern[index + 1])) break;
    prefix += character;
  }
  return prefix;
}

function isQuantifier(character: string | undefined): boolean {
  return character === '?' || character === '*' || character === '+' || character === '{';
}

function shown(text: PartialText): string {
  return `'${text.parts.map((part, index) => (index === 0 ? part : `${text.holes[index - 1]}${part}`)).join('')}'`;
}

function holeNames(text: PartialText): string {
  const names = [...new Set(text.holes)];
  return names.length === 1 ? `${names[0]} may` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
