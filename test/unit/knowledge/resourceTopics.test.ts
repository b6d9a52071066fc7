import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allTopics, KnowledgeBase, type Note } from '../../../src/core/knowledge';
import { TOPIC_TITLES } from '../../../src/core/knowledge/topicTitles';
import { topicLens, topicsByRelevance, topicsByResource } from '../../../src/core/knowledge/resourceTopics';
import { parseTemplate } from '../../../src/core/template';
import { bareNote } from '../study/notes';

const note = (id: string, path: string | undefined, topics: string[]): Note =>
  bareNote(id, path === undefined ? { type: 'AWS::CodeDeploy::DeploymentGroup' } : { type: 'AWS::CodeDeploy::DeploymentGroup', path }, topics);

describe('topic code lens', () => {
  it('shows up to three topics with short titles', () => {
    assert.deepEqual(topicLens(['T07', 'T09', 'T10']), {
      title: 'Exam: T07 Auto Scaling group · T09 Group updates, signals · T10 CodeDeploy with ASG',
      tooltip: [
        'Exam topics this resource exercises:',
        'T07 Auto Scaling group (Auto Scaling)',
        'T09 Group updates, signals (Auto Scaling)',
        'T10 CodeDeploy with ASG (Auto Scaling)',
      ].join('\n'),
    });
    assert.equal(topicLens(['T26']).title, 'Exam: T26 Route 53 failover');
  });

  it('shows two and "+N more" for a longer list, which the tooltip gives in full', () => {
    const lens = topicLens(['T04', 'T06', 'T05', 'T10']);
    assert.equal(lens.title, 'Exam: T04 CodeDeploy in-place · T06 Automatic rollback · +2 more');
    assert.deepEqual(lens.tooltip.split('\n').slice(1), [
      'T04 CodeDeploy in-place (Delivery pipeline)',
      'T06 Automatic rollback (Delivery pipeline)',
      'T05 CodeDeploy blue/green (Delivery pipeline)',
      'T10 CodeDeploy with ASG (Auto Scaling)',
    ]);
  });

  it('has a title of its own, of at most 24 characters, for every exam topic', () => {
    assert.deepEqual(allTopics().map((topic) => topic.id), Object.keys(TOPIC_TITLES));
    const tooLong = allTopics().filter((topic) => topic.title.length > 24);
    assert.deepEqual(tooLong.map((topic) => topic.id), []);
  });
});

describe('topics of a resource by relevance', () => {
  const knowledge = new KnowledgeBase([
    note('group', undefined, ['T04', 'T05', 'T06']),
    note('rollback', 'Properties.AutoRollbackConfiguration', ['T06']),
    note('events', 'Properties.AutoRollbackConfiguration.Events', ['T06']),
    note('asgs', 'Properties.AutoScalingGroups', ['T10']),
  ]);
  const template = parseTemplate(
    [
      'Resources:',
      '  Deploy:',
      '    Type: AWS::CodeDeploy::DeploymentGroup',
      '    Properties:',
      '      AutoScalingGroups: [web]',
      '      AutoRollbackConfiguration:',
      '        Enabled: true',
      '        Events: [DEPLOYMENT_FAILURE]',
      '',
    ].join('\n'),
    'yaml',
  );

  it('puts first the topics most of its notes are about, then the ones they only mention', () => {
    assert.deepEqual(Object.fromEntries(topicsByRelevance(template, knowledge)), { Deploy: ['T06', 'T04', 'T10', 'T05'] });
  });

  it('holds the same topics as topicsByResource, which sorts them by id', () => {
    assert.deepEqual(Object.fromEntries(topicsByResource(template, knowledge)), { Deploy: ['T04', 'T05', 'T06', 'T10'] });
  });
});
