import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

const TIMEOUT_MS = 30_000;

// An Auto Scaling group with a rolling update: its "Show deployment" code lens opens the deployment
// view, which draws two batches of two instances with at least two in service; moving along the steps
// with the arrow keys shows each step's waits and failure path. Changing MaxBatchSize in the editor
// (unsaved) redraws the timeline as four batches of one, and a fleet size typed in the view is used too.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/simulate/e2e-workspace'),
  async run(workbench) {
    const page = workbench.page;
    await workbench.openFile('web.yaml');
    await workbench.waitForStatus(/CFN Coach/);
    await workbench.codeLenses((lenses) => lenses.some((lens) => lens.includes('Show deployment')));
    await page.locator('.editor-instance .monaco-editor .codelens-decoration a', { hasText: 'Show deployment' }).click({ timeout: TIMEOUT_MS });

    const view = await workbench.webviewFrame('#chart svg', 'the deployment view');
    const summary = view.locator('#summary');
    await summary.filter({ hasText: '2 batches of 2, never fewer than 2 in service, up to 2 × 10 min waiting for signals' }).waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await view.locator('.step').count(), 2);
    assert.deepEqual(await view.locator('#timelines [role="tab"]').allInnerTexts(), ['Stack update: AutoScalingRollingUpdate', 'Stack creation: CreationPolicy']);
    assert.equal(await view.locator('.step[data-index="0"] .bar.old').getAttribute('data-count'), '2');
    assert.equal(await view.locator('#fleet').inputValue(), '4');
    assert.match(await view.locator('#fleet-source').innerText(), /from DesiredCapacity/);

    // Keyboard: the second step shows what it waits for and where a failure leads.
    await view.locator('.step[data-index="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await view.locator('#details h2', { hasText: 'Step 2 of 2: Batch 2 of 2: replace 2 instances' }).waitFor({ timeout: TIMEOUT_MS });
    assert.match(await view.locator('#details').innerText(), /success signals from 2 of the 2 new instances \(cfn-signal\), within PauseTime 10 min \(up to 10 min\)/);
    assert.match(await view.locator('#details').innerText(), /the update fails and CloudFormation rolls back/);
    await workbench.screenshot('deployment-rolling-update');

    // An edit in the editor, not saved: MaxBatchSize 2 → 1.
    await page.locator('.tabs-container .tab .label-name', { hasText: /^web\.yaml$/ }).click({ timeout: TIMEOUT_MS });
    await workbench.goTo(27, 1);
    await workbench.press('End', 'Backspace');
    await workbench.type('1');
    await summary.filter({ hasText: '4 batches of 1, never fewer than 3 in service, up to 4 × 10 min waiting for signals' }).waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await view.locator('.step').count(), 4);

    // A fleet size chosen in the view replaces the template's DesiredCapacity.
    await view.locator('#fleet').fill('6');
    await summary.filter({ hasText: '6 batches of 1, never fewer than 5 in service' }).waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await view.locator('#fleet-source').innerText(), 'chosen here');
    await page.locator('.tab', { hasText: 'Deployment: web.yaml' }).waitFor({ timeout: TIMEOUT_MS });
  },
};
