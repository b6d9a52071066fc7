import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// Typing a snippet prefix at resource level of a YAML and of a JSON template offers the exam snippet;
// accepting it inserts the resources (and, in YAML, the parameters they need) and leaves no problems.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/snippets/e2e-workspace'),
  async run(workbench) {
    const yaml = await workbench.insertSnippet('lab.yaml', ['Control+End'], '  cfn-asg-sch', 'cfn-asg-scheduled');
    assert.match(yaml, /Parameters:\s+AutoScalingGroupName:\s+Type: String/);
    assert.match(yaml, /Queue:\s+Type: AWS::SQS::Queue\s+ScaleOutEvening:\s+Type: AWS::AutoScaling::ScheduledAction/);
    await workbench.waitForStatus(/CFN Coach$/);
    assert.deepEqual(await workbench.problems((rows) => rows.length === 0), []);
    await workbench.screenshot('snippet-accepted-yaml');

    // A prefix only this snippet has: the suggest list re-renders its rows while a broader one (cfn-dynamodb) is filtered.
    const json = await workbench.insertSnippet('lab.json', ['Control+End', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'End'], '    cfn-dynamodb-gsi', 'cfn-dynamodb-gsi-lsi');
    assert.match(json, /"Queue": \{ "Type": "AWS::SQS::Queue" \},\s+"OrdersTable": \{\s+"Type": "AWS::DynamoDB::Table"/);
    await workbench.waitForStatus(/CFN Coach$/);
    assert.deepEqual(await workbench.problems((rows) => rows.length === 0), []);
    await workbench.screenshot('snippet-accepted-json');
  },
};
