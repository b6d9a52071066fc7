import { join } from 'node:path';
import { Schema, setSchemaSource } from '../../../src/core/schema';
import { nodeSchemaSource } from '../../../src/server/schemaSource';

/** The generated index (scripts/test.mjs builds it before the tests run). */
export const SCHEMA_DIR = join(import.meta.dirname, '../../../dist/schema');

/** Makes the generated schema the current one, as the server does at start; returns it. */
export function useGeneratedSchema(): Schema {
  const source = nodeSchemaSource(SCHEMA_DIR);
  setSchemaSource(source);
  return new Schema(source);
}
