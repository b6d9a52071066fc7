import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt, parseTemplate } from '../../../src/core';
import { topicList, topicOf } from '../../../src/core/knowledge';
import { topicLens } from '../../../src/core/knowledge/resourceTopics';
import { studyCoverage, studySheet } from '../../../src/core/study';
import { studyPanelBody } from '../../../src/core/study/panelHtml';
import { practisedTopicsByResource } from '../../../src/core/study/resourceLens';

const template = (lines: string[]) => parseTemplate(['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', ...lines, ''].join('\n'), 'yaml');
const covered = (text: ReturnType<typeof template>) =>
  studyCoverage([{ uri: 'file:///w/t.yaml', template: text }]).topics.filter((topic) => topic.covered).map((topic) => topic.id);

const GROUP = [
  '  WebGroup:',
  '    Type: AWS::AutoScaling::AutoScalingGroup',
  '    UpdatePolicy:',
  '      AutoScalingRollingUpdate:',
  '        MaxBatchSize: 1',
  '        SuspendProcesses: [HealthCheck, ReplaceUnhealthy, AZRebalance]',
  '    Properties:',
  '      MinSize: "2"',
  '      MaxSize: "4"',
  '      LaunchTemplate: {LaunchTemplateId: lt-1, Version: "1"}',
];
const DEPLOYMENT_GROUP = [
  '  Deploy:',
  '    Type: AWS::CodeDeploy::DeploymentGroup',
  '    Properties:',
  '      ApplicationName: app',
  '      ServiceRoleArn: arn:aws:iam::111122223333:role/cd',
  '      AutoScalingGroups: [!Ref WebGroup]',
];
const record = (name: string, policy: string[]) => [
  `  ${name}:`,
  '    Type: AWS::Route53::RecordSet',
  '    Properties:',
  '      HostedZoneName: example.com.',
  '      Name: app.example.com',
  '      Type: A',
  `      SetIdentifier: ${name}`,
  ...policy.map((line) => `      ${line}`),
  '      AliasTarget: {DNSName: x.example.com, HostedZoneId: Z1, EvaluateTargetHealth: true}',
];

describe('coverage that tells the truth', () => {
  it('T10 is CodeDeploy with an Auto Scaling group: a lone group does not practise it, whatever its notes name', () => {
    const lone = template(GROUP);
    assert.deepEqual(covered(lone).filter((id) => id === 'T10'), []);
    assert.deepEqual(practisedTopicsByResource(lone).get('WebGroup')?.includes('T10'), false);
    const sheet = studySheet(lone, 't.yaml');
    assert.doesNotMatch(sheet.slice(sheet.indexOf('## Topics covered')), /T10/);
    // Only the traps that apply as written: the group has a rolling update and no replacing one.
    assert.doesNotMatch(sheet.slice(0, sheet.indexOf('## Resources')), /Without an `UpdatePolicy`|`WillReplace: true` wins/);
    assert.deepEqual(covered(template([...GROUP, ...DEPLOYMENT_GROUP])).includes('T10'), true);
  });

  it('a Route 53 record counts for the routing policy it uses', () => {
    assert.deepEqual(covered(template(record('Primary', ['Failover: PRIMARY']))).filter((id) => id === 'T25' || id === 'T26'), ['T26']);
    assert.deepEqual(covered(template(record('Main', ['Weight: 50']))).filter((id) => id === 'T25' || id === 'T26'), ['T25']);
    const group = parseTemplate(
      ['Resources:', '  Pair:', '    Type: AWS::Route53::RecordSetGroup', '    Properties:', '      HostedZoneName: example.com.', '      RecordSets:',
        '        - {Name: app.example.com, Type: A, SetIdentifier: p, Failover: PRIMARY, AliasTarget: {DNSName: x, HostedZoneId: Z1, EvaluateTargetHealth: true}}', ''].join('\n'),
      'yaml',
    );
    assert.deepEqual(covered(group).filter((id) => id === 'T25' || id === 'T26'), ['T26']);
  });

  it('names a topic by the same title in the code lens, the hover, the study panel and the study sheet', () => {
    const text = template([...GROUP, ...DEPLOYMENT_GROUP]);
    const named = `T07 ${topicOf('T07')?.title}`;
    assert.equal(named, 'T07 Auto Scaling group');
    assert.match(topicLens(['T07']).title, new RegExp(named));
    assert.match(topicList(['T07']), new RegExp(`^${named} \\(`));
    const offset = text.text.indexOf('WebGroup');
    assert.match(hoverAt(text, offset)?.sections.map((section) => section.markdown).join('\n') ?? '', new RegExp(`This resource exercises:.*${named}`));
    const panel = studyPanelBody(studyCoverage([{ uri: 'file:///w/t.yaml', template: text }]), { readNotes: new Set(), fileLabel: () => 't.yaml' });
    assert.match(panel, new RegExp(`</span> ${named} <span class="status">`));
    assert.match(studySheet(text, 't.yaml'), new RegExp(`\\n- ${named} \\(Auto Scaling; D3\\)`));
  });
});
