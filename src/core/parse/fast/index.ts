import type { Finding } from '../../findings';
import type { ParseResult } from '../common';
import { remapped } from '../remap';
import { isBail } from './bail';
import { BlockReader } from './blockReader';

/**
 * The template read by a fast reader of the YAML templates are usually written in, with exactly
 * the model and findings yamlParser.ts builds from the yaml package; undefined for anything else
 * (errors, aliases, multi-line keys, tabs, custom tags…), which the yaml package reads. CRLF line
 * breaks and a byte order mark are read from a copy without them, then spans are moved back.
 */
export function readYamlFast(text: string): ParseResult | undefined {
  if (text.includes('\t') && !tabsOnlyAfterLeadingHash(text)) return undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The yaml package counts a BOM as a column of the first line: indentation there reads differently.
  if (bom && text[1] === ' ') return undefined;
  const crs = text.includes('\r');
  if (!bom && !crs) return read(text);
  if (crs && /\r(?!\n)/.test(text)) return undefined;
  // Where the copy has a line break that was CRLF: at the CR's offset less the BOM and the CRs before it.
  const crlfBreaks: number[] = [];
  for (let at = text.indexOf('\r\n'); at >= 0; at = text.indexOf('\r\n', at + 2)) crlfBreaks.push(at - bom - crlfBreaks.length);
  const result = read(text.slice(bom).replaceAll('\r\n', '\n'));
  return result && remapped(result, (offset) => bom + offset + countBelow(crlfBreaks, offset));
}

/**
 * Whether every tab follows a `#` that begins its line's text (a comment line, or such a line of a block
 * scalar's text): there a tab changes nothing the reader counts. Tabs elsewhere are left to the yaml package.
 */
function tabsOnlyAfterLeadingHash(text: string): boolean {
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) {
    let first = text.lastIndexOf('\n', at) + 1;
    while (text[first] === ' ') first++;
    if (text[first] !== '#') return false;
  }
  return true;
}

/** How many of the ascending numbers are below `limit`. */
function countBelow(sorted: number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function read(text: string): ParseResult | undefined {
  const findings: Finding[] = [];
  try {
    const root = new BlockReader(text, findings).readDocument();
    return { root, findings };
  } catch (thrown) {
    if (isBail(thrown)) return undefined;
    throw thrown;
  }
}
