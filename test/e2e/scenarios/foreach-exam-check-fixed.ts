import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// An exam check reads the tables a Fn::ForEach loop writes out: one Problems row, at the loop body, says
// the other copies share it; its quick fix edits the body, and the row goes for every copy.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/foreach-exam-e2e'),
  async run(workbench) {
    await workbench.openFile('tables.yaml');
    const problems = await workbench.problems((rows) => rows.length > 0);
    assert.deepEqual(problems, [
      {
        severity: 'warning',
        message:
          "DynamoDB table 'OrdersTable' has no point-in-time recovery: it cannot be restored to a moment before a bad write or delete " +
          '(so do 2 other copies of this Fn::ForEach body)',
        source: 'cfn-coach',
        code: 'CX2418',
        position: '[Ln 8, Col 7]',
      },
    ]);
    await workbench.screenshot('foreach-exam-check');

    await workbench.goTo(8, 8);
    await workbench.applyQuickFix('Turn on point-in-time recovery');
    await workbench.editorTextWhen((text) => text.includes('PointInTimeRecoveryEnabled: true'), 'the quick fix to apply');
    assert.deepEqual(await workbench.problems((rows) => rows.length === 0), []);
    await workbench.screenshot('foreach-exam-check-fixed');
  },
};
