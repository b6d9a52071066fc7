import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

const TIMEOUT_MS = 30_000;
const COMMAND = 'CloudFormation Exam Coach (CFN): Show Template Graph';

// Editing a property that requires replacement (an RDS instance's DBInstanceIdentifier), without saving,
// then "Show Template Graph": the webview draws the resources and their references, outlines the database
// as replaced compared with the saved file, and clicking (or pressing Enter on) a node moves the cursor
// to that resource's key (Enter also moves the focus to the editor; a click leaves it in the graph).
// Further edits and saving update the marking. The panel then follows another template whose editor
// becomes active.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/graph/e2e-workspace'),
  async run(workbench) {
    const page = workbench.page;
    await workbench.openFile('app.yaml');
    await workbench.waitForStatus(/CFN Coach/);
    await workbench.goTo(17, 1);
    await workbench.press('End');
    await workbench.type('-v2');
    await page.locator('.tabs-container .tab.active.dirty', { hasText: 'app.yaml' }).waitFor({ timeout: TIMEOUT_MS });

    await workbench.runCommand(COMMAND);

    const graph = await workbench.webviewFrame('#graph svg', 'the template graph webview');
    const database = graph.locator('.node[data-id="Database"]');
    await database.and(graph.locator('.node.replaces')).waitFor({ timeout: TIMEOUT_MS });
    const ids = await graph.locator('.node').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    assert.deepEqual(ids, ['LogBucket', 'Database', 'AlertTopic', 'DbPassword']);
    assert.equal(await graph.locator('.edge[data-from="AlertTopic"][data-to="Database"][data-kind="getatt"]').count(), 1);
    assert.equal(await graph.locator('.edge[data-from="AlertTopic"][data-to="LogBucket"][data-kind="sub"]').count(), 1);
    assert.equal(await graph.locator('.node.replaces, .node.may-replace, .node.creates, .node.blocked').count(), 1);
    assert.match((await database.getAttribute('aria-label')) ?? '', /Replaced compared with the saved file: DBInstanceIdentifier \(requires replacement\)/);
    assert.match(await graph.locator('#summary').innerText(), /3 resources, 4 references\. Compared with the saved file: 1 replaced\./);
    // Every label fits inside its node.
    const overflowing = await graph.locator('.node').evaluateAll((nodes) =>
      nodes.flatMap((node) => {
        const width = Number(node.querySelector('rect')?.getAttribute('width'));
        return [...node.querySelectorAll('text.name, text.type')]
          .filter((text) => (text as unknown as { getBBox(): { width: number } }).getBBox().width > width - 4)
          .map((text) => `${node.getAttribute('data-id')}: ${text.textContent}`);
      }),
    );
    assert.deepEqual(overflowing, []);
    await workbench.screenshot('graph-replacement');

    // A click moves the editor's cursor (its active line number shows it; the breadcrumbs follow only once VS Code has
    // asked for the symbols again, which it may not do in time on a busy machine) and leaves the focus in the graph.
    const logBucket = graph.locator('.node[data-id="LogBucket"]');
    await logBucket.click();
    await page.locator('.monaco-editor .line-numbers.active-line-number', { hasText: /^8$/ }).waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await logBucket.evaluate((node) => node === node.ownerDocument.activeElement), true);

    await graph.locator('.node[data-id="AlertTopic"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: 'Ln 24, Col 3' }).waitFor({ timeout: TIMEOUT_MS });
    await workbench.screenshot('graph-jumped-to-resource');

    // The graph follows edits (the bucket's name now changes too) and saving (nothing left to replace).
    await workbench.goTo(11, 1);
    await workbench.press('End');
    await workbench.type('-2');
    await graph.locator('.node.replaces[data-id="LogBucket"]').waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await graph.locator('.node.replaces').count(), 2);
    await workbench.runCommand('File: Save');
    await graph.locator('#summary', { hasText: 'No unsaved change replaces a resource.' }).waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await graph.locator('.node.replaces, .node.may-replace, .node.creates, .node.blocked').count(), 0);

    await workbench.openFile('queue.yaml');
    await graph.locator('#summary', { hasText: '2 resources, 0 references.' }).waitFor({ timeout: TIMEOUT_MS });
    assert.deepEqual(await graph.locator('.node').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id'))), ['Queue', 'DeadLetters']);
    await page.locator('.tab', { hasText: 'Graph: queue.yaml' }).waitFor({ timeout: TIMEOUT_MS });
  },
};
