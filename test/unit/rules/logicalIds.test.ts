import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core';
import { logicalIdsRule } from '../../../src/core/rules/logicalIds';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf } from './namesHelper';

describe('logical IDs that are not alphanumeric (E2003, E3001, E6001)', () => {
  it('are reported for parameters, resources and outputs, on the key', () => {
    const text = [
      'Parameters:',
      '  Env-Name: {Type: String}',
      'Resources:',
      '  My.Bucket:',
      '    Type: AWS::S3::Bucket',
      '  "Queue 1":',
      '    Type: AWS::SQS::Queue',
      '  Good1:',
      '    Type: AWS::SQS::Queue',
      'Outputs:',
      '  bucket_name:',
      '    Value: x',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(logicalIdsRule, text), [
      "E2003 Parameters/Env-Name 'Env-Name'",
      "E3001 Resources/My.Bucket 'My.Bucket'",
      'E3001 Resources/Queue 1 \'"Queue 1"\'',
      "E6001 Outputs/bucket_name 'bucket_name'",
    ]);
  });

  it('says what is wrong, as an error', () => {
    const [found] = logicalIdsRule.run(parseTemplate('{"Resources": {"a-b": {"Type": "AWS::SQS::Queue"}}}', 'json'));
    assert.deepEqual([found.severity, found.message], ['error', "Resource logical ID 'a-b' must contain only letters and digits"]);
  });

  it('leaves Fn::ForEach loops, alphanumeric names and other sections alone', () => {
    const text = [
      'Transform: AWS::LanguageExtensions',
      'Conditions:',
      '  Is_Prod: !Equals [a, b]',
      'Mappings:',
      '  RegionMap:',
      '    us-east-1: {Ami: x}',
      'Resources:',
      '  Fn::ForEach::Topics:',
      '    - Name',
      '    - [A, B]',
      '    - Topic${Name}:',
      '        Type: AWS::SNS::Topic',
      '  Topic1:',
      '    Type: AWS::SNS::Topic',
      'Outputs:',
      '  Fn::ForEach::Arns:',
      '    - Name',
      '    - [A, B]',
      '    - Arn${Name}:',
      '        Value: !Ref Topic1',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(logicalIdsRule, text), []);
  });

  it('is part of the analysis', () => {
    const template = parseTemplate('Resources:\n  my-queue:\n    Type: AWS::SQS::Queue\n', 'yaml');
    assert.deepEqual(analyze(template).findings.map((found) => found.ruleId), ['E3001']);
  });
});

describe('names over 255 characters (E2011, E3011, E6011, E7011)', () => {
  const long = (letter: string, length = 256) => letter.repeat(length);

  it('are reported for parameters, resources, outputs and mappings, on the key', () => {
    const text = [
      'Parameters:',
      `  ${long('P')}: {Type: String}`,
      'Mappings:',
      `  ${long('M')}:`,
      '    k: {v: x}',
      'Resources:',
      `  ${long('R')}:`,
      '    Type: AWS::SQS::Queue',
      `  ${long('S', 255)}:`,
      '    Type: AWS::SQS::Queue',
      'Outputs:',
      `  ${long('O')}:`,
      '    Value: x',
      '',
    ].join('\n');
    assert.deepEqual(
      logicalIdsRule.run(parseTemplate(text, 'yaml')).map((found) => [found.ruleId, found.severity, text.slice(found.span.start, found.span.end).length]),
      [
        ['E2011', 'error', 256],
        ['E3011', 'error', 256],
        ['E6011', 'error', 256],
        ['E7011', 'error', 256],
      ],
    );
  });

  it('say the quota, with the name cut short', () => {
    const [found] = logicalIdsRule.run(parseTemplate(`Resources:\n  ${long('R', 300)}:\n    Type: AWS::SQS::Queue\n`, 'yaml'));
    assert.equal(
      found.message,
      `Resource logical ID '${long('R', 40)}…' has 300 characters: the maximum size of a resource name is 255 characters (CloudFormation quotas)`,
    );
  });
});

describe('logical IDs a Fn::ForEach loop writes', () => {
  const loop = (key: string, items: string) =>
    ['Transform: AWS::LanguageExtensions', 'Resources:', '  Fn::ForEach::Topics:', '    - Svc', `    - ${items}`, `    - ${key}:`, '        Type: AWS::SNS::Topic', ''].join('\n');
  it('reports text around ${Identifier} that is not alphanumeric, and items that are not, but not &{Identifier}', () => {
    assert.deepEqual(findingsOf(logicalIdsRule, loop("'${Svc}-Topic'", '[orders, payments]')), ["E3001 Resources/Fn::ForEach::Topics/2/${Svc}-Topic ''${Svc}-Topic''"]);
    assert.deepEqual(findingsOf(logicalIdsRule, loop("'${Svc}Topic'", '[orders, order-api]')).length, 1);
    assert.deepEqual(findingsOf(logicalIdsRule, loop("'&{Svc}Topic'", '[orders, order-api]')), []);
    assert.deepEqual(findingsOf(logicalIdsRule, loop("'${Svc}Topic'", '!Ref Names')), []);
  });
});
