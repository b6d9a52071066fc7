import type { NodePath } from '../model';
import type { ObjectSchema, PropertySchema, Schema } from './schema';
import type { ValueType } from './valueType';

/** What the schema says about the value at a path inside a resource. */
export interface ResolvedSchema {
  /** The type the value must have. */
  type: ValueType;
  /** The property the path is in: the last property name on the path (list indexes and map keys stay in it). */
  property?: PropertySchema;
  /** The object whose keys are properties, when the value is one (`Properties` itself or a nested type). */
  object?: ObjectSchema;
}

/**
 * The schema for a path inside a resource's body, e.g. ['Properties', 'LaunchTemplate', 'Version'].
 * `Fn::If` branches on the path are looked through (['Properties', 'X', 'Fn::If', 1, 'Y']).
 * Undefined for paths outside Properties (UpdatePolicy, Metadata, …), for unknown types and for
 * names the schema does not have. Below a JSON-typed property everything is JSON.
 */
export function resolveResourcePath(schema: Schema, resourceType: string, path: NodePath): ResolvedSchema | undefined {
  if (path[0] !== 'Properties') return undefined;
  const resource = schema.resourceType(resourceType);
  if (!resource) return undefined;
  let resolved: ResolvedSchema = { type: { kind: 'object', name: resourceType }, object: resource };
  for (let i = 1; i < path.length; i++) {
    const segment = path[i];
    if (segment === 'Fn::If' && (path[i + 1] === 1 || path[i + 1] === 2)) {
      i++;
      continue;
    }
    const next = step(schema, resourceType, resolved, segment);
    if (!next) return undefined;
    resolved = next;
  }
  return resolved;
}

function step(schema: Schema, resourceType: string, from: ResolvedSchema, segment: string | number): ResolvedSchema | undefined {
  const type = from.type;
  if (type.kind === 'primitive') return type.name === 'json' ? from : undefined;
  if (type.kind === 'list') return typeof segment === 'number' ? withType(schema, resourceType, type.element, from.property) : undefined;
  if (type.kind === 'map') return typeof segment === 'string' ? withType(schema, resourceType, type.element, from.property) : undefined;
  if (type.kind === 'union') {
    for (const member of type.types) {
      const found = step(schema, resourceType, { ...from, type: member, object: objectOf(schema, resourceType, member) }, segment);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof segment !== 'string') return undefined;
  const property = from.object?.properties.get(segment);
  return property ? withType(schema, resourceType, property.type, property) : undefined;
}

function withType(schema: Schema, resourceType: string, type: ValueType, property: PropertySchema | undefined): ResolvedSchema {
  const object = objectOf(schema, resourceType, type);
  return { type, ...(property ? { property } : {}), ...(object ? { object } : {}) };
}

function objectOf(schema: Schema, resourceType: string, type: ValueType): ObjectSchema | undefined {
  return type.kind === 'object' ? schema.propertyType(resourceType, type.name) : undefined;
}
