import { oneFindingPerProblem, type Finding, type LineIndex } from '../../core';

/**
 * Our findings, then cfn-lint's that say something new. A cfn-lint finding repeats one of ours when
 * both have the same rule id and either start on the same line or point at the same template path;
 * and, as in our own analysis, one finding per problem where an exam finding and another share a span.
 */
export function mergeFindings(own: readonly Finding[], external: readonly Finding[], lines: LineIndex): Finding[] {
  const lineKeys = new Set(own.map((found) => `${found.ruleId}@${lines.positionAt(found.span.start).line}`));
  const pathKeys = new Set(own.filter((found) => found.path).map((found) => `${found.ruleId}@${JSON.stringify(found.path)}`));
  const seen = new Set<string>();
  const added = external.filter((found) => {
    const lineKey = `${found.ruleId}@${lines.positionAt(found.span.start).line}`;
    const pathKey = found.path ? `${found.ruleId}@${JSON.stringify(found.path)}` : undefined;
    if (lineKeys.has(lineKey) || (pathKey && pathKeys.has(pathKey))) return false;
    const key = `${lineKey}:${found.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return oneFindingPerProblem([...own, ...added]);
}
