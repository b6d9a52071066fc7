import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// The registry's constraints in the Problems panel: a misspelled allowed value with its quick fix, a value
// out of range, an Fn::Sub name whose fixed text the pattern refuses whatever the stack name is, fixed by typing,
// and an Fn::Sub that no allowed value can fit.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/registry-e2e'),
  async run(workbench) {
    await workbench.openFile('queue.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');
    const problems = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 4));
    assert.deepEqual(
      problems.map((row) => [row.code, row.message, row.position]),
      [
        [
          'E3031',
          "'${AWS::StackName} orders' is not a valid QueueName: it must match ^[A-Za-z0-9_-]+(\\.fifo)?$, and its fixed text has ' ', which the pattern does not allow, whatever ${AWS::StackName} may hold",
          '[Ln 7, Col 18]',
        ],
        ['E3034', 'DelaySeconds must be at most 900; 1200 is more', '[Ln 8, Col 21]'],
        [
          'E3030',
          'ComparisonOperator must be one of GreaterThanOrEqualToThreshold, GreaterThanThreshold, GreaterThanUpperThreshold, LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, LessThanOrEqualToThreshold, LessThanThreshold, not \'GreaterThanTreshold\' (did you mean \'GreaterThanThreshold\'?)',
          '[Ln 23, Col 27]',
        ],
        [
          'E3030',
          "BillingMode must be one of PROVISIONED, PAY_PER_REQUEST, and 'ON_DEMAND_${AWS::StackName}' can be none of them, whatever ${AWS::StackName} may hold",
          '[Ln 28, Col 20]',
        ],
      ],
    );
    await workbench.screenshot('registry-constraints-problems');

    await workbench.goTo(23, 30);
    await workbench.applyQuickFix("Change to 'GreaterThanThreshold'");
    await workbench.editorTextWhen((text) => text.includes('ComparisonOperator: GreaterThanThreshold'), 'the quick fix to apply');
    const billingMode = (row: { code: string; message: string }) => row.code === 'E3030' && row.message.startsWith('BillingMode');
    await workbench.problems((rows) => errorsOf(rows).length === 3 && errorsOf(rows).filter((row) => row.code === 'E3030').every(billingMode));
    await workbench.screenshot('registry-allowed-value-fixed');

    // The space between the stack name and "orders" is the character no queue name can hold.
    await workbench.goTo(7, 41);
    await workbench.press('Delete');
    await workbench.type('-');
    await workbench.editorTextWhen((text) => text.includes("QueueName: !Sub '${AWS::StackName}-orders'"), 'the typed name');
    await workbench.problems((rows) => errorsOf(rows).length === 2 && rows.some((row) => row.code === 'E3034') && rows.some(billingMode));
    await workbench.screenshot('registry-sub-name-fixed');
  },
};
