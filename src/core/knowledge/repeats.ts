import type { Finding } from '../findings';
import type { Template } from '../template';
import type { NotedPlace } from './places';

/**
 * Whether an exam note would repeat what a finding already says: the note sits on a line the
 * finding covers, or it rests on the same documentation page as an explained finding of its
 * resource (an SSM parameter's note beside the SecureString error). One message per problem.
 */
export function repeatsFinding(template: Template, place: NotedPlace, findings: readonly Finding[]): boolean {
  const line = template.lines.positionAt(place.offset).line;
  return findings.some(
    (found) =>
      (template.lines.positionAt(found.span.start).line <= line && line <= template.lines.positionAt(found.span.end).line) ||
      (found.explanation?.url === place.note.url && resourceOf(found) !== undefined && resourceOf(found) === place.logicalId),
  );
}

function resourceOf(found: Finding): string | undefined {
  const [section, logicalId] = found.path ?? [];
  return section === 'Resources' && typeof logicalId === 'string' ? logicalId : undefined;
}
