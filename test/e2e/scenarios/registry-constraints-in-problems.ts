import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// The registry's constraints in the Problems panel: a misspelled allowed value with its quick fix,
// and a value out of range, fixed by typing.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/registry-e2e'),
  async run(workbench) {
    await workbench.openFile('queue.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');
    const problems = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 2));
    assert.deepEqual(
      problems.map((row) => [row.code, row.message, row.position]),
      [
        ['E3034', 'DelaySeconds must be at most 900; 1200 is more', '[Ln 7, Col 21]'],
        [
          'E3030',
          'ComparisonOperator must be one of GreaterThanOrEqualToThreshold, GreaterThanThreshold, GreaterThanUpperThreshold, LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, LessThanOrEqualToThreshold, LessThanThreshold, not \'GreaterThanTreshold\' (did you mean \'GreaterThanThreshold\'?)',
          '[Ln 22, Col 27]',
        ],
      ],
    );
    await workbench.screenshot('registry-constraints-problems');

    await workbench.goTo(22, 30);
    await workbench.applyQuickFix("Change to 'GreaterThanThreshold'");
    await workbench.editorTextWhen((text) => text.includes('ComparisonOperator: GreaterThanThreshold'), 'the quick fix to apply');
    await workbench.problems((rows) => errorsOf(rows).length === 1 && rows.some((row) => row.code === 'E3034'));
    await workbench.screenshot('registry-allowed-value-fixed');
  },
};
