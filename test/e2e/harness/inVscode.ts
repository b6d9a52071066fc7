import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { resultsPathFor } from '../in-vscode/results';
import type { TestResult } from '../in-vscode/runner';
import { openWorkbenchPage } from './browser';
import type { CodeServer } from './codeServer';
import { createWorkspace, projectRoot, type RunFolder } from './runFolder';

const inVscodeDir = join(import.meta.dirname, '../in-vscode');
const SUITE_TIMEOUT_MS = 120_000;

export interface InVscodeRun {
  exitCode: number;
  results: TestResult[];
  logs: string[];
}

/** Bundles the in-host runner with every test/e2e/in-vscode/*.test.ts into one CommonJS file. */
export async function buildInVscodeTests(outDir: string): Promise<string> {
  const testFiles = readdirSync(inVscodeDir).filter((name) => name.endsWith('.test.ts')).sort();
  const outfile = join(outDir, 'in-vscode-tests.js');
  await esbuild.build({
    stdin: {
      contents: [...testFiles.map((name) => `import './${name}';`), "export { run } from './index';"].join('\n'),
      resolveDir: inVscodeDir,
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

/**
 * Runs the in-host suite: a workbench page whose URL payload loads the extension and names the bundle
 * as extensionTestsPath, in a fresh copy of the fixtures workspace. Resolves when the workbench reports
 * the suite's exit code.
 */
export async function runInVscodeTests(browser: Browser, server: CodeServer, run: RunFolder): Promise<InVscodeRun> {
  const bundle = await buildInVscodeTests(run.dir);
  const workspace = createWorkspace(run, 'in-vscode');
  const url = server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: projectRoot, extensionTestsPath: bundle });
  const workbench = await openWorkbenchPage(browser, url);
  try {
    const exitCode = await withTimeout(workbench.exitCode, SUITE_TIMEOUT_MS, () => workbench.logs.join('\n'));
    const resultsFile = resultsPathFor(workspace);
    if (!existsSync(resultsFile)) {
      throw new Error(`the in-host suite exited with ${exitCode} and left no results; its log:\n${workbench.logs.join('\n')}`);
    }
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as TestResult[];
    return { exitCode, results, logs: workbench.logs };
  } finally {
    await workbench.close();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, log: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the in-host suite did not finish within ${ms / 1000} s; its log:\n${log()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
