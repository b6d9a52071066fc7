/** Where a question points in its template: the key it names, for the editor to select. */
import { entryOf, isMap, isSeq, nodeAt, type NodePath, type Span, type TemplateNode } from '../model';

/** The span of the key at the end of the path (`Resources/Db` → the `Db` key); the node's own span for a list item. */
export function placeOf(root: TemplateNode | undefined, path: NodePath): Span | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (typeof last === 'number') return isSeq(parent) ? parent.items[last]?.span : undefined;
  return isMap(parent) ? entryOf(parent, last)?.key.span : undefined;
}
