/** Whether a value names a resource: `Ref X`, `Fn::GetAtt X.…`, or `${X}` / `${X.Attr}` inside `Fn::Sub`. */
import { isMap, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import { referencedId } from '../support/context';
import { intrinsicName } from '../support/values';

const PLACEHOLDER = /\$\{([^}!][^}]*)\}/g;

/** The logical ids a value refers to, directly or in Fn::Sub placeholders, at any depth. */
export function namedIds(node: TemplateNode | undefined, found: Set<string> = new Set(), depth = 0): Set<string> {
  if (node === undefined || depth > 12) return found;
  const direct = referencedId(node);
  if (direct !== undefined) {
    found.add(direct);
    return found;
  }
  if (intrinsicName(node) === 'Fn::Sub') {
    const args = valueOf(node, 'Fn::Sub');
    const text = isString(args) ? args : isSeq(args) && isString(args.items[0]) ? args.items[0] : undefined;
    if (text) for (const match of text.value.matchAll(PLACEHOLDER)) found.add(match[1].split('.')[0]);
    if (isSeq(args)) namedIds(args.items[1], found, depth + 1);
    return found;
  }
  if (isSeq(node)) for (const item of node.items) namedIds(item, found, depth + 1);
  else if (isMap(node)) for (const entry of node.entries) namedIds(entry.value, found, depth + 1);
  return found;
}

/** The value names this resource. */
export function names(node: TemplateNode | undefined, logicalId: string): boolean {
  return namedIds(node).has(logicalId);
}
