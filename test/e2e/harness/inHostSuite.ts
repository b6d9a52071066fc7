// The in-host suite (test/e2e/in-vscode) launched the way extensions are tested on the desktop: by
// @vscode/test-electron's runTests, with either a downloaded desktop VS Code or the stand-in executable
// that runs it in code-server (standIn.ts). No browser driver needed here: the stand-in brings its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { download, runTests, TestRunFailedError } from '@vscode/test-electron';
import { resultsPathFor } from '../in-vscode/results';
import type { TestResult } from '../in-vscode/runner';
import { buildInVscodeTests, inVscodeDir } from './inVscodeBundle';
import { createProcessRunFolder, createWorkspace, projectRoot } from './runFolder';

/** The executable to give runTests as `vscodeExecutablePath` where no VS Code can be downloaded. */
export const standInPath = join(import.meta.dirname, 'code-stand-in.mjs');

// Per request, and per stall while downloading: where update.code.visualstudio.com is unreachable the
// first request fails within this.
const DOWNLOAD_TIMEOUT_MS = 10_000;

export interface InHostRun {
  /** What runTests reports: the exit code of the VS Code (or stand-in) it launched. */
  exitCode: number;
  /** One result per in-host test; empty when the suite never finished. */
  results: TestResult[];
  /** The extension host log's lines on activating an extension (which one, on which event), for failure messages. */
  activations: string[];
}

/**
 * Runs the in-host tests of `testsDir` with runTests and `executable`, in a fresh copy of the fixtures
 * workspace and a fresh profile under .e2e/runs/in-host-<name>-<pid>/.
 */
export async function runInHostSuite(executable: string, { name, testsDir = inVscodeDir }: { name: string; testsDir?: string }): Promise<InHostRun> {
  const run = createProcessRunFolder(`in-host-${name}`);
  const extensionTestsPath = await buildInVscodeTests(run.dir, testsDir);
  const workspace = createWorkspace(run, 'workspace');
  const exitCode = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath,
    launchArgs: [workspace, `--user-data-dir=${run.userDataDir}`, `--extensions-dir=${run.extensionsDir}`],
  }).catch((error: unknown) => {
    if (error instanceof TestRunFailedError && error.code !== undefined) return error.code;
    throw error;
  });
  const resultsFile = resultsPathFor(workspace);
  const results = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as TestResult[]) : [];
  return { exitCode, results, activations: activationLog(run.userDataDir) };
}

// VS Code logs every activation with its event to logs/<session>/exthost1/(remote)exthost.log.
function activationLog(userDataDir: string): string[] {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return [];
  const lines: string[] = [];
  for (const session of readdirSync(logs)) {
    const folder = join(logs, session, 'exthost1');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('exthost.log'))) {
      lines.push(...readFileSync(join(folder, file), 'utf8').split('\n').filter((line) => line.includes('_doActivateExtension')));
    }
  }
  return lines;
}

/**
 * A desktop VS Code build (`1.100.0`, `stable`, …) in .vscode-test/, downloaded unless already there;
 * resolves with its executable. Rejects quickly where the download server cannot be reached.
 */
export function downloadVscode(version: string): Promise<string> {
  return download({ version, timeout: DOWNLOAD_TIMEOUT_MS, cachePath: join(projectRoot, '.vscode-test') });
}
