import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// What a user of issue 3's features does: apply the quick fix for a misspelled property, read a
// property's hover, complete a property, go to a definition and rename a logical ID.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/navigation-e2e'),
  async run(workbench) {
    await workbench.openFile('app.yaml');
    const [problem] = await workbench.problems((rows) => rows.some((row) => row.code === 'E3002'));
    assert.equal(problem.message, "Unknown property 'DelaySecnds' in AWS::SQS::Queue. Did you mean 'DelaySeconds'?");

    // Quick fix
    await workbench.goTo(7, 8);
    await workbench.applyQuickFix("Change to 'DelaySeconds'");
    await workbench.editorTextWhen((text) => text.includes('DelaySeconds: 5'), 'the quick fix to apply');
    await workbench.problems((rows) => rows.length === 0);
    await workbench.screenshot('quick-fix-applied');

    // Hover on a property whose change replaces the queue
    await workbench.goTo(6, 8);
    const hover = await workbench.hoverAtCursor(/Changing this replaces the resource/);
    assert.match(hover, /Changing this replaces the resource/);
    await workbench.screenshot('property-hover');
    await workbench.press('Escape');

    // Completion of a property, with its value typed after it
    await workbench.goTo(7, 22);
    await workbench.press('End', 'Enter');
    await workbench.type('MessageRet');
    await workbench.acceptSuggestion('MessageRetentionPeriod');
    await workbench.type('345600');
    await workbench.press('Escape');
    // (.view-lines keeps DOM order, not line order, so only the line itself is matched)
    await workbench.editorTextWhen((text) => /^ {6}MessageRetentionPeriod: 345600$/m.test(text), 'the completed property');
    await workbench.problems((rows) => rows.length === 0);

    // Go to definition from !Ref AppQueue (now on line 17)
    await workbench.goTo(17, 18);
    await workbench.press('F12');
    await workbench.page.locator('.statusbar-item', { hasText: 'Ln 3, Col 3' }).waitFor();

    // Rename the queue from its key: every Ref and GetAtt follows
    await workbench.press('F2');
    const input = workbench.page.locator('.rename-box input');
    await input.waitFor();
    await input.fill('WorkQueue');
    await workbench.press('Enter');
    const renamed = await workbench.editorTextWhen(
      (text) => text.includes('!Ref WorkQueue') && text.includes('!GetAtt WorkQueue.Arn') && !text.includes('AppQueue'),
      'the rename to reach every reference',
    );
    assert.match(renamed, /^ {2}WorkQueue:$/m);
    await workbench.problems((rows) => rows.length === 0);
    await workbench.screenshot('renamed');
  },
};
