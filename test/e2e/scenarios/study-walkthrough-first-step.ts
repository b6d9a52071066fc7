import assert from 'node:assert/strict';
import type { Scenario } from '../harness/scenario';
import type { Workbench } from '../harness/workbench';

type Page = Workbench['page'];

const TIMEOUT_MS = 30_000;
const WALKTHROUGH = 'CloudFormation Exam Coach: the lab path';

// "Welcome: Open Walkthrough…", the lab path: the first step's button opens the CodeDeploy lab template
// (after choosing YAML), and the step is then marked done.
export const scenario: Scenario = {
  async run(workbench) {
    const page = workbench.page;
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await pickQuickInput(page, WALKTHROUGH);
    const walkthrough = page.locator('.gettingStartedContainer');
    const step = walkthrough.locator('.getting-started-step', { hasText: 'Standalone fleet with CodeDeploy' });
    await step.waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await walkthrough.locator('.getting-started-step .step-title').count(), 12);
    assert.equal(await step.locator('.step-title').innerText(), 'Standalone fleet with CodeDeploy');
    assert.equal(await walkthrough.locator('button.getting-started-step[aria-checked="true"]').count(), 0);
    await workbench.screenshot('study-walkthrough');

    await step.getByRole('button', { name: 'Open the CodeDeploy lab' }).click({ timeout: TIMEOUT_MS });
    await pickQuickInput(page, 'YAML');
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled-1' }).waitFor({ timeout: TIMEOUT_MS });
    assert.match(await workbench.editorText(), /Description: 'Exam lab: CodeDeploy application, in-place group by EC2 tags/);

    await page.locator('.tabs-container .tab', { hasText: 'Walkthrough: CloudFormation Exam Coach' }).first().click();
    await walkthrough.locator('button.getting-started-step[data-step-id$="fleetCodeDeploy"][aria-checked="true"]').waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await walkthrough.locator('button.getting-started-step[aria-checked="true"]').count(), 1);
    await workbench.screenshot('study-walkthrough-step-done');
  },
};

/** Runs a command from the palette (F1), clicking the row whose label is exactly `label`. */
async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await input.fill(`>${label}`);
  await pickQuickInput(page, label);
}

/** Clicks the quick-input row whose label is exactly `label`; waits until it is gone (closed, or the next picker shown). */
async function pickQuickInput(page: Page, label: string): Promise<void> {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escaped}$`) }) });
  await row.first().click({ timeout: TIMEOUT_MS });
  await row.first().waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
}
