import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inlineHints, KNOWLEDGE, topicsByResource } from '../../../src/core/knowledge';
import { parseTemplate } from '../../../src/core/template';

const asgText = readFileSync(join(import.meta.dirname, '../../fixtures/knowledge/asg.yaml'), 'utf8');
const asg = parseTemplate(asgText, 'yaml');
const lineOf = (needle: string): number => asgText.slice(0, asgText.indexOf(needle)).split('\n').length - 1;

describe('inline hints', () => {
  it('for a window of lines are those of the whole file on those lines, whatever the window', () => {
    const all = inlineHints(asg, 'properties');
    for (let first = 0; first < asg.lines.lineCount; first += 3) {
      for (const length of [0, 1, 7, 40]) {
        const last = first + length;
        const within = { start: asg.lines.lineStart(first), end: asg.lines.offsetAt({ line: last + 1, character: 0 }) };
        const windowed = inlineHints(asg, 'properties', KNOWLEDGE, [], within).filter((hint) => hint.line >= first && hint.line <= last);
        assert.deepEqual(windowed, all.filter((hint) => hint.line >= first && hint.line <= last), `lines ${first}-${last}`);
      }
    }
  });

  it('are placed at the end of the noted line', () => {
    const [first] = inlineHints(asg, 'properties');
    assert.equal(first.line, lineOf('NoEcho'));
    assert.equal(asgText.slice(first.offset - 'NoEcho: true'.length, first.offset + 1), 'NoEcho: true\n');
  });

  it('in "resources" mode, sit only on the Type line of resources with a note', () => {
    const lines = inlineHints(asg, 'resources').map((hint) => hint.line);
    assert.deepEqual(lines, [lineOf('AWS::AutoScaling::AutoScalingGroup'), lineOf('AWS::CodeDeploy::DeploymentGroup'), lineOf('AWS::RDS::DBInstance')]);
  });

  it('in "properties" mode, add settings, attributes and values, never two on a line', () => {
    const hints = inlineHints(asg, 'properties');
    const lines = hints.map((hint) => hint.line);
    assert.deepEqual(lines, [...new Set(lines)].sort((a, b) => a - b));
    assert.ok(lines.includes(lineOf('MinInstancesInService')));
    assert.equal(hints.find((hint) => hint.line === lineOf('- AZRebalance'))?.note.id, 'asg-process-azrebalance');
    assert.equal(hints.find((hint) => hint.line === lineOf('AlarmNotification')), undefined);
    assert.equal(hints.find((hint) => hint.line === lineOf('DeletionPolicy'))?.note.id, 'rds-instance-deletion-policy');
  });

  it('give one hint for a one-line JSON template, the first noted place on it', () => {
    const text = '{"Resources": {"R": {"Type": "AWS::Route53::RecordSet", "Properties": {"Failover": "PRIMARY"}}}}';
    const hints = inlineHints(parseTemplate(text, 'json'), 'properties');
    assert.deepEqual(hints.map((hint) => [hint.line, hint.offset, hint.note.id]), [[0, text.length, 'route53-record-set']]);
  });

  it('keep a space from the punctuation that ends a JSON line, not from a YAML value', () => {
    const json = '{\n  "Resources": {\n    "R": {\n      "Type": "AWS::Route53::RecordSet",\n      "Properties": {}\n    }\n  }\n}\n';
    const [hint] = inlineHints(parseTemplate(json, 'json'), 'properties');
    assert.equal(hint.label, ` ${hint.note.inline}`);
    const [yamlHint] = inlineHints(asg, 'properties');
    assert.equal(yamlHint.label, yamlHint.note.inline);
  });

  it('are none when off or in a file that is not a template', () => {
    assert.deepEqual(inlineHints(asg, 'off'), []);
    assert.deepEqual(inlineHints(parseTemplate('name: x\nUpdatePolicy: {}\n', 'yaml'), 'properties'), []);
  });
});

describe('inline hints that ask for a setting (finding 11)', () => {
  const text = [
    'Resources:',
    '  Logs:',
    '    Type: AWS::Logs::LogGroup',
    '    Properties:',
    '      RetentionInDays: 30',
    '  BareLogs:',
    '    Type: AWS::Logs::LogGroup',
    '  Group:',
    '    Type: AWS::AutoScaling::AutoScalingGroup',
    '    UpdatePolicy:',
    '      AutoScalingRollingUpdate: {MinInstancesInService: 1}',
    '    Properties:',
    '      MinSize: "1"',
    '      MaxSize: "3"',
    '      HealthCheckType: EC2,ELB',
    '  Ec2Group:',
    '    Type: AWS::AutoScaling::AutoScalingGroup',
    '    UpdatePolicy:',
    '      AutoScalingRollingUpdate: {MinInstancesInService: 1}',
    '    Properties:',
    '      MinSize: "1"',
    '      MaxSize: "3"',
    '      HealthCheckType: EC2',
    '',
  ].join('\n');
  const hintsOn = (logicalId: string) => {
    const typeLine = text.slice(0, text.indexOf(`  ${logicalId}:`)).split('\n').length;
    return inlineHints(parseTemplate(text, 'yaml'), 'resources').filter((hint) => hint.line === typeLine).map((hint) => hint.note.id);
  };

  it('are left out where the resource already has every setting they ask for', () => {
    assert.deepEqual(hintsOn('Logs'), []);
    assert.deepEqual(hintsOn('Group'), []);
  });

  it('stay where a setting is missing or has another value', () => {
    assert.deepEqual(hintsOn('BareLogs'), ['log-group']);
    assert.deepEqual(hintsOn('Ec2Group'), ['asg']);
  });

  it('name settings that notes ask for in their inline text', () => {
    const asking = ['asg', 'log-group', 'rds-instance'].map((id) => KNOWLEDGE.noteById(id)?.inlineAsksFor);
    assert.deepEqual(asking, [['UpdatePolicy', 'Properties.HealthCheckType=ELB'], ['Properties.RetentionInDays'], ['DeletionPolicy', 'UpdateReplacePolicy']]);
  });
});

describe('topics by resource', () => {
  it("collect the topics of a resource's own note and of its noted settings", () => {
    assert.deepEqual(Object.fromEntries(topicsByResource(asg)), {
      WebGroup: ['T07', 'T08', 'T09', 'T10', 'T11'],
      DeployGroup: ['T04', 'T05', 'T06'],
      Database: ['T20', 'T21', 'T28'],
    });
  });
});
