import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

const TIMEOUT_MS = 30_000;

// An SSM SecureString parameter is one problem: one error row in the Problems panel (its explanation is
// in the hover, not a second row) and a count of 1 in the status bar, whose click opens the Problems
// panel. A JSON template's outline is VS Code's own, with no level named after the extension.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../fixtures/one-problem'),
  async run(workbench) {
    const page = workbench.page;
    await workbench.openFile('secure-string.yaml');
    await workbench.waitForStatus(/CFN Coach: 1$/);
    const markers = page.locator('.markers-panel');
    assert.equal(await markers.isVisible(), false);
    await workbench.statusItem().click();
    await markers.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const rows = await workbench.problems((found) => found.length > 0);
    assert.deepEqual(
      rows.map(({ severity, code, position }) => ({ severity, code, position })),
      [{ severity: 'error', code: 'CX4003', position: '[Ln 7, Col 13]' }],
    );
    await workbench.screenshot('one-problem-row');

    await workbench.openFile('queue.json');
    await workbench.waitForStatus(/CFN Coach$/);
    await workbench.runCommand('Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane .monaco-list-row');
    await outline.filter({ hasText: /^Resources$/ }).first().waitFor({ timeout: TIMEOUT_MS });
    assert.deepEqual((await outline.allInnerTexts()).filter((text) => /Exam Coach/.test(text)), []);
    await workbench.screenshot('json-outline');
  },
};
