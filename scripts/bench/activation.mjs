// Extension activation. Outside VS Code: the client's two bundles made as `npm run package` makes them
// (minified), with vscode-languageclient's start() stubbed, loaded in fresh Node processes with a stub
// `vscode`. activate() returns before the language client's bundle loads, so the figures are what VS Code
// counts as activation, and the time until the client is started, which includes that bundle: on a first
// activation, and on later ones, which load it through the V8 code cache the first one saved.
// In VS Code: code-server through the e2e harness, when it is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromiumPath, codeServerBin, harnessDir } from '../e2e-setup.mjs';
import { figure, median, skipped } from './stats.mjs';

const RUNS = 7;
const VSCODE_TIMEOUT_MS = 180_000;
const shim = new URL('./languageClientShim.mjs', import.meta.url).pathname;

const stubLanguageClientStart = {
  name: 'stub-language-client-start',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageclient\/node$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

// As scripts/build.mjs bundles the client: the extension entry, and the language client it loads later.
async function bundleClient(root, outdir) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { client: 'src/client/extension.ts', languageClient: 'src/client/languageClient.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    mainFields: ['module', 'main'],
    external: ['vscode'],
    logLevel: 'warning',
    plugins: [stubLanguageClientStart],
  });
}

export async function benchActivation({ root }) {
  const dir = mkdtempSync(join(tmpdir(), 'cfn-coach-bench-'));
  try {
    await bundleClient(root, dir);
    const runner = new URL('./activateOnce.cjs', import.meta.url).pathname;
    const activateOnce = (storage) => JSON.parse(execFileSync(process.execPath, [runner, join(dir, 'client.js'), root, storage], { encoding: 'utf8' }));
    // A first activation (empty global storage, so no code cache), then later ones reusing the first run's cache.
    const cold = Array.from({ length: RUNS }, (_, run) => activateOnce(join(dir, `storage-${run}`)));
    const warm = Array.from({ length: RUNS }, () => activateOnce(join(dir, 'storage-0')));
    const ms = (runs, key) => median(runs.map((run) => run[key])).toFixed(1);
    const untilStart = (runs) => median(runs.map((run) => run.requireMs + run.untilStartMs));
    const all = [...cold, ...warm];
    return [
      figure('activation: require + activate() call, as VS Code counts it (stub vscode)', median(all.map((run) => run.requireMs + run.activateCallMs)), 'ms', {
        target: 50,
        note: `wall time, median of ${all.length} fresh processes; require ${ms(all, 'requireMs')} ms + activate() returning ${ms(all, 'activateCallMs')} ms; the language client's bundle loads after this (next figures); minified bundles like the .vsix`,
      }),
      figure('activation: require + activate() up to client.start(), first activation (stub vscode)', untilStart(cold), 'ms', {
        target: 50,
        note: `wall time, median of ${RUNS} fresh processes with empty global storage; includes loading dist/languageClient.js (${ms(cold, 'untilStartMs')} ms from the first bundle loaded); saving its code cache afterwards took ${ms(cold, 'afterStartMs')} ms`,
      }),
      figure('activation: require + activate() up to client.start(), later activations (stub vscode)', untilStart(warm), 'ms', {
        target: 50,
        note: `wall time, median of ${RUNS} fresh processes reusing the code cache the first activation saved (${ms(warm, 'untilStartMs')} ms from the first bundle loaded)`,
      }),
      figure('activation: CPU time up to client.start(), later activations', median(warm.map((run) => run.cpuMs)), 'ms', {
        target: 50,
        note: `user + system CPU of the process over the previous figure (less inflated by other load on the machine); first activation ${ms(cold, 'cpuMs')} ms`,
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Activation as a real VS Code counts it (code loading + the activate() call until it returns), read from "Developer:
 * Show Running Extensions" in code-server; skipped when the e2e harness is not installed.
 */
export function benchVscodeActivation({ root }) {
  const name = 'activation in VS Code (code-server, Running Extensions)';
  const installed = [codeServerBin, chromiumPath, join(harnessDir, 'node_modules/playwright-core')].every((path) => existsSync(path));
  if (!installed) return [skipped(name, 'the e2e harness is not installed (npm run e2e:setup)', 50, 'ms')];
  const script = new URL('./vscodeActivation.ts', import.meta.url).pathname;
  let measured;
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', timeout: VSCODE_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
    measured = JSON.parse(output);
  } catch (error) {
    return [skipped(name, `could not be read: ${String(error.stderr || error.message).split('\n').find((line) => line.trim()) ?? 'no output'}`, 50, 'ms')];
  }
  return [
    figure(name, measured.activationMs, 'ms', {
      target: 50,
      note: `"${measured.activationText}" as VS Code 1.100.3 reports it; one run, extension loaded from the project folder (dist/client.js as \`npm run build\` makes it, not minified); VS Code counts loading dist/client.js and the activate() call up to its return, not dist/languageClient.js, which loads after it; ${measured.seconds.toFixed(0)} s including code-server's start`,
    }),
  ];
}
