import { finding, type Finding, type Severity } from '../core';

/** Diagnostics listed per file: more is no help to anyone and slows the editor down (10,000 duplicate keys). */
export const MAX_DIAGNOSTICS = 1000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * All the findings when there are at most MAX_DIAGNOSTICS; otherwise the most severe ones (the first in
 * the file among equals), in their own order, and one more at the top of the file that says how many
 * are left out.
 */
export function findingsToShow(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length <= MAX_DIAGNOSTICS) return findings;
  const kept = findings
    .map((found, index) => ({ found, index }))
    .sort((a, b) => RANK[a.found.severity] - RANK[b.found.severity] || a.found.span.start - b.found.span.start || a.index - b.index)
    .slice(0, MAX_DIAGNOSTICS)
    .sort((a, b) => a.index - b.index)
    .map(({ found }) => found);
  const left = findings.length - MAX_DIAGNOSTICS;
  const message = `${left.toLocaleString('en-US')} more ${left === 1 ? 'problem is' : 'problems are'} not listed: at most ${MAX_DIAGNOSTICS.toLocaleString('en-US')} are shown per file (\`npx cfn-coach lint\` lists them all)`;
  return [...kept, finding('I0002', 'info', message, { start: 0, end: 0 })];
}
