import { shortFormOf } from '../intrinsics';
import { defaultsIn, isNumericPlaceholder, resolveDefaults } from './placeholders';
import type { CfnMap, CfnValue } from './types';

/** The text after `key:` or `-` (with its leading space) and the lines below it. */
interface Emitted {
  head: string;
  body: string[];
}

/** YAML for the entries of a map, each line indented by `indent` spaces, nested levels by `unit`. */
export function yamlEntries(map: CfnMap, indent: number, unit: number): string[] {
  return new YamlEmitter(unit).entries(map, indent);
}

class YamlEmitter {
  constructor(private readonly unit: number) {}

  entries(map: CfnMap, indent: number): string[] {
    return Object.entries(map).flatMap(([key, value]) => {
      const { head, body } = this.value(value, indent + this.unit, isArray(value) ? indent + this.unit : undefined);
      return [`${' '.repeat(indent)}${scalar(key, false)}:${head}`, ...body];
    });
  }

  private items(items: CfnValue[], indent: number): string[] {
    const pad = ' '.repeat(indent);
    return items.flatMap((item) => {
      if (isPlainMap(item) && Object.keys(item).length > 0) {
        const [first, ...rest] = this.entries(item, indent + 2);
        return [`${pad}- ${first.trimStart()}`, ...rest];
      }
      const { head, body } = this.value(item, indent + 2);
      return [`${pad}-${head}`, ...body];
    });
  }

  /** `seqIndent`: where a block sequence's dashes go (under a key, one unit in). */
  private value(value: CfnValue, childIndent: number, seqIndent = childIndent): Emitted {
    if (typeof value === 'string' && value.includes('\n')) return literal(value, childIndent);
    if (!isArray(value) && !isMapValue(value)) return { head: ` ${scalar(value, false)}`, body: [] };
    if (isArray(value)) {
      if (value.length === 0) return { head: ' []', body: [] };
      return { head: '', body: this.items(value, seqIndent) };
    }
    const tag = shortFormTagOf(value);
    if (tag) return this.tagged(tag, Object.values(value)[0], childIndent);
    if (Object.keys(value).length === 0) return { head: ' {}', body: [] };
    return { head: '', body: this.entries(value, childIndent) };
  }

  private tagged(tag: string, argument: CfnValue, childIndent: number): Emitted {
    if (tag === '!GetAtt' && isArray(argument) && argument.every((part) => typeof part === 'string')) {
      return { head: ` !GetAtt ${argument.join('.')}`, body: [] };
    }
    if (isArray(argument) && argument.length > 0 && argument.every(isFlowScalar)) {
      return { head: ` ${tag} [${argument.map((item) => scalar(item as string | number | boolean, true)).join(', ')}]`, body: [] };
    }
    const { head, body } = this.value(argument, childIndent);
    return { head: ` ${tag}${head}`, body };
  }
}

function literal(text: string, indent: number): Emitted {
  const lines = text.replace(/\n$/, '').split('\n');
  const pad = ' '.repeat(indent);
  return { head: text.endsWith('\n') ? ' |' : ' |-', body: lines.map((line) => (line ? pad + line : '')) };
}

/** `!Ref` for `{ Ref: x }`, unless the argument is itself a short form (one node cannot carry two tags). */
function shortFormTagOf(value: CfnMap): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const tag = shortFormOf(keys[0]);
  if (!tag || tag === '!Condition') return undefined;
  const argument = value[keys[0]];
  if (isMapValue(argument) && shortFormTagOf(argument)) return undefined;
  return tag;
}

function isFlowScalar(value: CfnValue): boolean {
  return !isArray(value) && !isMapValue(value) && !(typeof value === 'string' && value.includes('\n'));
}

const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const YAML_SPECIAL = /^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.?[0-9][-+0-9_:.eExXoOa-fA-F]*|[-+]?\.inf|\.nan)$/i;

function scalar(value: string | number | boolean, flow: boolean): string {
  if (typeof value !== 'string') return String(value);
  if (isNumericPlaceholder(value)) return value;
  // A mirror's tab stop may be in another string; any word stands in for it when choosing quotes.
  const shown = resolveDefaults(value, defaultsIn(value), 'x');
  const unsafe =
    shown === '' ||
    PLAIN_UNSAFE_START.test(shown) ||
    /\s$/.test(shown) ||
    /: |:$| #|\t/.test(shown) ||
    YAML_SPECIAL.test(shown) ||
    (flow && /[,[\]{}]/.test(shown));
  return unsafe ? `'${value.replace(/'/g, "''")}'` : value;
}

function isArray(value: CfnValue): value is CfnValue[] {
  return Array.isArray(value);
}

function isMapValue(value: CfnValue): value is CfnMap {
  return typeof value === 'object' && !Array.isArray(value);
}

function isPlainMap(value: CfnValue): value is CfnMap {
  return isMapValue(value) && !shortFormTagOf(value);
}
