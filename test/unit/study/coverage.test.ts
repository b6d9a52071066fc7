import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { studyCoverage, type Coverage } from '../../../src/core/study';
import { parseTemplate } from '../../../src/core/template';
import { TEST_NOTES } from './notes';

const fixture = (name: string) => parseTemplate(readFileSync(join(import.meta.dirname, '../../fixtures/study', name), 'utf8'), 'yaml');
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

function coveredSites(coverage: Coverage) {
  return coverage.topics.filter((topic) => topic.covered).map(({ id, sites }) => ({ id, sites }));
}

describe('study coverage', () => {
  const coverage = studyCoverage(
    [
      { uri: 'file:///w/asg.yaml', template: fixture('asg.yaml') },
      { uri: 'file:///w/sam.yaml', template: fixture('sam.yaml') },
      { uri: 'file:///w/values.yaml', template: parseTemplate('replicaCount: 2\n', 'yaml') },
    ],
    TEST_NOTES,
  );

  it('counts only the files that are templates', () => {
    assert.equal(coverage.templates, 2);
  });

  it('lists each covered topic with the resources (or template keys) that cover it and why', () => {
    assert.deepEqual(coveredSites(coverage), [
      { id: 'T07', sites: [{ uri: 'file:///w/asg.yaml', logicalId: 'WebGroup', label: 'WebGroup', range: range(2, 2, 10), via: ['test-asg'] }] },
      // No note on the scheduled action here: its type stands for T08 through the cfn-asg-scheduled snippet.
      { id: 'T08', sites: [{ uri: 'file:///w/asg.yaml', logicalId: 'Evening', label: 'Evening', range: range(11, 2, 9), via: ['cfn-asg-scheduled'] }] },
      { id: 'T09', sites: [{ uri: 'file:///w/asg.yaml', logicalId: 'WebGroup', label: 'WebGroup', range: range(2, 2, 10), via: ['test-min-in-service'] }] },
      {
        id: 'T18',
        sites: [
          { uri: 'file:///w/sam.yaml', label: 'Transform', range: range(0, 0, 9), via: ['test-transform'] },
          { uri: 'file:///w/sam.yaml', logicalId: 'Api', label: 'Api', range: range(2, 2, 5), via: ['cfn-sam-canary'] },
        ],
      },
    ]);
  });

  it('ignores supporting resources such as IAM roles and resources no snippet or note speaks about', () => {
    const sites = coverage.topics.flatMap((topic) => topic.sites.map((site) => site.label));
    assert.deepEqual([...new Set(sites)].sort(), ['Api', 'Evening', 'Transform', 'WebGroup']);
  });

  it('groups topics by domain with the exam weights, a topic under each of its domains', () => {
    assert.deepEqual(
      coverage.domains.map(({ id, name, weight, covered, topics }) => ({ id, name, weight, covered, total: topics.length })),
      [
        { id: 'D1', name: 'SDLC Automation', weight: 22, covered: 1, total: 11 },
        { id: 'D2', name: 'Configuration Management and IaC', weight: 17, covered: 2, total: 8 },
        { id: 'D3', name: 'Resilient Cloud Solutions', weight: 15, covered: 3, total: 17 },
        { id: 'D4', name: 'Monitoring and Logging', weight: 15, covered: 0, total: 5 },
        { id: 'D5', name: 'Incident and Event Response', weight: 14, covered: 0, total: 5 },
        { id: 'D6', name: 'Security and Compliance', weight: 17, covered: 0, total: 10 },
      ],
    );
    assert.deepEqual(coverage.domains[0].topics, ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T10', 'T14', 'T17', 'T18', 'T19']);
  });

  it('offers the snippets that practise a missing topic, those whose main topic it is first', () => {
    const t27 = coverage.topics.find((topic) => topic.id === 'T27');
    assert.deepEqual(t27 && { covered: t27.covered, snippets: t27.snippets }, {
      covered: false,
      snippets: [{ prefix: 'cfn-alb-query-string-rule', title: 'ALB listener rule routing by query string (A/B test)' }],
    });
    assert.deepEqual(
      coverage.topics.find((topic) => topic.id === 'T31')?.snippets.map((snippet) => snippet.prefix),
      ['cfn-cloudwatch-alarm-dashboard', 'cfn-cloudwatch-composite-alarm', 'cfn-codedeploy-rollback-alarms', 'cfn-asg-step-scaling'],
    );
  });

  it('carries the notes of each topic for reading progress', () => {
    assert.deepEqual(coverage.topics.find((topic) => topic.id === 'T09')?.notes, [
      {
        id: 'test-min-in-service',
        inline: 'instances kept in service',
        does: 'Instances that stay in service during the update.',
        exam: 'The site must keep serving: a value above zero.',
        url: 'https://docs.aws.amazon.com/updatepolicy.html',
      },
    ]);
  });

  it('covers nothing for an empty workspace, yet lists every topic', () => {
    const empty = studyCoverage([], TEST_NOTES);
    assert.equal(empty.topics.length, 33);
    assert.deepEqual(empty.topics.filter((topic) => topic.covered), []);
    assert.equal(empty.templates, 0);
  });

  it('uses the real knowledge base by default', () => {
    const real = studyCoverage([{ uri: 'file:///w/asg.yaml', template: fixture('asg.yaml') }]);
    const t09 = real.topics.find((topic) => topic.id === 'T09');
    assert.deepEqual(t09?.sites.map((site) => site.label), ['WebGroup']);
    assert.ok(t09?.sites[0].via.includes('asg-rolling-min-in-service'));
  });
});
