/**
 * What an `Fn::FindInMap` written in the template can return: the mapping and the second-level key must
 * be literal; the top-level key may be literal or a `Ref` to a parameter: the keys its AllowedValues allow,
 * else every key of the mapping (the keys are the choices the stack offers). A key from a pseudo parameter
 * (`AWS::Region`) or another function is unknown: a mapping by Region often holds a placeholder for the
 * Regions the template does not support (Quick Start's `AMI: { HVM64: <name> }`, widdix's `'None'`).
 * Keys a deployment could pick but the mapping lacks fail that deployment on their own and add nothing here.
 */
import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type TemplateNode } from './model';
import { keptEntries } from './sections';

export interface MappingScope {
  /** The template's `Mappings` section. */
  mappings: MapNode | undefined;
  parameter(name: string): MapNode | undefined;
}

/** The values the lookup can return, in the mapping's order, or undefined when they cannot be told. */
export function findInMapValues(node: TemplateNode, scope: MappingScope): TemplateNode[] | undefined {
  const args = valueOf(node, 'Fn::FindInMap');
  if (!isSeq(args) || args.items.length < 3 || args.items.length > 4) return undefined;
  const [mapName, topKey, secondKey] = args.items;
  if (!isString(mapName) || !isScalar(secondKey) || secondKey.value === null) return undefined;
  const mapping = valueOf(scope.mappings, mapName.value);
  if (!isMap(mapping)) return undefined;
  const keys = topKeys(topKey, mapping, scope);
  if (!keys) return undefined;
  const values: TemplateNode[] = [];
  for (const entry of keptEntries(mapping)) {
    if (!keys.includes(entry.key.value)) continue;
    const value = valueOf(entry.value, String(secondKey.value));
    if (value !== undefined) values.push(value);
  }
  return values.length > 0 ? values : undefined;
}

/** The top-level keys a deployment may look up. */
function topKeys(key: TemplateNode, mapping: MapNode, scope: MappingScope): string[] | undefined {
  if (isScalar(key)) return key.value === null ? undefined : [String(key.value)];
  const all = keptEntries(mapping).map((entry) => entry.key.value);
  if (!isMap(key) || key.entries.length !== 1 || key.entries[0].key.value !== 'Ref' || !isString(key.entries[0].value)) return undefined;
  const name = key.entries[0].value.value;
  if (name.startsWith('AWS::')) return undefined;
  const allowed = valueOf(scope.parameter(name), 'AllowedValues');
  return isSeq(allowed) && allowed.items.length > 0 && allowed.items.every(isScalar) ? allowed.items.map((item) => String((item as { value: unknown }).value)) : all;
}
