import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// A misspelled key in SAM Globals fails the SAM transform, and a log format SAM passes to the Lambda function
// is held to Lambda's allowed values: each is an error row; retyping the key clears its row.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/sam-globals-e2e'),
  async run(workbench) {
    await workbench.openFile('app.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');
    const problems = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 2));
    assert.deepEqual(
      problems.map((row) => [row.code, row.message, row.position]),
      [
        ['E0001', "Timeoutt is not a property SAM takes from Globals for Function; did you mean 'Timeout'?", '[Ln 7, Col 5]'],
        ['E3030', "LogFormat must be one of Text, JSON, not 'Json' (did you mean 'JSON'?)", '[Ln 18, Col 20]'],
      ],
    );
    await workbench.screenshot('sam-globals-problems');

    await workbench.goTo(7, 1);
    await workbench.press('End', 'Shift+Home');
    await workbench.type('Timeout: 30');
    const left = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 1 && errorsOf(rows)[0].code === 'E3030'));
    assert.deepEqual(left.map((row) => [row.code, row.position]), [['E3030', '[Ln 18, Col 20]']]);
    assert.match(await workbench.editorText(), /Runtime: python3\.12\s+Timeout: 30\s+MemorySize: 512/);
    await workbench.screenshot('sam-globals-fixed');
  },
};
