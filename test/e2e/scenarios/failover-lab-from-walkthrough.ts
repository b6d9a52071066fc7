import assert from 'node:assert/strict';
import type { Scenario } from '../harness/scenario';

const TIMEOUT_MS = 30_000;

// The walkthrough's Route 53 step opens the failover lab template: the extension finds no problem in it
// (its two failover records share name and type), so the status bar shows no count and the Problems
// panel no row.
export const scenario: Scenario = {
  async run(workbench) {
    const page = workbench.page;
    await workbench.runCommand('Welcome: Open Walkthrough...');
    await workbench.pickQuickInput('CloudFormation Exam Coach: the lab path');
    const walkthrough = page.locator('.gettingStartedContainer');
    const step = walkthrough.locator('button.getting-started-step[data-step-id$="route53"]');
    await step.click({ timeout: TIMEOUT_MS });
    await step.getByRole('button', { name: 'Open the Route 53 lab' }).click({ timeout: TIMEOUT_MS });
    await workbench.pickQuickInput('YAML');
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled-1' }).waitFor({ timeout: TIMEOUT_MS });
    assert.match(await workbench.editorText(), /Description: 'Exam lab: Route 53 failover pair/);

    await workbench.waitForStatus(/CFN Coach$/);
    assert.deepEqual(await workbench.problems((rows) => rows.length === 0), []);
    await workbench.screenshot('failover-lab-no-problem');
  },
};
