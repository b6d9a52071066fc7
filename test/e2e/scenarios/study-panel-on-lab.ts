import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';
import type { Workbench } from '../harness/workbench';

type Page = Workbench['page'];
type Frame = ReturnType<Page['frames']>[number];

const TIMEOUT_MS = 30_000;

// The exam topics samples/lab exercises, as the knowledge base's notes and the
// snippets' resource types find them; the other 27 are listed as not covered yet.
const COVERED = ['T04', 'T06', 'T07', 'T09', 'T10', 'T26'];

// "Open Study Panel" on the lab samples: the webview lists covered and missing topics by domain; a covered
// topic's resource opens the template at that resource; a missing topic's lab template (opened with the
// keyboard) makes the panel update to show it covered; ticking a note counts it as read.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../../samples/lab'),
  async run(workbench) {
    const page = workbench.page;
    await workbench.openFile('asg-rolling-update.yaml');
    await workbench.waitForStatus(/CFN Coach/);
    await workbench.runCommand('CloudFormation Exam Coach (CFN): Open Study Panel');
    const panel = await workbench.webviewFrame('#root[data-rendered] section[data-domain]', 'the study panel webview');

    assert.deepEqual(await topicIds(panel, 'covered'), COVERED);
    const missing = await topicIds(panel, 'missing');
    assert.equal(missing.length, 33 - COVERED.length);
    assert.deepEqual(missing.slice(0, 4), ['T01', 'T02', 'T03', 'T05']);
    assert.match((await panel.locator('header .summary').innerText()).trim(), /^4 templates · 6 of 33 topics covered · notes read 0 of \d+$/);
    assert.deepEqual(
      await panel.locator('section[data-domain] > h2').allInnerTexts(),
      ['D1 SDLC Automation 22% of the exam', 'D2 Configuration Management and IaC 17% of the exam', 'D3 Resilient Cloud Solutions 15% of the exam',
        'D4 Monitoring and Logging 15% of the exam', 'D5 Incident and Event Response 14% of the exam', 'D6 Security and Compliance 17% of the exam'],
    );
    const t26 = panel.locator('section[data-domain="D3"] li.topic[data-topic="T26"] ul.sites button');
    assert.deepEqual(await t26.allInnerTexts(), [
      'PrimaryHealthCheck — route53-failover.yaml:20',
      'PrimaryRecord — route53-failover.yaml:31',
      'SecondaryRecord — route53-failover.yaml:44',
    ]);
    await workbench.screenshot('study-panel-lab');

    await t26.nth(1).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'route53-failover.yaml' }).waitFor({ timeout: TIMEOUT_MS });
    await page.locator('.statusbar-item', { hasText: 'Ln 31, Col 3' }).waitFor({ timeout: TIMEOUT_MS });

    // Keyboard only: focus the A/B-testing topic's lab button, press Enter, pick YAML.
    const openLab = panel.locator('section[data-domain="D3"] li.topic[data-topic="T27"] button[data-action="newLab"]');
    await openLab.focus();
    await page.keyboard.press('Enter');
    await workbench.pickQuickInput('YAML');
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled-1' }).waitFor({ timeout: TIMEOUT_MS });
    await panel.locator('section[data-domain="D3"] li.topic.covered[data-topic="T27"]').waitFor({ timeout: TIMEOUT_MS });
    assert.deepEqual(
      await panel.locator('section[data-domain="D3"] li.topic[data-topic="T27"] ul.sites button').allInnerTexts(),
      ['VariantBRule — Untitled-1:10'],
    );

    const notes = panel.locator('section[data-domain="D3"] li.topic[data-topic="T27"] details.notes');
    await notes.locator('summary').first().click();
    await notes.locator('input[data-action="toggleRead"]').first().check();
    await notes.locator('summary', { hasText: /^Exam notes: 1 of \d+ read$/ }).first().waitFor({ timeout: TIMEOUT_MS });
    // Opening a note from the panel counts it as read too.
    await notes.locator('li.note summary').nth(1).click();
    await notes.locator('summary', { hasText: /^Exam notes: 2 of \d+ read$/ }).first().waitFor({ timeout: TIMEOUT_MS });
    assert.deepEqual(await notes.locator('input[data-action="toggleRead"]').evaluateAll((boxes) => boxes.map((box) => (box as unknown as { checked: boolean }).checked).slice(0, 3)), [true, true, false]);
    assert.match((await panel.locator('header .summary').innerText()).trim(), /· 7 of 33 topics covered · notes read 2 of \d+$/);
    await workbench.screenshot('study-panel-updated');
  },
};

async function topicIds(panel: Frame, status: 'covered' | 'missing'): Promise<string[]> {
  const ids = await panel.locator(`li.topic.${status}`).evaluateAll((items) => items.map((item) => item.getAttribute('data-topic') ?? ''));
  return [...new Set(ids)].sort();
}
