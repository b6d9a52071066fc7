import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// A SAM Kinesis event is judged as the event source mapping SAM makes of it: each value out of
// Lambda's range is its own error row, at the value; retyping one clears its row.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/sam-events-e2e'),
  async run(workbench) {
    await workbench.openFile('orders.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');
    const problems = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 2));
    assert.deepEqual(
      problems.map((row) => [row.code, row.message, row.position]),
      [
        ['E3034', 'BatchSize must be at most 10000; 20000 is more', '[Ln 27, Col 24]'],
        ['E3034', 'ParallelizationFactor must be at most 10; 20 is more', '[Ln 28, Col 36]'],
      ],
    );
    await workbench.screenshot('sam-event-values-problems');

    await workbench.goTo(28, 1);
    await workbench.press('End', 'Shift+Home');
    await workbench.type('ParallelizationFactor: 10');
    // While the line is retyped it is briefly half a key: wait for the analysis of the whole edit.
    const left = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 1 && errorsOf(rows)[0].code === 'E3034'));
    assert.deepEqual(left.map((row) => [row.code, row.position]), [['E3034', '[Ln 27, Col 24]']]);
    assert.match(await workbench.editorText(), /BatchSize: 20000\s+ParallelizationFactor: 10\s+FunctionResponseTypes/);
    await workbench.screenshot('sam-event-value-fixed');
  },
};
