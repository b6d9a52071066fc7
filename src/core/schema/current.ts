import { Schema, type SchemaSource } from './schema';

let current: Schema | undefined;

/**
 * Called once by the host (language server, CLI, tests) with where the generated index lives.
 * Until it is called, schema-driven rules, hover and completion stay silent.
 */
export function setSchemaSource(source: SchemaSource | undefined): void {
  current = source ? new Schema(source) : undefined;
}

/** The schema the host supplied, or undefined. */
export function currentSchema(): Schema | undefined {
  return current;
}
