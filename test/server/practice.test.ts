import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { QUESTION_BANK } from '../../src/core/practice/questionBank';
import { PRACTICE_POOL_REQUEST, type PracticePool } from '../../src/shared/practice';
import { TestClient } from './lspClient';

const GROUP = [
  'Resources:',
  '  Web:',
  '    Type: AWS::AutoScaling::AutoScalingGroup',
  '    UpdatePolicy:',
  '      AutoScalingRollingUpdate: {MaxBatchSize: 2, MinInstancesInService: 1}',
  '    Properties:',
  '      AutoScalingGroupName: web',
  '      MinSize: "2"',
  '      MaxSize: "6"',
  '      DesiredCapacity: "4"',
  '',
].join('\n');

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.shutdown());

it('serves the bank, questions about the templates the client sends with the range of their subject, and their notes', async () => {
  const open = 'file:///work/practice/web.yaml';
  await client.open(open, 'yaml', GROUP);
  const pool = await client.request<PracticePool>(PRACTICE_POOL_REQUEST, {
    files: [
      { uri: open, text: GROUP, languageId: 'yaml' },
      { uri: 'file:///work/practice/values.yaml', text: 'replicaCount: 2\n' },
    ],
  });
  assert.deepEqual(pool.bank.map((question) => question.id), QUESTION_BANK.map((question) => question.id));
  const fewest = pool.template.find((question) => question.kind === 'asg-fewest-in-service');
  assert.ok(fewest);
  assert.equal(fewest.uri, open);
  assert.deepEqual(fewest.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } });
  assert.deepEqual(fewest.options.filter((option) => fewest.answers.includes(option.id)).map((option) => option.text), ['2 instances']);
  // The schema-based kinds run too: the server has the resource schema.
  assert.ok(pool.template.some((question) => question.kind === 'replacing-property'));
  assert.ok(pool.template.every((question) => question.uri === open));
  const noteIds = new Set([...pool.bank, ...pool.template].flatMap((question) => question.notes));
  assert.deepEqual(Object.keys(pool.notes).sort(), [...noteIds].sort());
  assert.equal(pool.notes['asg-rolling-min-in-service'].url, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html');
});

it('answers with the bank alone when no file is a template, and survives broken text', async () => {
  const pool = await client.request<PracticePool>(PRACTICE_POOL_REQUEST, { files: [{ uri: 'file:///work/practice/broken.yaml', text: 'Resources:\n  X: [\n' }] });
  assert.deepEqual(pool.template, []);
  assert.equal(pool.bank.length, QUESTION_BANK.length);
});
