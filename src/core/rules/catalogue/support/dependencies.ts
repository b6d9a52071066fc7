/**
 * Which resources a resource waits for: CloudFormation creates a resource only after every resource
 * it names in DependsOn, Ref, Fn::GetAtt or Fn::Sub, and after what those wait for in turn. Checks
 * about creation order (a Config rule before its recorder, a composite alarm before the alarms its
 * rule names as text) ask this instead of reading DependsOn alone.
 */
import type { Fix } from '../../../findings';
import { templateGraph } from '../../../graph';
import { memoized } from '../../../memo';
import { valueOf } from '../../../model';
import { referenceIndex } from '../../../references';
import type { ResourceDeclaration } from '../../../sections';
import type { Template } from '../../../template';
import { insertEntry } from '../../exam/edits';

function edgesOf(template: Template): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const edge of templateGraph(template).edges) {
    const list = edges.get(edge.from) ?? [];
    list.push(edge.to);
    edges.set(edge.from, list);
  }
  return edges;
}

/** Whether CloudFormation creates `to` before `from` (directly or through other resources). */
export function waitsFor(template: Template, from: string, to: string): boolean {
  const edges = memoized(template, edgesOf);
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of edges.get(queue.shift()!) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/** Whether any other resource names this one (Ref, GetAtt, Sub, DependsOn), or SAM's Globals do (every function's alarms). */
export function isReferencedByOthers(template: Template, logicalId: string): boolean {
  for (const [from, targets] of memoized(template, edgesOf)) {
    if (from !== logicalId && targets.includes(logicalId)) return true;
  }
  return referenceIndex(template).references.some((reference) => reference.path[0] === 'Globals' && reference.name === logicalId);
}

/** The quick fix that makes `resource` wait for `target` with DependsOn; none when it has a DependsOn already. */
export function dependsOnFix(template: Template, resource: ResourceDeclaration, target: string, title: string): Fix[] | undefined {
  if (!resource.body || valueOf(resource.body, 'DependsOn') !== undefined) return undefined;
  const edit = insertEntry(template, resource.body, 'DependsOn', target, 'Type');
  return edit ? [{ title, edits: [edit], preferred: true }] : undefined;
}
