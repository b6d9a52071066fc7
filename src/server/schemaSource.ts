import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaSource } from '../core';

/**
 * Reads the generated schema index from disk: dist/schema beside the bundle (dist/server.js, and
 * the CLI bundled into dist/ too), or from `dir` when given (tests).
 */
export function nodeSchemaSource(dir: string = join(__dirname, 'schema')): SchemaSource {
  return {
    read(chunkName) {
      try {
        return readFileSync(join(dir, `${chunkName}.json`), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
