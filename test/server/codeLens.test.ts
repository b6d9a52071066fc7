import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

/** A deployment group like the lab's: its notes name four topics, of which it practises three (not blue/green). */
const TEMPLATE = JSON.stringify(
  {
    Resources: {
      WebDeploymentGroup: {
        Type: 'AWS::CodeDeploy::DeploymentGroup',
        Properties: {
          ApplicationName: 'web',
          ServiceRoleArn: 'arn:aws:iam::123456789012:role/deploy',
          AutoScalingGroups: ['web'],
          DeploymentConfigName: 'CodeDeployDefault.OneAtATime',
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE'] },
        },
      },
      Queue: { Type: 'AWS::SQS::Queue' },
    },
  },
  null,
  2,
);

const uri = 'file:///work/lens/deploy.json';
let client: TestClient;
before(async () => {
  client = new TestClient({ enable: true });
  await client.initialize();
  await client.open(uri, 'json', TEMPLATE);
});
after(() => client.shutdown());

it('names the topics a resource practises in the template, most relevant first, all of them in the tooltip', async () => {
  const unresolved = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  // The lenses come as places; their text when the editor resolves them.
  assert.deepEqual(unresolved.map((lens) => lens.command), [undefined]);
  const lenses = await Promise.all(unresolved.map((lens) => client.request<CodeLens>('codeLens/resolve', lens)));
  assert.deepEqual(
    lenses.map((lens) => [lens.range.start, lens.command]),
    [
      [
        { line: 2, character: 4 },
        {
          title: 'Exam: T06 Automatic rollback · T04 CodeDeploy in-place · T10 CodeDeploy with ASG',
          tooltip: [
            'Exam topics this resource exercises:',
            'T06 Automatic rollback (Delivery pipeline)',
            'T04 CodeDeploy in-place (Delivery pipeline)',
            'T10 CodeDeploy with ASG (Auto Scaling)',
          ].join('\n'),
          command: '',
        },
      ],
    ],
  );
});
