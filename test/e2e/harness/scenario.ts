import type { Browser } from 'playwright-core';
import { openWorkbenchPage } from './browser';
import type { CodeServer } from './codeServer';
import { createWorkspace, projectRoot, type RunFolder } from './runFolder';
import { Workbench } from './workbench';

/**
 * A user's scenario in the UI. Add one by dropping a file in test/e2e/scenarios/ that exports
 * `scenario`; test/e2e/vscode.test.ts runs each in its own page on a fresh copy of the fixtures.
 */
export interface Scenario {
  /** A fixtures folder other than test/e2e/fixtures/workspace (absolute path). */
  fixtures?: string;
  run(workbench: Workbench): Promise<void>;
}

export async function runScenario(browser: Browser, server: CodeServer, run: RunFolder, name: string, scenario: Scenario): Promise<void> {
  const workspace = createWorkspace(run, name, scenario.fixtures);
  const url = server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: projectRoot });
  const page = await openWorkbenchPage(browser, url);
  const workbench = new Workbench(page.page);
  try {
    await workbench.waitUntilReady();
    await scenario.run(workbench);
  } catch (error) {
    const screenshot = await workbench.screenshot(`${name}-failure`).catch(() => 'none');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nscreenshot: ${screenshot}`, { cause: error });
  } finally {
    await page.close();
  }
}
