// The one test command: builds the bundles, then runs every layer (core unit tests, the language
// server over a real LSP connection, end-to-end in a real VS Code) with node's test runner, and
// closes with one "N passed, N failed" line.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
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
// The unit and server files run side by side (at least two at a time, also on a two-CPU machine, where
// node's default of one fewer than the CPUs would run them one by one); the browser files run after them,
// one at a time: they drive Chromium (and code-server), whose waits a busy CPU would stretch, and the
// end-to-end file installs the harness the web worker test then uses.
const endToEnd = files.filter((file) => file.startsWith('test/e2e/') || file.startsWith('test/web/'));
const batches = [
  { files: files.filter((file) => !endToEnd.includes(file)), concurrency: Math.max(2, availableParallelism() - 1) },
  { files: endToEnd, concurrency: 1 },
].filter((batch) => batch.files.length > 0);

let passed = 0;
let failed = 0;
let succeeded = true;
for (const batch of batches) {
  const result = await runBatch(batch);
  passed += result.passed;
  failed += result.failed;
  succeeded &&= result.succeeded;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(succeeded && failed === 0 && passed > 0 ? 0 : 1);

/** Runs one batch of test files with node's test runner; the counts are read from the spec reporter's summary on stdout, passed through as it comes. */
async function runBatch({ files: batchFiles, concurrency }) {
  const run = spawn(
    process.execPath,
    [
      '--import', 'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      // No --test-force-exit: with it, node drops the last verdicts of a file now and then
      // (nodejs/node#64833), so a run could count fewer tests and still pass. A test stuck for 10 minutes
      // fails; a file that never exits after its tests is caught by the watchdog below.
      '--test-timeout=600000',
      '--test-reporter=spec',
      ...batchFiles,
    ],
    // Its own process group, so that stopping it stops the test files it started too.
    { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], detached: true },
  );
  const stopRun = () => {
    try {
      process.kill(-run.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const onSignal = () => {
    stopRun();
    process.exit(1);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, onSignal);
  // Every test reports within its 10 minutes, so a run silent for twice that is a file left hanging (a
  // timer or a child process a test did not close): stop it and fail rather than hold CI. (TEST_SILENCE_LIMIT_MS
  // sets another limit, to try the watchdog.)
  const silenceLimitMs = Number(process.env.TEST_SILENCE_LIMIT_MS) || 20 * 60_000;
  let silent = false;
  let watchdog;
  const rearm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      silent = true;
      console.error(`\nNo test output for ${silenceLimitMs / 1000} s: a test file is left hanging; stopping.`);
      stopRun();
    }, silenceLimitMs);
  };
  // The whole output is kept: the summary ("ℹ pass N") comes before the details of failed tests, which
  // can be long, so a tail of the output may not hold it.
  const output = [];
  run.stdout.on('data', (chunk) => {
    rearm();
    process.stdout.write(chunk);
    output.push(chunk);
  });
  rearm();
  const status = await new Promise((resolve) => run.on('close', (code) => resolve(code)));
  clearTimeout(watchdog);
  for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, onSignal);

  const text = Buffer.concat(output).toString('utf8');
  /** The last summary line of this name (the runner prints one summary, at the end of the run's results). */
  const count = (name) => Number([...text.matchAll(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
  const batchFailed = count('fail') + count('cancelled');
  return { passed: count('pass'), failed: batchFailed, succeeded: status === 0 && !silent };
}
