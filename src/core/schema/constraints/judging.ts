/**
 * Whether a schema can find anything to report in a value, at any depth: a keyword about values
 * (allowed values, pattern, length, range, format, list sizes, key names), about presence beyond
 * `required`, or a combination. `type`, `required`, `additionalProperties: false` and a `false`
 * schema only steer which branch of a combination a value takes, and are never reported from the
 * walk (the specification rules report them): below a schema that has nothing else, the walk
 * outside a combination has nothing to find, so it skips the value. Most members of most types
 * are such plain strings and objects.
 */
import type { JsonSchema, SchemaObject } from './types';

const JUDGING_KEYWORDS: readonly (keyof SchemaObject)[] = [
  'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'uniqueBy', 'propertyNames', 'minProperties', 'maxProperties',
  'requiredXor', 'requiredOr', 'dependencies', 'dependentRequired', 'dependentExcluded', 'valueDependencies',
  'oneOf', 'anyOf', 'allOf', 'not', 'if',
];

export function judgesAnything(schema: JsonSchema, root: SchemaObject): boolean {
  if (typeof schema !== 'object') return false;
  return schema.judges ?? judges(schema, root, new Set());
}

/**
 * Kept on the schema itself (`judges`): a schema object belongs to one type's schema, the root its
 * `$ref`s point into.
 */
function judges(schema: JsonSchema | undefined, root: SchemaObject, visiting: Set<SchemaObject>): boolean {
  if (typeof schema !== 'object') return false;
  if (schema.judges !== undefined) return schema.judges;
  // A schema that refers to itself (a nested statement): assumed to judge, which only skips less.
  if (visiting.has(schema)) return true;
  visiting.add(schema);
  const result = computed(schema, root, visiting);
  visiting.delete(schema);
  schema.judges = result;
  return result;
}

function computed(schema: SchemaObject, root: SchemaObject, visiting: Set<SchemaObject>): boolean {
  const below = (member: JsonSchema | undefined) => judges(member, root, visiting);
  if (schema.$ref !== undefined) {
    // As the validator resolves it: the definition alone, and a reference it cannot follow accepts anything.
    const name = schema.$ref.startsWith('#/definitions/') ? schema.$ref.slice('#/definitions/'.length) : undefined;
    return below(name !== undefined ? root.definitions?.[name] : undefined);
  }
  if (JUDGING_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) return true;
  return (
    Object.values(schema.properties ?? {}).some(below) ||
    Object.values(schema.patternProperties ?? {}).some(below) ||
    below(schema.additionalProperties) ||
    below(schema.items) ||
    (schema.prefixItems ?? []).some(below)
  );
}
