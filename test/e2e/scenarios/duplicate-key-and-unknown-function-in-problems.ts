import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// A key written twice is a warning and only the copy CloudFormation keeps is judged (the dropped
// retention of 99999999 gets no range error); an Fn:: function CloudFormation does not know is an error
// that names the closest one; a hover on a parameter's declaration shows what a Ref to it shows.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/duplicate-e2e'),
  async run(workbench) {
    await workbench.openFile('queue.yaml');
    const problems = await workbench.problems((rows) => rows.length === 2);
    assert.deepEqual(
      problems.map((row) => [row.severity, row.code, row.message, row.position]),
      [
        ['error', 'E1001', 'Fn::Get is no intrinsic function CloudFormation supports: it rejects the template. Did you mean Fn::GetAtt?', '[Ln 22, Col 11]'],
        ['warning', 'W0002', "Duplicate key 'MessageRetentionPeriod': CloudFormation keeps only the last value given for it", '[Ln 19, Col 7]'],
      ],
    );
    await workbench.screenshot('duplicate-key-and-unknown-function');

    await workbench.goTo(4, 4);
    const hover = await workbench.hoverAtCursor(/Parameter/);
    assert.match(hover, /Parameter\s+Stage: String/);
    assert.match(hover, /Allowed values:\s+\["dev","prod"\]/);
  },
};
