import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// Fn::ForEach writes out PublicSubnetA and PublicSubnetB, and NAT gateways for A, B and C: the Problems
// panel names the one copy whose Ref has no subnet, and nothing else.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/foreach-e2e'),
  async run(workbench) {
    await workbench.openFile('subnets.yaml');
    await workbench.waitForStatus(/CFN Coach: 1$/);
    const problems = await workbench.problems((rows) => rows.length > 0);
    assert.deepEqual(problems, [
      {
        severity: 'error',
        message: "Ref to 'PublicSubnetC', which is not a parameter, resource or pseudo parameter of this template",
        source: 'cfn-coach',
        code: 'E1020',
        position: '[Ln 22, Col 26]',
      },
    ]);
    await workbench.screenshot('foreach-names-checked');
  },
};
