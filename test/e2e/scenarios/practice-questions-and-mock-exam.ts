import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

const TIMEOUT_MS = 30_000;
const FIXTURES = join(import.meta.dirname, '../../fixtures/practice');

// Practice in the real VS Code, by keyboard where the panel promises it: a question about the open
// template (answered with 1 and Enter, explained, "Show it in the template" selecting the resource), a
// bank question from a topic round chosen on the start page, and a short mock exam (answer, flag, next,
// submit) ending on the estimated scaled score and the domains; the study panel then shows practice
// scores beside the coverage.
export const scenario: Scenario = {
  fixtures: FIXTURES,
  async run(workbench) {
    const page = workbench.page;
    await workbench.openFile('fleet-stack.yaml');
    await workbench.waitForStatus(/CFN Coach/);
    await workbench.runCommand('CloudFormation Exam Coach (CFN): Practise Questions on This Template');
    const panel = await workbench.webviewFrame('#root[data-rendered] section.question', 'the practice panel');

    // A question about fleet-stack.yaml, answered with the keyboard: 1 then Enter.
    assert.match(await panel.locator('h1').innerText(), /^Practice: fleet-stack\.yaml$/);
    assert.equal(await panel.locator('.meta .source').innerText(), 'From your template fleet-stack.yaml');
    await panel.locator('input[name="answer"]').first().focus();
    await page.keyboard.press('1');
    assert.equal(await panel.locator('input[name="answer"]').first().isChecked(), true);
    await page.keyboard.press('Enter');
    const answered = panel.locator('section.question.answered');
    await answered.waitFor({ timeout: TIMEOUT_MS });
    assert.match(await panel.locator('.verdict').innerText(), /^(Correct\.|Not quite: the answer is [A-F]( and [A-F])*\.)$/);
    const optionCount = await answered.locator('li.explained').count();
    assert.ok(optionCount >= 4);
    assert.equal(await answered.locator('li.explained .why').count(), optionCount);
    assert.equal(await answered.locator('li.explained.picked[data-option="A"]').count(), 1);
    assert.ok((await answered.locator('.notes details.note').count()) >= 1);
    await workbench.screenshot('practice-template-question');

    // N for the next question; the arrow key and Space choose B (a radio button or a checkbox), Enter submits.
    await page.keyboard.press('n');
    await panel.locator('section.question:not(.answered) .meta .position', { hasText: /^Question 2 of \d+$/ }).waitFor({ timeout: TIMEOUT_MS });
    const questionId = (await panel.locator('section.question').getAttribute('data-question')) ?? '';
    await panel.locator('input[name="answer"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await panel.locator('section.question.answered li.explained.picked[data-option="B"]').waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await panel.locator('li.explained.picked').count(), 1);

    // "Show it in the template" selects the resource's logical ID in the editor (the cursor at its end).
    const logicalId = questionId.split('#')[1].split('/')[0];
    const line = readFileSync(join(FIXTURES, 'fleet-stack.yaml'), 'utf8').split('\n').indexOf(`  ${logicalId}:`) + 1;
    assert.ok(line > 0, questionId);
    await panel.locator('button[data-action="showInEditor"]').click();
    await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${3 + logicalId.length} (${logicalId.length} selected)` }).waitFor({ timeout: TIMEOUT_MS });

    // Back to the start page, a topic round (T29: no template here has Config rules, so bank questions only) chosen there.
    await panel.locator('button[data-action="home"]').click();
    await panel.locator('select#topic').waitFor({ timeout: TIMEOUT_MS });
    await panel.locator('select#topic').selectOption('T29');
    await panel.locator('button[data-action="start"][data-scope="topic"]').click();
    await panel.locator('section.question:not(.answered)').waitFor({ timeout: TIMEOUT_MS });
    assert.match(await panel.locator('h1').innerText(), /^Practice: T29 /);
    assert.equal(await panel.locator('.meta .source').innerText(), 'Question bank');
    await panel.locator('input[name="answer"]').first().focus();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await panel.locator('section.question.answered .verdict').waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await panel.locator('li.explained.picked[data-option="B"]').count(), 1);
    assert.equal(await panel.locator('button[data-action="showInEditor"]').count(), 0);
    await workbench.screenshot('practice-bank-question');

    // A short mock exam: answer the first question, flag it, go on, answer the second, submit. It has 75
    // questions, or all there are when the bank and the templates hold fewer.
    await panel.locator('button[data-action="home"]').click();
    const pool = (await panel.locator('[data-summary="pool"]').innerText()).match(/^(\d+) bank questions · (\d+) questions from your templates/);
    assert.ok(pool);
    const total = Math.min(75, Number(pool[1]) + Number(pool[2]));
    await panel.locator('button[data-action="startExam"]').click();
    await panel.locator('header.exam #timer').waitFor({ timeout: TIMEOUT_MS });
    assert.match(await panel.locator('#timer').innerText(), /^(3:00:00|2:59:[0-5]\d)$/);
    assert.equal(await panel.locator('[data-summary="answered"]').innerText(), `0 of ${total} answered`);
    await panel.locator('input[name="answer"]').first().focus();
    await page.keyboard.press('1');
    await page.keyboard.press('f');
    await panel.locator('[data-summary="flagged"]', { hasText: '1 flagged' }).waitFor({ timeout: TIMEOUT_MS });
    assert.equal(await panel.locator('[data-summary="answered"]').innerText(), `1 of ${total} answered`);
    await page.keyboard.press('n');
    await panel.locator('.meta .position', { hasText: `Question 2 of ${total}` }).waitFor({ timeout: TIMEOUT_MS });
    await panel.locator('input[name="answer"]').first().focus();
    await page.keyboard.press('2');
    await workbench.screenshot('practice-mock-exam');
    await panel.locator('button[data-action="submitExam"]').first().click();
    await panel.locator('.confirm', { hasText: `Submit the exam now? ${total - 2} unanswered (they count as wrong), 1 flagged.` }).waitFor({ timeout: TIMEOUT_MS });
    await panel.locator('button[data-action="confirmSubmit"]').click();
    const score = panel.locator('[data-summary="score"]');
    await score.waitFor({ timeout: TIMEOUT_MS });
    assert.match(await score.innerText(), /^Estimated score: \d{3,4} of 1,000 — (pass|below the pass mark) \(750 needed\)$/);
    assert.deepEqual(await panel.locator('table.domains tbody th').allInnerTexts(), [
      'D1 SDLC Automation', 'D2 Configuration Management and IaC', 'D3 Resilient Cloud Solutions', 'D4 Monitoring and Logging', 'D5 Incident and Event Response', 'D6 Security and Compliance',
    ]);
    assert.equal(await panel.locator('ol.review > li').count(), total);
    await workbench.screenshot('practice-mock-result');

    // The study panel shows practice scores beside the coverage.
    await workbench.runCommand('CloudFormation Exam Coach (CFN): Open Study Panel');
    const study = await workbench.webviewFrame('#root[data-rendered] section[data-domain]', 'the study panel');
    const practice = await study.locator('[data-summary="practice"]').allInnerTexts();
    assert.equal(practice.length, 6);
    assert.ok(practice.some((text) => /^practice \d+ of \d+ right \(\d+%\)$/.test(text)), practice.join(' | '));
  },
};
