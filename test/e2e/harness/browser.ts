import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../../scripts/e2e-setup.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
// Offline noise: the workbench asks the marketplace and the network for things it cannot reach here.
const NOISE = /ENOTFOUND open-vsx\.org|ERR_NAME_NOT_RESOLVED|open-vsx\.org/;

/**
 * Debian's Chromium, headless, with a fresh profile (Playwright makes a temporary one per launch). By
 * default Playwright closes it and exits on Ctrl+C; `handleSignals: false` leaves that to the caller.
 */
export function launchChromium({ handleSignals = true } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, handleSIGINT: handleSignals, handleSIGTERM: handleSignals,
  });
}

export interface WorkbenchPage {
  page: Page;
  /** Settles with the exit code the workbench reports when an extension test suite ends. */
  exitCode: Promise<number>;
  /** What the workbench and the extension host logged through the automation hooks and the console. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * Opens a workbench URL in a new page. The automation hooks (`codeAutomationLog`, `codeAutomationExit`)
 * that the workbench calls while running extension tests are caught here; `onLog` sees each line logged
 * through `codeAutomationLog` (what a desktop VS Code prints on its output while running tests).
 */
export async function openWorkbenchPage(browser: Browser, url: string, onLog?: (line: string) => void): Promise<WorkbenchPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const logs: string[] = [];
  const record = (line: string, forward = false): void => {
    if (NOISE.test(line)) return;
    logs.push(line);
    if (forward) onLog?.(line);
  };
  let reportExit: (code: number) => void = () => {};
  const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => record(`[${type}] ${args.map(String).join(' ')}`, true));
  await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  page.on('console', (message) => record(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => record(`[pageerror] ${error.message}`));
  await page.goto(url);
  return { page, exitCode, logs, close: () => context.close() };
}
