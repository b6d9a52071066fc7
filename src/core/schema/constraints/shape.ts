/**
 * Registry schemas as the walk reads them: every schema object rebuilt with the same keys in the same
 * order (absent keywords undefined), so that V8 sees few object shapes. Parsed from JSON, each schema
 * has its own set of keys, and every keyword the walk reads on it was a megamorphic lookup; rebuilt,
 * they take one of two shapes: the common one (the 18 keywords that 98% of the registry's schemas
 * limit themselves to, half the memory of the full one) or the full one. Records of schemas
 * (properties, definitions) stay plain maps.
 *
 * Count keywords with `writtenKeywords`, never `Object.keys`, and copy with `withKeywords`, never a spread:
 * a rebuilt schema holds every key.
 */
import type { JsonSchema, SchemaObject } from './types';

type Keyword = keyof SchemaObject;

/** Every keyword, in the order each rebuilt schema holds them. */
const KEYWORDS = [
  '$ref', 'type', 'properties', 'items', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum',
  'oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'required', 'patternProperties', 'additionalProperties', 'definitions',
  'propertyNames', 'prefixItems', 'enumCaseInsensitive', 'patternMeaning', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'dependencies', 'dependentRequired', 'dependentExcluded',
  'requiredXor', 'requiredOr', 'valueDependencies', 'uniqueBy', 'passedTo',
] as const satisfies readonly Keyword[];

/** The keywords of the common shape: a schema that writes no other takes it. */
const COMMON: ReadonlySet<Keyword> = new Set<Keyword>([
  '$ref', 'type', 'properties', 'items', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum',
  'required', 'additionalProperties', 'minItems', 'maxItems', 'uniqueItems', 'definitions',
]);

/** Keywords whose value is a schema, a list of schemas, or a record of schemas. */
const ONE: readonly Keyword[] = ['additionalProperties', 'propertyNames', 'items', 'not', 'if', 'then', 'else'];
const LISTS: readonly Keyword[] = ['prefixItems', 'oneOf', 'anyOf', 'allOf'];
const RECORDS: readonly Keyword[] = ['definitions', 'properties', 'patternProperties'];

/** A schema (and every schema below it) rebuilt with one shape. */
export function uniformSchema(schema: JsonSchema): JsonSchema {
  if (typeof schema !== 'object' || schema === null) return schema;
  const rebuilt = KEYWORDS.every((keyword) => schema[keyword] === undefined || COMMON.has(keyword)) ? blankCommon() : blank();
  for (const keyword of KEYWORDS) {
    const value = schema[keyword];
    if (value !== undefined) (rebuilt as Record<string, unknown>)[keyword] = value;
  }
  for (const keyword of ONE) if (rebuilt[keyword] !== undefined) (rebuilt as Record<string, unknown>)[keyword] = uniformSchema(rebuilt[keyword] as JsonSchema);
  for (const keyword of LISTS) {
    const list = rebuilt[keyword] as JsonSchema[] | undefined;
    if (list) (rebuilt as Record<string, unknown>)[keyword] = list.map(uniformSchema);
  }
  for (const keyword of RECORDS) {
    const record = rebuilt[keyword] as Record<string, JsonSchema> | undefined;
    if (record) (rebuilt as Record<string, unknown>)[keyword] = mapValues(record, uniformSchema);
  }
  if (rebuilt.dependencies) rebuilt.dependencies = mapValues(rebuilt.dependencies, (value) => (Array.isArray(value) ? value : uniformSchema(value)));
  return rebuilt;
}

/** The keywords a schema writes (those with a value). */
export function writtenKeywords(schema: SchemaObject): Keyword[] {
  return KEYWORDS.filter((keyword) => schema[keyword] !== undefined);
}

/** `schema` with `more`'s written keywords laid over it: a spread of two rebuilt schemas would copy `more`'s undefined ones too. */
export function withKeywords(schema: SchemaObject, more: SchemaObject): SchemaObject {
  const merged: SchemaObject = {};
  for (const keyword of writtenKeywords(schema)) (merged as Record<string, unknown>)[keyword] = schema[keyword];
  for (const keyword of writtenKeywords(more)) (merged as Record<string, unknown>)[keyword] = more[keyword];
  return merged;
}

function mapValues<In, Out>(record: Record<string, In>, map: (value: In) => Out): Record<string, Out> {
  const out: Record<string, Out> = {};
  for (const key of Object.keys(record)) out[key] = map(record[key]);
  return out;
}

/** A schema with the common keywords undefined: one literal, so every such schema shares its shape. */
function blankCommon(): SchemaObject {
  return {
    judges: undefined, refTarget: undefined, $ref: undefined, type: undefined, properties: undefined, items: undefined,
    enum: undefined, const: undefined, pattern: undefined, format: undefined, minLength: undefined, maxLength: undefined,
    minimum: undefined, maximum: undefined, required: undefined, additionalProperties: undefined, minItems: undefined,
    maxItems: undefined, uniqueItems: undefined, definitions: undefined,
  };
}

/** A schema with every keyword undefined: one literal, so every other rebuilt schema shares its shape. */
function blank(): SchemaObject {
  return {
    judges: undefined, refTarget: undefined, $ref: undefined, type: undefined, properties: undefined, items: undefined,
    enum: undefined, const: undefined, pattern: undefined, format: undefined, minLength: undefined, maxLength: undefined,
    minimum: undefined, maximum: undefined, oneOf: undefined, anyOf: undefined, allOf: undefined, not: undefined, if: undefined,
    then: undefined, else: undefined, required: undefined, patternProperties: undefined, additionalProperties: undefined,
    definitions: undefined, propertyNames: undefined, prefixItems: undefined, enumCaseInsensitive: undefined,
    patternMeaning: undefined, exclusiveMinimum: undefined, exclusiveMaximum: undefined, multipleOf: undefined, minItems: undefined,
    maxItems: undefined, uniqueItems: undefined, minProperties: undefined, maxProperties: undefined, dependencies: undefined,
    dependentRequired: undefined, dependentExcluded: undefined, requiredXor: undefined, requiredOr: undefined,
    valueDependencies: undefined, uniqueBy: undefined, passedTo: undefined,
  };
}
