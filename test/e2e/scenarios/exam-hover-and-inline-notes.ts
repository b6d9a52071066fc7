import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

const INLINE_NOTE = 'instances kept in service during a rolling update';
const RESOURCE_NOTE = 'exam: self-healing fleet';
const TOGGLE = 'CloudFormation Exam Coach (CFN): Toggle Inline Exam Notes';

// Hovering MinInstancesInService in an ASG rolling update shows the exam section; the inline note sits
// at the end of its line and goes away when the inline mode is turned off.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/exam-e2e'),
  async run(workbench) {
    await workbench.openFile('web-fleet.yaml');
    await workbench.waitForStatus(/CFN Coach$/);
    // Above each resource, the topics it practises in this template (no CodeDeploy here: not T10), and
    // the deployment view of the group the simulator understands (lenses of one line are joined by "|").
    const lenses = await workbench.codeLenses((shown) => shown.length === 2 && shown[1].includes('Show deployment'));
    assert.deepEqual(lenses, ['Exam: T07 Auto Scaling group', 'Exam: T09 Group updates, signals · T07 Auto Scaling group | Show deployment']);

    await workbench.goTo(20, 12);
    const hover = await workbench.hoverAtCursor(/Why this matters on the exam/);
    assert.match(hover, /Why this matters on the exam/);
    assert.match(hover, /T09/);
    assert.match(hover, /keep serving during the update/);
    await workbench.screenshot('exam-hover-min-instances');
    await workbench.press('Escape');

    const withNote = await workbench.editorTextWhen((text) => text.includes(INLINE_NOTE), 'the inline exam note');
    assert.match(withNote, new RegExp(`MinInstancesInService: 2\\s*${INLINE_NOTE}`));
    await workbench.screenshot('exam-inline-notes');

    await workbench.runCommand(TOGGLE); // properties → off
    await workbench.editorTextWhen(
      (text) => !text.includes(INLINE_NOTE) && !text.includes(RESOURCE_NOTE) && text.includes('MinInstancesInService: 2'),
      'the inline notes to go',
    );
    await workbench.screenshot('exam-inline-notes-off');

    // Back to the default (off → resources → properties) for the scenarios that follow.
    await workbench.runCommand(TOGGLE);
    await workbench.editorTextWhen((text) => text.includes(RESOURCE_NOTE) && !text.includes(INLINE_NOTE), 'resource notes only');
    await workbench.runCommand(TOGGLE);
    await workbench.editorTextWhen((text) => text.includes(INLINE_NOTE), 'the inline note to come back');
  },
};
