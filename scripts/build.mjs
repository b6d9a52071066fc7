// Bundles the extension (client) and the language server with esbuild. `--production` minifies.
import * as esbuild from 'esbuild';
import { cpSync } from 'node:fs';
import { generateSchema, isStale } from './generate-schema.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

// VS Code for the Web: the server as a web worker script, the client as the extension's `browser` entry.
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

const builds = [
  // Two bundles: the light extension entry, and the language client it loads once activate() has returned.
  { ...common, entryPoints: { client: 'src/client/extension.ts', languageClient: 'src/client/languageClient.ts' }, outdir: 'dist', external: ['vscode'] },
  // dist/server.js starts the analysis worker, then loads the server itself (dist/serverMain.js).
  { ...common, entryPoints: ['src/server/nodeEntry.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['src/server/node.ts'], outfile: 'dist/serverMain.js' },
  // The analysis worker each server starts (a worker thread on Node, a nested web worker in the browser).
  { ...common, entryPoints: ['src/server/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...browser, format: 'iife', entryPoints: ['src/server/browser.ts'], outfile: 'dist/browser/server.js' },
  { ...browser, format: 'iife', entryPoints: ['src/server/browserAnalysisWorker.ts'], outfile: 'dist/browser/analysisWorker.js' },
  { ...browser, entryPoints: ['src/client/browser.ts'], outfile: 'dist/browser/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// The resource schema index (dist/schema) is regenerated only when the spec package or the generator changed.
if (isStale()) generateSchema();
// The registry constraints are committed (src/core/schema/registry, from npm run registry) and go beside the index.
cpSync(new URL('../src/core/schema/registry', import.meta.url), new URL('../dist/schema/registry', import.meta.url), { recursive: true });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`built ${builds.flatMap((b) => b.outfile ?? Object.keys(b.entryPoints).map((name) => `${b.outdir}/${name}.js`)).join(', ')}${production ? ' (production)' : ''}`);
}
