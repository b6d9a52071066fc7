import { isNumericPlaceholder } from './placeholders';
import type { CfnMap, CfnValue } from './types';

/** JSON for the entries of an object (no braces), each line indented by `indent` spaces, nested levels by `unit`. */
export function jsonEntries(map: CfnMap, indent: number, unit: number): string[] {
  const pad = ' '.repeat(indent);
  const entries = Object.entries(map).map(([key, value]) => `${pad}${JSON.stringify(key)}: ${json(value, indent, unit)}`);
  return entries.map((entry, index) => (index < entries.length - 1 ? `${entry},` : entry)).join('\n').split('\n');
}

function json(value: CfnValue, indent: number, unit: number): string {
  if (typeof value === 'string') return isNumericPlaceholder(value) ? value : JSON.stringify(value);
  if (typeof value !== 'object') return JSON.stringify(value);
  const closing = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const pad = ' '.repeat(indent + unit);
    return `[\n${value.map((item) => pad + json(item, indent + unit, unit)).join(',\n')}\n${closing}]`;
  }
  if (Object.keys(value).length === 0) return '{}';
  return `{\n${jsonEntries(value, indent + unit, unit).join('\n')}\n${closing}}`;
}
