import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { STUDY_COVERAGE_REQUEST, STUDY_SHEET_REQUEST, type StudyCoverageResult, type StudySheetResult } from '../../src/shared/study';
import { TestClient } from './lspClient';

const SCHEDULED = 'Resources:\n  Evening:\n    Type: AWS::AutoScaling::ScheduledAction\n    Properties:\n      AutoScalingGroupName: web\n      MinSize: 5\n';

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.shutdown());

it('computes coverage of the templates the client sends, open or not, leaving other files out', async () => {
  const open = 'file:///work/study/open.yaml';
  await client.open(open, 'yaml', SCHEDULED);
  const result = await client.request<StudyCoverageResult>(STUDY_COVERAGE_REQUEST, {
    files: [
      { uri: open, text: SCHEDULED, languageId: 'yaml' },
      { uri: 'file:///work/study/closed.json', text: '{"Resources": {"Rule": {"Type": "AWS::ElasticLoadBalancingV2::ListenerRule"}}}' },
      { uri: 'file:///work/study/values.yaml', text: 'replicaCount: 2\n' },
    ],
  });
  assert.equal(result.templates, 2);
  const covered = result.topics.filter((topic) => topic.covered).map((topic) => [topic.id, topic.sites.map((site) => `${site.uri.split('/').pop()}#${site.label}@${site.range.start.line}`)]);
  assert.deepEqual(covered, [
    ['T08', ['open.yaml#Evening@1']],
    ['T27', ['closed.json#Rule@0']],
  ]);
});

it('answers the study sheet of an open template, and null for a file that is not one', async () => {
  const uri = 'file:///work/study/sheet.yaml';
  await client.open(uri, 'yaml', SCHEDULED);
  const sheet = await client.request<StudySheetResult | null>(STUDY_SHEET_REQUEST, { uri, fileName: 'sheet.yaml' });
  assert.equal(sheet?.markdown.split('\n')[0], '# Study sheet: sheet.yaml');
  assert.match(sheet?.markdown ?? '', /\n### Evening \(`AWS::AutoScaling::ScheduledAction`\)\n/);
  const values = 'file:///work/study/values2.yaml';
  await client.open(values, 'yaml', 'replicaCount: 2\n');
  assert.equal(await client.request(STUDY_SHEET_REQUEST, { uri: values, fileName: 'values2.yaml' }), null);
});
