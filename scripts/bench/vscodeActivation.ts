// Activation time as a real VS Code measures it (code-server, through the e2e harness): opens a template,
// waits for the extension's status item, then reads "Developer: Show Running Extensions". Prints JSON
// { activationText, activationMs, seconds }. Run with `node --import tsx`; scripts/bench.mjs starts it.
import { performance } from 'node:perf_hooks';
import {
  createProcessRunFolder,
  createWorkspace,
  launchChromium,
  openWorkbenchPage,
  projectRoot,
  startCodeServer,
  Workbench,
} from '../../test/e2e/harness/index';

const TIMEOUT_MS = 30_000;
// The row shows the display name, or the id when the extension is loaded from a development folder.
const EXTENSION_ROW = /CloudFormation Exam Coach|cfn-exam-coach\.cfn-exam-coach/;

async function readActivation(workbench: Workbench): Promise<string> {
  const { page } = workbench;
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await input.fill('>Developer: Show Running Extensions');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Running Extensions' }).first().click({ timeout: TIMEOUT_MS });
  const row = page.locator('.monaco-list-row', { hasText: EXTENSION_ROW }).filter({ has: page.locator('.activation-time') });
  const time = row.locator('.activation-time');
  await time.filter({ hasText: /\d/ }).waitFor({ timeout: TIMEOUT_MS });
  return (await time.innerText()).trim();
}

async function main(): Promise<void> {
  const started = performance.now();
  const run = createProcessRunFolder('bench');
  const server = await startCodeServer(run);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    const folder = createWorkspace(run, 'bench');
    const page = await openWorkbenchPage(browser, server.workbenchUrl({ folder, extensionDevelopmentPath: projectRoot }));
    const workbench = new Workbench(page.page);
    await workbench.waitUntilReady();
    await workbench.openFile('template.yaml');
    await workbench.waitForStatus(/CFN Coach/);
    const activationText = await readActivation(workbench).catch(async (error: unknown) => {
      const screenshot = await workbench.screenshot('bench-activation-failure').catch(() => 'none');
      throw new Error(`could not read the activation time (screenshot: ${screenshot})`, { cause: error });
    });
    const activationMs = Number(/(\d+)\s*ms/.exec(activationText)?.[1]);
    process.stdout.write(JSON.stringify({ activationText, activationMs, seconds: (performance.now() - started) / 1000 }));
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
