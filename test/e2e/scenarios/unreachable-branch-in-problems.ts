import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// Values CloudFormation accepts stay out of the Problems panel: a KeyPolicy flow map closed at its key's
// indentation, `SourceVersion: 2.0` (a pattern its written text matches), and the `unknown` fallback of
// an Fn::If the parameter's AllowedValues never reach. Allowing one more value by typing makes the
// fallback reachable, and its error appears; deleting the value again takes it away.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/reachable-e2e'),
  async run(workbench) {
    await workbench.openFile('app.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');

    await workbench.goTo(6, 35);
    await workbench.type(', mac');
    await workbench.editorTextWhen((text) => text.includes('AllowedValues: [linux, windows, mac]'), 'the allowed value to be typed');
    const reachable = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 1));
    assert.deepEqual(
      reachable.map((row) => [row.code, row.message, row.position]),
      [['E1152', "'unknown' is not an AMI ID (ami- and 8 or 17 lowercase letters or digits, or resolve:ssm: and a Systems Manager parameter name)", '[Ln 23, Col 88]']],
    );
    await workbench.screenshot('reachable-fallback-problems');

    await workbench.goTo(6, 40);
    await workbench.press(...Array<string>(', mac'.length).fill('Backspace'));
    await workbench.editorTextWhen((text) => text.includes('AllowedValues: [linux, windows]'), 'the value to be deleted');
    assert.deepEqual(errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 0)), []);
  },
};
