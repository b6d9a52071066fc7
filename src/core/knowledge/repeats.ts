import type { Finding } from '../findings';
import type { Template } from '../template';
import type { NotedPlace } from './places';

/**
 * Whether an exam note would repeat what a finding already says: the note sits on a line the
 * finding covers, or it rests on the same documentation page as an explained finding of its
 * resource (an SSM parameter's note beside the SecureString error). One message per problem.
 * Built once per set of findings, so a template with thousands of findings and noted lines stays linear.
 */
export function findingRepeats(template: Template, findings: readonly Finding[]): (place: NotedPlace) => boolean {
  const covered = coveredLines(template, findings);
  const explained = new Set<string>();
  for (const found of findings) {
    const logicalId = resourceOf(found);
    if (found.explanation?.url && logicalId !== undefined) explained.add(pageOfResource(found.explanation.url, logicalId));
  }
  return (place) =>
    covered(template.lines.positionAt(place.offset).line) ||
    (place.logicalId !== undefined && explained.has(pageOfResource(place.note.url, place.logicalId)));
}

/** Whether a line lies within a finding's lines: the findings' line ranges merged, then searched by halves. */
function coveredLines(template: Template, findings: readonly Finding[]): (line: number) => boolean {
  const ranges = findings
    .map((found) => [template.lines.positionAt(found.span.start).line, template.lines.positionAt(found.span.end).line] as const)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return (line) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [start, end] = merged[middle];
      if (line < start) high = middle - 1;
      else if (line > end) low = middle + 1;
      else return true;
    }
    return false;
  };
}

function pageOfResource(url: string, logicalId: string): string {
  return `${url}\u0000${logicalId}`;
}

function resourceOf(found: Finding): string | undefined {
  const [section, logicalId] = found.path ?? [];
  return section === 'Resources' && typeof logicalId === 'string' ? logicalId : undefined;
}
