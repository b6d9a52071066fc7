// Extension activation. Outside VS Code: the client bundled as `npm run package` bundles it (minified),
// with vscode-languageclient's start() stubbed, loaded in fresh Node processes with a stub `vscode`.
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

async function bundleClient(root, outfile) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/client/extension.ts'],
    outfile,
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
    const bundle = join(dir, 'client.js');
    await bundleClient(root, bundle);
    const runner = new URL('./activateOnce.cjs', import.meta.url).pathname;
    const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [runner, bundle, root], { encoding: 'utf8' })));
    const totals = runs.map((run) => run.requireMs + run.activateMs);
    return [
      figure('activation: require + activate() up to client.start() (stub vscode)', median(totals), 'ms', {
        target: 50,
        note: `wall time, median of ${RUNS} fresh processes; require ${median(runs.map((r) => r.requireMs)).toFixed(1)} ms + activate ${median(runs.map((r) => r.activateMs)).toFixed(1)} ms; minified bundle like the .vsix`,
      }),
      figure('activation: CPU time of the same', median(runs.map((run) => run.cpuMs)), 'ms', {
        target: 50,
        note: 'user + system CPU of the process over require + activate (less inflated by other load on the machine)',
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Activation as a real VS Code counts it (code loading + the activate() call), read from "Developer:
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
      note: `"${measured.activationText}" as VS Code 1.100.3 reports it; one run, extension loaded from the project folder (dist/client.js as \`npm run build\` makes it, not minified); ${measured.seconds.toFixed(0)} s including code-server's start`,
    }),
  ];
}
