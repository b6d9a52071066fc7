/** Dynamic references (`{{resolve:service:key}}`) written in template strings, with where they are. */
import { isMap, isSeq, isString, type NodePath, type ScalarNode, type TemplateNode } from '../../../model';

export interface DynamicReference {
  /** ssm, ssm-secure or secretsmanager. */
  service: string;
  /** Everything after the service, up to the closing braces. */
  key: string;
  node: ScalarNode & { value: string };
  /** Path of the string holding it. */
  path: NodePath;
}

// The key may hold Fn::Sub placeholders (${Name}); the alternatives start with different characters.
const REFERENCE = /\{\{resolve:([a-z-]+):((?:[^{}$]|\$(?!\{)|\$\{[^{}]*\})*)\}\}/g;

/** Every dynamic reference in the strings under `node` (inside Fn::Sub and Fn::Join too). */
export function dynamicReferences(node: TemplateNode | undefined, path: NodePath, found: DynamicReference[] = []): DynamicReference[] {
  if (isString(node)) {
    if (!node.value.includes('{{resolve:')) return found;
    for (const match of node.value.matchAll(REFERENCE)) found.push({ service: match[1], key: match[2], node, path });
  } else if (isSeq(node)) node.items.forEach((item, index) => dynamicReferences(item, [...path, index], found));
  else if (isMap(node)) for (const entry of node.entries) dynamicReferences(entry.value, [...path, entry.key.value], found);
  return found;
}

/** The property path below Properties with list indexes left out, e.g. LoginProfile.Password. */
export function propertyName(path: NodePath): string {
  const start = path[0] === 'Resources' ? 3 : 0;
  return path
    .slice(start)
    .filter((segment) => typeof segment === 'string' && !segment.startsWith('Fn::'))
    .join('.');
}
