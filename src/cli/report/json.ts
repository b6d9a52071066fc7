import type { FileResult } from '../lint';
import { escapeJsonForTerminal } from './terminal';

/** Every finding of every template, as one JSON array. */
export function formatJson(results: readonly FileResult[]): string {
  return `${escapeJsonForTerminal(JSON.stringify(results.flatMap((result) => result.findings), null, 2))}\n`;
}
