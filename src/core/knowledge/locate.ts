import { isIntrinsicName } from '../intrinsics';
import type { NodePath, ScalarNode, Span, TemplateNode } from '../model';

/** What sits under the cursor. */
export interface Located {
  /** Node path of the key, list item or value under the cursor. */
  path: NodePath;
  /** The key, tag or scalar the cursor is on. */
  span: Span;
  /** Set when the cursor is on a scalar value (not a key). */
  scalar?: ScalarNode;
  /** Set when the cursor is on an intrinsic function's key or short-form tag. */
  intrinsic?: string;
}

export function locate(root: TemplateNode | undefined, offset: number): Located | undefined {
  return root ? visit(root, [], offset) : undefined;
}

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function visit(node: TemplateNode, path: NodePath, offset: number): Located | undefined {
  if (node.kind === 'map') {
    for (const entry of node.entries) {
      const key = entry.key.value;
      if (within(entry.key.span, offset)) {
        return { path: [...path, key], span: entry.key.span, ...(isIntrinsicName(key) ? { intrinsic: key } : {}) };
      }
      if (within(entry.value.span, offset)) return visit(entry.value, [...path, key], offset);
    }
    return undefined;
  }
  if (node.kind === 'seq') {
    const index = node.items.findIndex((item) => within(item.span, offset));
    return index < 0 ? undefined : visit(node.items[index], [...path, index], offset);
  }
  return within(node.span, offset) ? { path, span: node.span, scalar: node } : undefined;
}
