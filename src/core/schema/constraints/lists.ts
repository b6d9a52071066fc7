/** What the constraint walk asks of a list as a whole: the items CloudFormation will see, and items that repeat a key. */
import type { NodePath, SeqNode } from '../../model';
import { functionOf } from './alternatives';
import { isNoValueRef } from './objectKeywords';
import type { Violation } from './types';

/** Items that give `key` a value (written out) an earlier item gives it: each is reported at its own key. */
export function repeatedKeys(node: SeqNode, path: NodePath, name: string, key: string, passedTo: string | undefined): Violation[] {
  const first = new Map<string, number>();
  const out: Violation[] = [];
  node.items.forEach((item, index) => {
    const entry = item.kind === 'map' ? item.entries.find((candidate) => candidate.key.value === key) : undefined;
    const value = entry?.value.kind === 'scalar' && entry.value.value !== null && typeof entry.value.value !== 'object' ? String(entry.value.value) : undefined;
    if (value === undefined) return;
    const earlier = first.get(value);
    if (earlier === undefined) return void first.set(value, index);
    out.push({ keyword: 'unique', message: `${name} items ${earlier + 1} and ${index + 1} both have ${key} ${value}: each item needs its own`, span: entry!.value.span, path: [...path, index, key], node: entry!.value, passedTo });
  });
  return out;
}

/** The number of items CloudFormation will see, when it is certain. */
export function countedItems(node: SeqNode): number | undefined {
  let count = 0;
  for (const item of node.items) {
    const fn = functionOf(item);
    if (fn === 'Fn::If') return undefined;
    if (isNoValueRef(item)) continue;
    count++;
  }
  return count;
}

/** Two violations of one keyword at one place (said once where several schemas hold the value). */
export function sameProblem(violation: Violation): string {
  return `${violation.keyword}\u0000${violation.span.start}\u0000${violation.span.end}`;
}
