import type { Finding } from '../../findings';
import type { ParseResult } from '../common';
import { isBail } from './bail';
import { BlockReader } from './blockReader';

/**
 * The template read by a fast reader of the YAML templates are usually written in, with exactly
 * the model and findings yamlParser.ts builds from the yaml package; undefined for anything else
 * (errors, aliases, multi-line plain or quoted scalars, tabs, CR line ends…), which the yaml package reads.
 */
export function readYamlFast(text: string): ParseResult | undefined {
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  const findings: Finding[] = [];
  try {
    const root = new BlockReader(text, findings).readDocument();
    return { root, findings };
  } catch (thrown) {
    if (isBail(thrown)) return undefined;
    throw thrown;
  }
}
