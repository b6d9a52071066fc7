/** Types of scripts/compile-registry.mjs, for the test that compares its output with the committed data. */
export const OUT_DIR: string;
export const SOURCE: string;
export function schemasDir(): string;
export function compileRegistry(dir?: string): Map<string, string>;
export function chunkOf(typeName: string): string;
