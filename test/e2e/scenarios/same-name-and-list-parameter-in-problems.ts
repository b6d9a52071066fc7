import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// Two errors CloudFormation meets only at deploy time, in the Problems panel: two roles given one name
// (E3019, on both), and a list parameter where a property takes one subnet (E1020); renaming one role
// by typing leaves the other error alone.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/identifiers-e2e'),
  async run(workbench) {
    await workbench.openFile('app.yaml');
    const errorsOf = <Row extends { severity: string }>(rows: Row[]) => rows.filter((row) => row.severity === 'error');
    const clash = (other: string) =>
      `RoleName 'app-role' is also that of ${other}: they identify an AWS::IAM::Role, so no two may share them (a name is unique in the account and Region, or wider for global names such as IAM's and S3 buckets'), and creating the second fails. ` +
      'Leave it out to let CloudFormation generate a name, or make each one different';
    const listParameter = ['E1020', "SubnetId takes a String, not the list parameter 'Subnets' (List<AWS::EC2::Subnet::Id>)", '[Ln 30, Col 17]'];
    const problems = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 3));
    assert.deepEqual(
      problems.map((row) => [row.code, row.message, row.position]),
      [['E3019', clash('WorkerRole'), '[Ln 10, Col 17]'], ['E3019', clash('AppRole'), '[Ln 20, Col 17]'], listParameter],
    );
    await workbench.screenshot('same-role-name-problems');

    await workbench.goTo(20, 17);
    await workbench.press('Shift+End');
    await workbench.type('worker-role');
    await workbench.editorTextWhen((text) => text.includes('RoleName: worker-role'), 'the rename to be typed');
    const after = errorsOf(await workbench.problems((rows) => errorsOf(rows).length === 1));
    assert.deepEqual(after.map((row) => [row.code, row.message, row.position]), [listParameter]);
  },
};
