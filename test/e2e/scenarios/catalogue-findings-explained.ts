import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// Two exam-practice catalogue findings in the Problems panel: a deploy-time rejection (replication
// without versioning, an error) and an exam practice (logs kept forever, a warning), each explained
// in the hover over it.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/catalogue-e2e'),
  async run(workbench) {
    await workbench.openFile('replication.yaml');
    const rows = await workbench.problems((list) => list.some((row) => row.code === 'CX2310') && list.some((row) => row.code === 'CX3114'));
    const rejection = rows.find((row) => row.code === 'CX2310')!;
    const practice = rows.find((row) => row.code === 'CX3114')!;
    assert.deepEqual([rejection.severity, rejection.position], ['error', '[Ln 11, Col 7]']);
    assert.match(rejection.message, /^Bucket 'Artifacts' replicates objects but does not enable versioning/);
    assert.deepEqual([practice.severity, practice.position], ['warning', '[Ln 14, Col 3]']);
    await workbench.screenshot('catalogue-problems');

    await workbench.goTo(11, 10);
    const hover = await workbench.hoverAtCursor(/Why CX2310 matters on the exam/);
    assert.match(hover, /S3 replicates object versions/);
    await workbench.screenshot('catalogue-explanation-hover');
    await workbench.press('Escape');

    await workbench.goTo(14, 5);
    assert.match(await workbench.hoverAtCursor(/Why CX3114 matters on the exam/), /logs|retention/i);
  },
};
