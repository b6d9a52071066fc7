import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { GRAPH_REQUEST, type GraphResult } from '../../src/shared/protocol';
import { TestClient } from './lspClient';

const SAVED = [
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketName: exam-data',
  '  Topic:',
  '    Type: AWS::SNS::Topic',
  '    Properties:',
  '      DisplayName: !Ref Bucket',
  '',
].join('\n');
const EDITED = SAVED.replace('exam-data', 'exam-data-2');

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.shutdown());

it('answers the laid-out graph, marking what the open text would replace compared with the saved text', async () => {
  const uri = 'file:///work/graph.yaml';
  await client.open(uri, 'yaml', EDITED);
  const result = await client.request<GraphResult | null>(GRAPH_REQUEST, { uri, savedText: SAVED });
  assert.deepEqual(result, {
    nodes: [
      {
        id: 'Bucket',
        kind: 'resource',
        type: 'AWS::S3::Bucket',
        range: { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } },
        x: 16,
        y: 16,
        width: 118,
        height: 44,
        change: { logicalId: 'Bucket', reason: 'properties', effect: 'replaces', properties: [{ path: 'BucketName', effect: 'replaces' }] },
      },
      {
        id: 'Topic',
        kind: 'resource',
        type: 'AWS::SNS::Topic',
        range: { start: { line: 5, character: 2 }, end: { line: 5, character: 7 } },
        x: 16,
        y: 124,
        width: 118,
        height: 44,
      },
    ],
    edges: [{ from: 'Topic', to: 'Bucket', kind: 'ref', points: [] }],
    width: 150,
    height: 184,
    compared: true,
  });
});

it('marks nothing without a saved text, and answers null for a file that is not a template', async () => {
  const untitled = 'untitled:Untitled-1';
  await client.open(untitled, 'yaml', EDITED);
  const result = await client.request<GraphResult | null>(GRAPH_REQUEST, { uri: untitled });
  assert.equal(result?.compared, false);
  assert.deepEqual(result?.nodes.map((node) => [node.id, node.change]), [['Bucket', undefined], ['Topic', undefined]]);

  const values = 'file:///work/values.yaml';
  await client.open(values, 'yaml', 'replicaCount: 2\n');
  assert.equal(await client.request(GRAPH_REQUEST, { uri: values }), null);
});
