import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import topicsData from '../../../src/core/knowledge/topics.json';
import { parseExamTopics } from '../../../scripts/topics.mjs';

const EXAM_TOPICS = join(import.meta.dirname, '../../../../shared/exam-topics.md');

it('topics.json is generated from the current exam-topics.md (node scripts/topics.mjs --sync)', (t) => {
  if (!existsSync(EXAM_TOPICS)) {
    t.skip(`exam-topics.md not found at ${EXAM_TOPICS}: the project's shared folder must sit beside the repository`);
    return;
  }
  assert.deepEqual(parseExamTopics(readFileSync(EXAM_TOPICS, 'utf8')), topicsData);
});

it('parses domains, sections and short titles', () => {
  const markdown = [
    'Exam domains: D1 SDLC Automation 22%, D2 Configuration',
    'Management and IaC 17%.',
    '## Auto Scaling (D3)',
    '- T09 Stack updates of the group: `UpdatePolicy` and more.',
  ].join('\n');
  assert.deepEqual(parseExamTopics(markdown), {
    domains: { D1: { name: 'SDLC Automation', weight: 22 }, D2: { name: 'Configuration Management and IaC', weight: 17 } },
    topics: {
      // The exam guide puts CloudFormation's stack updates under Domain 2 as well.
      T09: { title: 'Stack updates of the group', section: 'Auto Scaling', domains: ['D3', 'D2'], text: 'Stack updates of the group: `UpdatePolicy` and more.' },
    },
  });
});
