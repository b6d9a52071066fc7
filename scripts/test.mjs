// The one test command: builds the bundles, then runs every layer (core unit tests, the language
// server over a real LSP connection, end-to-end in a real VS Code) with node's test runner, and
// closes with one "N passed, N failed" line.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Files under an `in-vscode` folder run inside the extension host, started by the e2e layer.
const only = process.argv.slice(2);

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'node_modules' || name === 'in-vscode' || name === 'fixtures' ? [] : findTests(path);
    }
    return /\.test\.(ts|mjs)$/.test(name) ? [relative(root, path)] : [];
  });
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = findTests(join(root, 'test'))
  .filter((file) => only.length === 0 || only.some((part) => file.includes(part)))
  .sort();
// The runner force-exits (see below), which can cut off a reporter writing to a file: the counts are read
// from the spec reporter's summary on stdout, passed through as it comes.
const run = spawn(
  process.execPath,
  [
    '--import', 'tsx',
    '--test',
    // A file whose tests are done exits even if a failed test left a child process or a timer behind;
    // a test stuck for 10 minutes fails instead of holding the run.
    '--test-force-exit',
    '--test-timeout=600000',
    '--test-reporter=spec',
    ...files,
  ],
  { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] },
);
let tail = '';
run.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString('utf8')).slice(-4096);
});
const status = await new Promise((resolve) => run.on('close', (code) => resolve(code)));

const count = (name) => Number(tail.match(new RegExp(`^ℹ ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + count('cancelled');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1);
