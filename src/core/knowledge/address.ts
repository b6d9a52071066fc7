import { isIntrinsicName } from '../intrinsics';
import type { NodePath, ScalarValue, TemplateNode } from '../model';
import { resourceById } from '../sections';

/** Where a position sits, in the terms notes are keyed by. */
export interface NoteAddress {
  /** The resource's type when the position is inside a resource with a string `Type`. */
  type?: string;
  /** True inside `Resources.<LogicalId>`, whether or not the type is known. */
  inResource: boolean;
  /** Keys from the resource's own map (or the template root) down; list indexes left out. */
  path: string[];
  /** The scalar value at the position, when it is a literal. */
  value?: ScalarValue;
}

/**
 * The note address of a node path. Keys stop at the first intrinsic function: what lies under
 * `!If` or `!Sub` is not a property of its own, and its value is not a literal.
 */
export function addressOf(root: TemplateNode | undefined, nodePath: NodePath, value?: ScalarValue): NoteAddress {
  const keys: string[] = [];
  let literal = true;
  for (const segment of nodePath) {
    if (typeof segment === 'number') continue;
    if (isIntrinsicName(segment)) {
      literal = false;
      break;
    }
    keys.push(segment);
  }
  const withValue = literal && value !== undefined ? { value } : {};
  if (keys[0] !== 'Resources' || keys.length < 2) return { inResource: false, path: keys, ...withValue };
  const type = resourceById(root, keys[1])?.type;
  return { type, inResource: true, path: keys.slice(2), ...withValue };
}

/** True when the address is the resource itself: its logical ID or its `Type`. */
export function isResourceItself(address: NoteAddress): boolean {
  return address.inResource && (address.path.length === 0 || (address.path.length === 1 && address.path[0] === 'Type'));
}
