import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export const inVscodeDir = join(import.meta.dirname, '../in-vscode');

/**
 * Bundles the in-host runner (test/e2e/in-vscode/index.ts) with every *.test.ts of `testsDir` into one
 * CommonJS file, the `extensionTestsPath` the extension host loads. Returns the file's path.
 */
export async function buildInVscodeTests(outDir: string, testsDir = inVscodeDir): Promise<string> {
  const testFiles = readdirSync(testsDir).filter((name) => name.endsWith('.test.ts')).sort();
  const outfile = join(outDir, 'in-vscode-tests.js');
  await esbuild.build({
    stdin: {
      contents: [...testFiles.map((name) => `import './${name}';`), `export { run } from ${JSON.stringify(join(inVscodeDir, 'index'))};`].join('\n'),
      resolveDir: testsDir,
      sourcefile: 'in-vscode-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
