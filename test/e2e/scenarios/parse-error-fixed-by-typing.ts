import assert from 'node:assert/strict';
import type { Scenario } from '../harness/scenario';

// broken.yaml's last line has no colon after its key: the Problems panel shows the parse error; retyping
// that line with the colon clears it.
export const scenario: Scenario = {
  async run(workbench) {
    await workbench.openFile('broken.yaml');
    await workbench.waitForStatus(/CFN Coach: 1$/);
    const problems = await workbench.problems((rows) => rows.length > 0);
    assert.deepEqual(problems, [
      {
        severity: 'error',
        message: "Implicit map keys need to be followed by map values: a key needs ':' after it (Key: value)",
        source: 'cfn-coach',
        code: 'E0000',
        position: '[Ln 8, Col 7]',
      },
    ]);
    await workbench.screenshot('parse-error-shown');

    await workbench.focusEditor();
    await workbench.press('Control+End', 'Shift+Home');
    await workbench.type('TopicName: payments');
    await workbench.waitForStatus(/CFN Coach$/);
    assert.deepEqual(await workbench.problems((rows) => rows.length === 0), []);
    assert.match(await workbench.editorText(), /DisplayName: orders\s+TopicName: payments/);
    await workbench.screenshot('parse-error-fixed');
  },
};
