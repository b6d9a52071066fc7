import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// An IAM statement's Effect in the wrong letter case, fixed by its quick fix, and a value a mapping gives
// for one of the environments a parameter allows, judged against the registry's allowed values.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/iam-mapping-e2e'),
  async run(workbench) {
    await workbench.openFile('role.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');
    const problems = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 2));
    assert.deepEqual(
      problems.map((row) => [row.code, row.message, row.position]),
      [
        [
          'E3030',
          "RetentionInDays must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150 (or 12 more), not '45' (the value comes from the mapping 'Retention') (did you mean '30'?)",
          '[Ln 18, Col 24]',
        ],
        ['E3510', "Effect must be Allow or Deny, written exactly so (it is case sensitive), not 'allow'", '[Ln 33, Col 25]'],
      ],
    );
    await workbench.screenshot('iam-effect-and-mapping-value-problems');

    await workbench.goTo(33, 27);
    await workbench.applyQuickFix("Change to 'Allow'");
    await workbench.editorTextWhen((text) => text.includes('- Effect: Allow\n                Action: [logs:'), 'the quick fix to apply');
    await workbench.problems((rows) => errorsOf(rows).length === 1 && rows.some((row) => row.code === 'E3030'));
    await workbench.screenshot('iam-effect-fixed');
  },
};
