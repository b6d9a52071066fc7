import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { CONVERT_REQUEST, type ConvertResult } from '../../src/shared/protocol';
import { TestClient } from './lspClient';

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.shutdown());

it('converts an open YAML template to JSON on request', async () => {
  const uri = 'file:///work/convert.yaml';
  await client.open(uri, 'yaml', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "${AWS::StackName}-q"\n');
  const result = await client.request<ConvertResult | null>(CONVERT_REQUEST, { uri });
  assert.deepEqual(result, {
    format: 'json',
    text: JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { 'Fn::Sub': '${AWS::StackName}-q' } } } } }, null, 2) + '\n',
  });
});

it('answers null for a file that is not a template', async () => {
  const uri = 'file:///work/values.yaml';
  await client.open(uri, 'yaml', 'replicaCount: 2\n');
  assert.equal(await client.request(CONVERT_REQUEST, { uri }), null);
});
