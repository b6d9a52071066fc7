import { linearPattern } from '../../patterns/linearRegex';
import type { JsonSchema, SchemaObject } from './types';

/** The schema of member `name` of an object schema: a named property, a key a pattern property matches, or any other key. */
export function memberSchema(schema: SchemaObject, name: string): JsonSchema | undefined {
  if (schema.properties && Object.hasOwn(schema.properties, name)) return schema.properties[name];
  if (schema.patternProperties) {
    for (const source in schema.patternProperties) if (linearPattern(source)?.matchesPart(name)) return schema.patternProperties[source];
  }
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}
