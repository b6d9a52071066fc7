import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// A CloudTrail trail that CloudFormation may create before its bucket's policy (CX3320) in the Problems
// panel, explained on hover and fixed by its quick fix (DependsOn); then the audit-trail snippet, which
// writes the trail already waiting for its policy, leaves no problems.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/trail-e2e'),
  async run(workbench) {
    await workbench.openFile('audit.yaml');
    const rows = await workbench.problems((list) => list.some((row) => row.code === 'CX3320'));
    const trail = rows.find((row) => row.code === 'CX3320')!;
    assert.deepEqual([trail.severity, trail.position], ['warning', '[Ln 47, Col 21]']);
    assert.match(trail.message, /^Trail 'AuditTrail' does not depend on 'AuditBucketPolicy', the policy of its bucket 'AuditBucket'/);

    await workbench.goTo(47, 24);
    assert.match(await workbench.hoverAtCursor(/Why CX3320 matters on the exam/), /bucket policy/);
    await workbench.press('Escape');
    await workbench.applyQuickFix('Create the trail after AuditBucketPolicy');
    await workbench.editorTextWhen((text) => text.includes('DependsOn: AuditBucketPolicy'), 'the quick fix to apply');
    await workbench.problems((list) => !list.some((row) => row.code === 'CX3320'));
    await workbench.screenshot('trail-depends-on-policy');

    const text = await workbench.insertSnippet('lab.yaml', ['Control+End'], '  cfn-cloudtrail', 'cfn-cloudtrail-audit');
    assert.match(text, /AuditTrail:\s+Type: AWS::CloudTrail::Trail\s+DependsOn: AuditLogBucketPolicy/);
    await workbench.waitForStatus(/CFN Coach$/);
    assert.deepEqual(await workbench.problems((list) => list.length === 0), []);
    await workbench.screenshot('snippet-cloudtrail-audit');
  },
};
