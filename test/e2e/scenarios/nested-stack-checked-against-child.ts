import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// A parent stack whose nested stack is a local file: the Problems panel names the output the child's
// template lacks; typing that output in the child's editor (unsaved) clears the parent's problem, and
// completion in the parent offers the child's outputs, and the child's parameters it does not pass yet.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/nested-e2e'),
  async run(workbench) {
    await workbench.openFile('main.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');
    const problems = errorsOf(await workbench.problems((rows) => errorsOf(rows).length > 0));
    assert.deepEqual(
      problems.map((row) => [row.code, row.message, row.position]),
      [['E1010', "Nested stack 'Network' has no output 'CidrBlock' (./network.yaml): it declares VpcId", '[Ln 12, Col 28]']],
    );
    await workbench.screenshot('nested-stack-missing-output');

    await workbench.openFile('network.yaml');
    await workbench.goTo(18, 1);
    await workbench.type('  CidrBlock: {Value: !GetAtt Vpc.CidrBlock');
    await workbench.editorTextWhen((text) => text.includes('CidrBlock: {Value: !GetAtt Vpc.CidrBlock}'), 'the new output in the child');
    await workbench.problems((rows) => errorsOf(rows).length === 0);
    await workbench.screenshot('nested-stack-output-added');

    // Back in the parent, `!GetAtt Network.` completes the child's outputs, the one just typed included.
    await workbench.openFile('main.yaml');
    await workbench.goTo(12, 28);
    const labels = await workbench.suggestions();
    assert.deepEqual(labels.filter((label) => label.startsWith('Outputs.')).sort(), ['Outputs.CidrBlock', 'Outputs.VpcId']);
    await workbench.screenshot('nested-stack-outputs-completed');
    await workbench.press('Escape');

    // Under the parent's Parameters, a new key completes the child's parameters not passed yet.
    await workbench.goTo(9, 29);
    await workbench.press('Enter');
    const parameters = await workbench.suggestions();
    assert.deepEqual(parameters.filter((label) => label === 'Environment' || label === 'VpcCidr'), ['Environment']);
    await workbench.screenshot('nested-stack-parameters-completed');
    await workbench.press('Escape');
  },
};
