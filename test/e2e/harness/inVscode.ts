import type { Browser } from 'playwright-core';
import { openWorkbenchPage } from './browser';
import type { CodeServer, WorkbenchOptions } from './codeServer';

const SUITE_TIMEOUT_MS = 120_000;

/**
 * Runs an extension test suite in the workbench: a page whose URL payload loads the extension folder and
 * names `extensionTestsPath`. Each line the workbench and the extension host log goes to `onLog` as it
 * comes; resolves with the exit code the workbench reports when the suite ends.
 */
export async function runExtensionTests(
  browser: Browser,
  server: CodeServer,
  options: WorkbenchOptions,
  onLog: (line: string) => void,
): Promise<number> {
  const workbench = await openWorkbenchPage(browser, server.workbenchUrl(options), onLog);
  try {
    return await withTimeout(workbench.exitCode, SUITE_TIMEOUT_MS, () => workbench.logs.join('\n'));
  } finally {
    await workbench.close();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, log: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${ms / 1000} s; the page's log:\n${log()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
