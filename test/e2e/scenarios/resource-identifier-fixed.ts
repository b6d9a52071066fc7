import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Scenario } from '../harness/scenario';

// A Ref that gives the wrong identifier (a queue's URL where SNS takes its ARN) in the Problems panel,
// and its quick fix to the attribute that gives the ARN.
export const scenario: Scenario = {
  fixtures: join(import.meta.dirname, '../../fixtures/returns-e2e'),
  async run(workbench) {
    await workbench.openFile('alerts.yaml');
    const errors = (await workbench.problems((rows) => rows.some((row) => row.code === 'E1041'))).filter((row) => row.severity === 'error');
    assert.deepEqual(
      errors.map((row) => [row.code, row.message, row.position]),
      [
        [
          'E1041',
          "Endpoint takes an SQS queue ARN (arn:aws:sqs:region:123456789012:name), but Ref AlertsQueue gives the URL of AWS::SQS::Queue 'AlertsQueue': use !GetAtt AlertsQueue.Arn",
          '[Ln 13, Col 17]',
        ],
      ],
    );
    await workbench.screenshot('resource-identifier-problem');

    await workbench.goTo(13, 20);
    await workbench.applyQuickFix('Use !GetAtt AlertsQueue.Arn');
    await workbench.editorTextWhen((text) => text.includes('Endpoint: !GetAtt AlertsQueue.Arn'), 'the quick fix to apply');
    await workbench.problems((rows) => !rows.some((row) => row.severity === 'error'));
    await workbench.screenshot('resource-identifier-fixed');
  },
};
