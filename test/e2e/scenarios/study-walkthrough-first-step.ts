import assert from 'node:assert/strict';
import type { Scenario } from '../harness/scenario';

const TIMEOUT_MS = 30_000;
const WALKTHROUGH = 'CloudFormation Exam Coach: the lab path';

// "Welcome: Open Walkthrough…", the lab path: the first step's button opens the CodeDeploy lab template
// (after choosing YAML), and the step is then marked done.
export const scenario: Scenario = {
  async run(workbench) {
    const page = workbench.page;
    await workbench.runCommand('Welcome: Open Walkthrough...');
    await workbench.pickQuickInput(WALKTHROUGH);
    const walkthrough = page.locator('.gettingStartedContainer');
    const step = walkthrough.locator('.getting-started-step', { hasText: 'Standalone fleet with CodeDeploy' });
    await step.waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await walkthrough.locator('.getting-started-step .step-title').count(), 13);
    assert.equal(await step.locator('.step-title').innerText(), 'Standalone fleet with CodeDeploy');
    assert.equal(await walkthrough.locator('button.getting-started-step[aria-checked="true"]').count(), 0);
    await workbench.screenshot('study-walkthrough');

    await step.getByRole('button', { name: 'Open the CodeDeploy lab' }).click({ timeout: TIMEOUT_MS });
    await workbench.pickQuickInput('YAML');
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled-1' }).waitFor({ timeout: TIMEOUT_MS });
    assert.match(await workbench.editorText(), /Description: 'Exam lab: CodeDeploy application, in-place group by EC2 tags/);

    await page.locator('.tabs-container .tab', { hasText: 'Walkthrough: CloudFormation Exam Coach' }).first().click();
    await walkthrough.locator('button.getting-started-step[data-step-id$="fleetCodeDeploy"][aria-checked="true"]').waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await walkthrough.locator('button.getting-started-step[aria-checked="true"]').count(), 1);
    await workbench.screenshot('study-walkthrough-step-done');
  },
};
