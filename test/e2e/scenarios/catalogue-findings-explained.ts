import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// Exam-practice catalogue findings in the Problems panel: a deploy-time rejection (replication
// without versioning, an error) and exam practices (logs kept forever, a replicated bucket the stack
// would delete: warnings), explained in the hover over them; the bucket's quick fix retains it.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/catalogue-e2e'),
  async run(workbench) {
    await workbench.openFile('replication.yaml');
    const rows = await workbench.problems((list) => ['CX2310', 'CX3114', 'CX2328'].every((code) => list.some((row) => row.code === code)));
    const rejection = rows.find((row) => row.code === 'CX2310')!;
    const practice = rows.find((row) => row.code === 'CX3114')!;
    assert.deepEqual([rejection.severity, rejection.position], ['error', '[Ln 11, Col 7]']);
    assert.match(rejection.message, /^Bucket 'Artifacts' replicates objects but does not enable versioning/);
    assert.deepEqual([practice.severity, practice.position], ['warning', '[Ln 14, Col 3]']);
    const retain = rows.find((row) => row.code === 'CX2328')!;
    assert.deepEqual([retain.severity, retain.position], ['warning', '[Ln 8, Col 3]']);
    assert.match(retain.message, /^Bucket 'Artifacts', which replicates its objects, has no DeletionPolicy Retain/);
    await workbench.screenshot('catalogue-problems');

    await workbench.goTo(11, 10);
    const hover = await workbench.hoverAtCursor(/Why CX2310 matters on the exam/);
    assert.match(hover, /S3 replicates object versions/);
    await workbench.screenshot('catalogue-explanation-hover');
    await workbench.press('Escape');

    await workbench.goTo(14, 5);
    assert.match(await workbench.hoverAtCursor(/Why CX3114 matters on the exam/), /logs|retention/i);
    await workbench.press('Escape');

    await workbench.goTo(8, 5);
    await workbench.applyQuickFix('Retain the bucket when the stack is deleted');
    await workbench.editorTextWhen((text) => text.includes('DeletionPolicy: Retain'), 'the quick fix to apply');
    await workbench.problems((list) => !list.some((row) => row.code === 'CX2328') && list.some((row) => row.code === 'CX2310'));
    await workbench.screenshot('catalogue-retain-fixed');
  },
};
