/**
 * One model for YAML and JSON templates. Short-form YAML tags are normalised
 * to their long form, so `!Ref X`, `{Ref: X}` and JSON `{"Ref": "X"}` all
 * give a one-entry map whose key is "Ref".
 */

/** A half-open span of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export type ScalarValue = string | number | boolean | null;

export interface ScalarNode {
  kind: 'scalar';
  value: ScalarValue;
  span: Span;
  /** True when the source quoted the value, so `"3"` is not the number 3. */
  quoted: boolean;
}

export interface MapEntry {
  key: ScalarNode & { value: string };
  value: TemplateNode;
  /** From the key's start to the value's end. */
  span: Span;
}

export interface MapNode {
  kind: 'map';
  entries: MapEntry[];
  span: Span;
  /** Set when the map stands for a YAML short-form tag such as `!Sub`. */
  shortForm?: ShortFormTag;
  /** Set by the parser when a key is written twice (CloudFormation keeps the last copy). */
  duplicateKeys?: true;
}

export interface SeqNode {
  kind: 'seq';
  items: TemplateNode[];
  span: Span;
}

export type TemplateNode = ScalarNode | MapNode | SeqNode;

/** Where a YAML short-form tag stood in the source. */
export interface ShortFormTag {
  tag: string;
  span: Span;
}

export type PathSegment = string | number;
export type NodePath = PathSegment[];

export function isMap(node: TemplateNode | undefined): node is MapNode {
  return node?.kind === 'map';
}

export function isSeq(node: TemplateNode | undefined): node is SeqNode {
  return node?.kind === 'seq';
}

export function isScalar(node: TemplateNode | undefined): node is ScalarNode {
  return node?.kind === 'scalar';
}

export function isString(node: TemplateNode | undefined): node is ScalarNode & { value: string } {
  return node?.kind === 'scalar' && typeof node.value === 'string';
}

/** The first entry with this key (templates with duplicate keys get a diagnostic). */
/** The entry of `key`; of a key written twice, the last, which is the one CloudFormation keeps. */
export function entryOf(map: TemplateNode | undefined, key: string): MapEntry | undefined {
  if (!isMap(map)) return undefined;
  const { entries } = map;
  for (let index = entries.length - 1; index >= 0; index--) if (entries[index].key.value === key) return entries[index];
  return undefined;
}

export function valueOf(map: TemplateNode | undefined, key: string): TemplateNode | undefined {
  return entryOf(map, key)?.value;
}

/** The node at a path of keys and indexes, if there is one. */
export function nodeAt(root: TemplateNode | undefined, path: NodePath): TemplateNode | undefined {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'number') node = isSeq(node) ? node.items[segment] : undefined;
    else node = valueOf(node, segment);
    if (!node) return undefined;
  }
  return node;
}

/** Plain JavaScript value of a node: for tests, conversion and comparison. */
export function toPlain(node: TemplateNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  const result: Record<string, unknown> = {};
  for (const entry of node.entries) {
    if (Object.hasOwn(result, entry.key.value)) continue;
    // defineProperty, so a key named __proto__ stays an ordinary key
    Object.defineProperty(result, entry.key.value, {
      value: toPlain(entry.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}
