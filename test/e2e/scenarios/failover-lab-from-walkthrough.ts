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
    // The format picker closes when focus goes back to the walkthrough as its step settles: a lost picker
    // is opened again by a second click (at most three), never waited on for its whole timeout.
    const format = page.locator('.quick-input-widget .monaco-list-row .label-name', { hasText: /^YAML$/ });
    for (let attempt = 1; ; attempt++) {
      await step.getByRole('button', { name: 'Open the Route 53 lab' }).click({ timeout: TIMEOUT_MS });
      const shown = await format.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      if (shown) {
        const picked = await workbench.pickQuickInput('YAML').then(() => true, (error: unknown) => (attempt < 3 ? false : Promise.reject(error)));
        if (picked) break;
      } else if (attempt === 3) {
        throw new Error('the format picker of the lab template did not stay open');
      }
    }
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled-1' }).waitFor({ timeout: TIMEOUT_MS });
    assert.match(await workbench.editorText(), /Description: 'Exam lab: Route 53 failover pair/);

    await workbench.waitForStatus(/CFN Coach$/);
    assert.deepEqual(await workbench.problems((rows) => rows.length === 0), []);
    await workbench.screenshot('failover-lab-no-problem');
  },
};
