import { isMap, toPlain, valueOf, type MapNode } from '../model';
import { currentSchema, type ObjectSchema, type Schema } from '../schema';
import { resourceDeclarations, type ResourceDeclaration } from '../sections';
import type { Template } from '../template';
import type { PropertyChange, ResourceChange } from './types';

/**
 * What deploying `current` over `saved` would replace, resource by resource (in the current source order):
 * changed properties the resource schema marks as requiring replacement, changed types (which CloudFormation
 * rejects), new logical IDs.
 * Values are compared as written (an intrinsic function counts as its text). Without the schema only
 * type changes and new logical IDs are found.
 */
export function replacementDiff(saved: Template, current: Template): ResourceChange[] {
  if (!saved.isTemplate || !saved.root) return [];
  const savedResources = new Map(resourceDeclarations(saved.root).map((resource) => [resource.logicalId, resource]));
  const currentResources = resourceDeclarations(current.root);
  const currentIds = new Set(currentResources.map((resource) => resource.logicalId));
  const gone = [...savedResources.values()].filter((resource) => !currentIds.has(resource.logicalId));
  const schema = currentSchema();
  const changes: ResourceChange[] = [];
  for (const resource of currentResources) {
    const before = savedResources.get(resource.logicalId);
    const change = before ? changeOf(schema, before, resource) : added(resource, gone);
    if (change) changes.push(change);
  }
  return changes;
}

function added(resource: ResourceDeclaration, gone: ResourceDeclaration[]): ResourceChange {
  const change: ResourceChange = { logicalId: resource.logicalId, reason: 'added', effect: 'creates', properties: [] };
  const renamed = gone.findIndex((old) => old.type !== undefined && old.type === resource.type);
  if (renamed >= 0) {
    change.renamedFrom = gone[renamed].logicalId;
    gone.splice(renamed, 1);
  }
  return change;
}

function changeOf(schema: Schema | undefined, before: ResourceDeclaration, after: ResourceDeclaration): ResourceChange | undefined {
  const { logicalId } = after;
  if (before.type !== after.type) {
    const change: ResourceChange = { logicalId, reason: 'type', effect: 'blocked', properties: [] };
    if (before.type !== undefined) change.previousType = before.type;
    return change;
  }
  const resourceSchema = after.type ? schema?.resourceType(after.type) : undefined;
  if (!schema || !resourceSchema) return undefined;
  const properties = changedProperties(schema, resourceSchema, before.properties, after.properties, '');
  if (properties.length === 0) return undefined;
  const effect = properties.some((property) => property.effect === 'replaces') ? 'replaces' : 'may replace';
  return { logicalId, reason: 'properties', effect, properties };
}

/** Changed properties of one object that cause replacement; objects whose own change does not are looked into. */
function changedProperties(
  schema: Schema,
  object: ObjectSchema,
  before: MapNode | undefined,
  after: MapNode | undefined,
  prefix: string,
): PropertyChange[] {
  const names = [...keysOf(after), ...keysOf(before)].filter((name, i, all) => all.indexOf(name) === i);
  return names.flatMap((name): PropertyChange[] => {
    const property = object.properties.get(name);
    const was = valueOf(before, name);
    const is = valueOf(after, name);
    if (!property || samePlain(toPlain(was), toPlain(is))) return [];
    const path = prefix + name;
    if (property.causesReplacement === 'yes') return [{ path, effect: 'replaces' }];
    if (property.causesReplacement === 'maybe') return [{ path, effect: 'may replace' }];
    const nested = schema.objectOf(object.resourceType, property.type);
    if (!nested || !isMap(was) || !isMap(is)) return [];
    return changedProperties(schema, nested, was, is, `${path}.`);
  });
}

function keysOf(map: MapNode | undefined): string[] {
  return map?.entries.map((entry) => entry.key.value) ?? [];
}

/** Deep equality of plain values; the order of map keys does not matter, the order of list items does. */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => samePlain(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && samePlain(a[key], b[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
