/** The keys of a DynamoDB table and its indexes, as far as they are written literally. */
import { isMap, isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { intrinsicName, isNoValue, literalString } from '../support/values';

export const TABLE_TYPES = ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'];

export interface KeyElement {
  name: string;
  type: string;
  node: TemplateNode;
  path: NodePath;
}

export interface Index {
  node: MapNode;
  path: NodePath;
  /** undefined when the key schema is computed. */
  keys: KeyElement[] | undefined;
}

/** The elements of a key schema written as a list of literal maps; undefined when anything is computed. */
export function keyElements(schema: TemplateNode | undefined, path: NodePath): KeyElement[] | undefined {
  if (!isSeq(schema)) return undefined;
  const elements: KeyElement[] = [];
  for (const [index, item] of schema.items.entries()) {
    const name = literalString(valueOf(item, 'AttributeName'));
    const type = literalString(valueOf(item, 'KeyType'));
    if (name === undefined || type === undefined) return undefined;
    elements.push({ name, type, node: item, path: [...path, index, 'AttributeName'] });
  }
  return elements;
}

/** The indexes of one kind (GlobalSecondaryIndexes or LocalSecondaryIndexes), conditional ones left out. */
export function indexes(table: ResourceDeclaration, kind: 'GlobalSecondaryIndexes' | 'LocalSecondaryIndexes'): Index[] {
  const list = valueOf(table.properties, kind);
  if (!isSeq(list)) return [];
  return list.items.flatMap((node, index) =>
    isMap(node) && intrinsicName(node) === undefined && !isNoValue(node)
      ? [{ node, path: [kind, index], keys: keyElements(valueOf(node, 'KeySchema'), [kind, index, 'KeySchema']) }]
      : [],
  );
}

/** Every index list is written as a literal list (no Fn::If around an index or the list). */
export function indexListsKnown(table: ResourceDeclaration): boolean {
  return (['GlobalSecondaryIndexes', 'LocalSecondaryIndexes'] as const).every((kind) => {
    const list = valueOf(table.properties, kind);
    return list === undefined || (isSeq(list) && list.items.every((item) => isMap(item) && intrinsicName(item) === undefined));
  });
}

/** The names defined in AttributeDefinitions; undefined when the list or a name is computed. */
export function definedAttributes(table: ResourceDeclaration): Map<string, NodePath> | undefined {
  const list = valueOf(table.properties, 'AttributeDefinitions');
  if (!isSeq(list)) return undefined;
  const names = new Map<string, NodePath>();
  for (const [index, item] of list.items.entries()) {
    const name = literalString(valueOf(item, 'AttributeName'));
    if (name === undefined) return undefined;
    names.set(name, ['AttributeDefinitions', index, 'AttributeName']);
  }
  return names;
}
