import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// A lone Auto Scaling group whose rolling update suspends processes (their notes name T10): the study
// panel lists the group under T07 and T09, and T10 (CodeDeploy with an Auto Scaling group) as not
// covered yet, since there is no CodeDeploy deployment group.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../fixtures/study-truth'),
  async run(workbench) {
    await workbench.openFile('web-group.yaml');
    await workbench.waitForStatus(/CFN Coach/);
    await workbench.runCommand('CloudFormation Exam Coach (CFN): Open Study Panel');
    const panel = await workbench.webviewFrame('#root[data-rendered] section[data-domain]', 'the study panel webview');
    const covered = await panel.locator('li.topic.covered').evaluateAll((items) => [...new Set(items.map((item) => item.getAttribute('data-topic')))].sort());
    assert.deepEqual(covered, ['T07', 'T09']);
    assert.equal(await panel.locator('li.topic.missing[data-topic="T10"]').count() > 0, true);
    assert.equal(await panel.locator('li.topic.covered[data-topic="T10"]').count(), 0);
    await workbench.screenshot('study-panel-lone-group');
  },
};
