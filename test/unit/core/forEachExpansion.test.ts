import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyze, createAnalysisCache, parseTemplate, updateTemplate } from '../../../src/core';
import { withLoopsExpanded } from '../../../src/core/forEachExpansion';
import { isMap, type MapNode } from '../../../src/core/model';
import { useGeneratedSchema } from '../schema/schemaHelper';

before(() => {
  useGeneratedSchema();
});

const LOOPED = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::LanguageExtensions
Parameters:
  Tiers:
    Type: CommaDelimitedList
    Default: Web,Api
Resources:
  Fn::ForEach::Tables:
    - Tier
    - !Ref Tiers
    - '\${Tier}Table':
        Type: AWS::DynamoDB::Table
        DeletionPolicy: Retain
        UpdateReplacePolicy: Retain
        Properties:
          BillingMode: PAY_PER_REQUEST
          PointInTimeRecoverySpecification:
            PointInTimeRecoveryEnabled: true
          AttributeDefinitions:
            - AttributeName: pk
              AttributeType: S
          KeySchema:
            - AttributeName: pk
              KeyType: HASH
  Fn::ForEach::Alarms:
    - Name
    - [A, B]
    - '\${Name}Alarm':
        Type: AWS::CloudWatch::Alarm
        Properties:
          AlarmName: !Sub '\${Name}-errors'
          Namespace: AWS/Lambda
          MetricName: Errors
          Statistic: Sum
          Period: 45
          EvaluationPeriods: 1
          Threshold: 1
          ComparisonOperator: GreaterThanThreshold
          AlarmActions: [!Ref Topic]
  Topic:
    Type: AWS::SNS::Topic
`;

function keysOf(map: MapNode | undefined): string[] {
  return map ? map.entries.map((entry) => entry.key.value) : [];
}

describe('Fn::ForEach written out for the exam checks', () => {
  it('writes each copy of a loop body, names and text substituted, from a literal list or a list parameter Default', () => {
    const template = parseTemplate(LOOPED, 'yaml');
    const deployed = withLoopsExpanded(template);
    assert.notEqual(deployed, template);
    assert.equal(deployed.text, template.text);
    const resources = isMap(deployed.root) ? deployed.root.entries.find((entry) => entry.key.value === 'Resources')?.value : undefined;
    assert.ok(isMap(resources));
    assert.deepEqual(keysOf(resources), ['WebTable', 'ApiTable', 'AAlarm', 'BAlarm', 'Topic']);
    const alarmName = (resources.entries[3].value as MapNode).entries[1].value as MapNode;
    const sub = (alarmName.entries.find((entry) => entry.key.value === 'AlarmName')!.value as MapNode).entries[0].value;
    assert.deepEqual([sub.kind, 'value' in sub ? sub.value : undefined], ['scalar', 'B-errors']);
    // A copy points at the body it comes from.
    assert.equal(resources.entries[2].key.span.start, resources.entries[3].key.span.start);
  });

  it('leaves a template without loops as it is', () => {
    const template = parseTemplate('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n', 'yaml');
    assert.equal(withLoopsExpanded(template), template);
  });

  it('reports an exam check on a resource in a loop body once, at the body, saying how many other copies share it', () => {
    const template = parseTemplate(LOOPED, 'yaml');
    const periods = analyze(template).findings.filter((found) => found.ruleId === 'CX3118');
    const at = LOOPED.indexOf('Period: 45') + 'Period: '.length;
    assert.deepEqual(
      periods.map((found) => [found.severity, found.span.start, found.message]),
      [['error', at, "Alarm 'AAlarm' has Period 45: CloudWatch takes 10, 20, 30 or a multiple of 60 seconds (so does 1 other copy of this Fn::ForEach body)"]],
    );
    // The tables in the loop keep their data: no data-safety finding on them.
    assert.deepEqual(analyze(template).findings.filter((found) => /^CX24/.test(found.ruleId)), []);
  });

  it('finds the same after an edit in a loop body as on a fresh parse (a kept analysis runs the exam checks again)', () => {
    const cache = createAnalysisCache();
    const first = parseTemplate(LOOPED.replace('Period: 45', 'Period: 60'), 'yaml');
    assert.deepEqual(analyze(first, undefined, cache).findings.filter((found) => found.ruleId === 'CX3118'), []);
    const edited = updateTemplate(first, LOOPED);
    const found = analyze(edited, undefined, cache).findings.filter((finding) => finding.ruleId === 'CX3118');
    assert.equal(found.length, 1);
    assert.deepEqual(found, analyze(parseTemplate(LOOPED, 'yaml')).findings.filter((finding) => finding.ruleId === 'CX3118'));
  });

  it('runs a per-resource exam check on the loop copies with an analysis cache too, as without one', () => {
    const text = [
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  Fn::ForEach::Databases:',
      '    - Name',
      '    - [Orders, Users]',
      "    - '${Name}Database':",
      '        Type: AWS::RDS::DBInstance',
      '        Properties: { Engine: mysql, DBInstanceClass: db.t3.micro, AllocatedStorage: "20", MasterUsername: admin, MasterUserPassword: Sup3rSecret! }',
      '',
    ].join('\n');
    const secrets = (found: { ruleId: string }[]) => found.filter((finding) => finding.ruleId === 'CX4005');
    const fresh = secrets(analyze(parseTemplate(text, 'yaml')).findings);
    assert.equal(fresh.length, 1);
    const cache = createAnalysisCache();
    const first = parseTemplate(text.replace('Sup3rSecret!', '"{{resolve:secretsmanager:db:SecretString:password}}"'), 'yaml');
    assert.deepEqual(secrets(analyze(first, undefined, cache).findings), []);
    assert.deepEqual(secrets(analyze(updateTemplate(first, text), undefined, cache).findings), fresh);
  });
});
