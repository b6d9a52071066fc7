import type { FileResult } from '../lint';
import { escapeForTerminal } from './terminal';

/** `file:line:col: level ruleId message`, one finding a line; skipped files only when verbose. Control characters escaped. */
export function formatText(results: readonly FileResult[], verbose: boolean): string {
  const lines: string[] = [];
  for (const result of results) {
    if (!result.isTemplate) {
      if (verbose) lines.push(`${result.file}: skipped, not a CloudFormation template`);
      continue;
    }
    for (const found of result.findings) {
      const { line, column } = found.range.start;
      lines.push(`${found.file}:${line}:${column}: ${found.level} ${found.ruleId} ${found.message}`);
    }
  }
  return lines.map((line) => `${escapeForTerminal(line)}\n`).join('');
}
