import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { DEPLOYMENT_REQUEST, type DeploymentResult } from '../../src/shared/protocol';
import { TestClient } from './lspClient';

const TEMPLATE = [
  'Resources:',
  '  Web:',
  '    Type: AWS::AutoScaling::AutoScalingGroup',
  '    UpdatePolicy:',
  '      AutoScalingRollingUpdate:',
  '        MaxBatchSize: 2',
  '        MinInstancesInService: 2',
  '        WaitOnResourceSignals: true',
  '    Properties:',
  '      MinSize: "2"',
  '      MaxSize: "6"',
  '      DesiredCapacity: "4"',
  '      VPCZoneIdentifier: [subnet-1, subnet-2]',
  '      LaunchTemplate: {LaunchTemplateId: lt-1, Version: "1"}',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '',
].join('\n');
const SUMMARY = '2 batches of 2, never fewer than 2 in service, up to 2 × 5 min waiting for signals';

describe('deployment simulator over LSP', () => {
  const uri = 'file:///work/deploy/web.yaml';
  let client: TestClient;
  before(async () => {
    client = new TestClient({ enable: true, codeLens: { topics: false } });
    await client.initialize();
    await client.open(uri, 'yaml', TEMPLATE);
    await client.diagnostics(uri);
  });
  after(() => client.shutdown());

  it('hover on the UpdatePolicy gives the one-line summary and a link to the view', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 6 } });
    const sections = (hover.contents as MarkupContent).value.split('\n\n---\n\n');
    assert.equal(sections[1], `**Stack update: AutoScalingRollingUpdate** (4 instances): ${SUMMARY}. [Show deployment](command:cfnCoach.showDeployment?${encodeURIComponent('["Web"]')})`);
  });

  it('puts "Show deployment" above the simulated resource only', async () => {
    const unresolved = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } };
    assert.deepEqual(unresolved, [{ range, data: { uri, logicalId: 'Web', kind: 'deployment' } }]);
    const lenses = await Promise.all(unresolved.map((lens) => client.request<CodeLens>('codeLens/resolve', lens)));
    assert.deepEqual(lenses, [
      {
        range,
        data: { uri, logicalId: 'Web', kind: 'deployment' },
        command: { title: 'Show deployment', tooltip: `Stack update: AutoScalingRollingUpdate: ${SUMMARY}`, command: 'cfnCoach.showDeployment', arguments: ['Web', uri] },
      },
    ]);
  });

  it('answers the timelines of a resource, with a fleet size chosen in the view', async () => {
    const result = await client.request<DeploymentResult | null>(DEPLOYMENT_REQUEST, { uri, resource: 'Web', fleet: 6 });
    assert.ok(result);
    assert.deepEqual(result.resources, [{ logicalId: 'Web', type: 'AWS::AutoScaling::AutoScalingGroup', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } } }]);
    assert.equal(result.selected, 'Web');
    assert.deepEqual(result.timelines.map((timeline) => [timeline.summary, timeline.fleet?.origin]), [['3 batches of 2, never fewer than 4 in service, up to 3 × 5 min waiting for signals', 'view']]);
    assert.deepEqual(result.timelines[0].decidingRange, { start: { line: 3, character: 4 }, end: { line: 3, character: 16 } });
  });

  it('follows an edit of MaxBatchSize', async () => {
    await client.change(uri, TEMPLATE.replace('MaxBatchSize: 2', 'MaxBatchSize: 1'));
    await client.diagnostics(uri);
    const result = await client.request<DeploymentResult | null>(DEPLOYMENT_REQUEST, { uri });
    assert.equal(result?.timelines[0].summary, '4 batches of 1, never fewer than 3 in service, up to 4 × 5 min waiting for signals');
    await client.change(uri, TEMPLATE);
    await client.diagnostics(uri);
  });

  it('offers "Show the deployment of Web" for a finding the simulator also reports', async () => {
    const broken = TEMPLATE.replace('MinInstancesInService: 2', 'MinInstancesInService: 6');
    const brokenUri = 'file:///work/deploy/broken.yaml';
    await client.open(brokenUri, 'yaml', broken);
    const diagnostics = await client.diagnostics(brokenUri, (list) => list.some((diagnostic) => diagnostic.code === 'CX0910'));
    const finding = diagnostics.find((diagnostic) => diagnostic.code === 'CX0910')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: brokenUri }, range: finding.range, context: { diagnostics: [finding] } });
    assert.deepEqual(actions.map((action) => [action.title, action.command?.command, action.command?.arguments]), [['Show the deployment of Web', 'cfnCoach.showDeployment', ['Web', brokenUri]]]);
  });

  it('answers null for a file that is not a template', async () => {
    const other = 'file:///work/deploy/notes.yaml';
    await client.open(other, 'yaml', 'name: notes\nitems: [1, 2]\n');
    assert.equal(await client.request(DEPLOYMENT_REQUEST, { uri: other }), null);
  });
});
