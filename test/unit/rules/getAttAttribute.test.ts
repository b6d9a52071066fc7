import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { getAttAttributeRule } from '../../../src/core/rules/getAttAttribute';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { findingsOf, fixedText } from './namesHelper';

describe('E1010 Fn::GetAtt attribute', () => {
  before(() => useGeneratedSchema());

  const text = [
    'Resources:',
    '  Queue:',
    '    Type: AWS::SQS::Queue',
    '  Custom:',
    '    Type: Custom::Thing',
    'Outputs:',
    '  A: {Value: !GetAtt Queue.Arn}',
    '  B: {Value: !GetAtt Queue.ARN}',
    '  C: {Value: !GetAtt [Queue, QueueNme]}',
    '  D: {Value: !Sub "${Queue.Ar}"}',
    '  E: {Value: !GetAtt Custom.Anything}',
    '  F: {Value: !GetAtt Queue.SomethingElseEntirely}',
    '',
  ].join('\n');

  it('reports near misses of a known attribute on the attribute', () => {
    assert.deepEqual(findingsOf(getAttAttributeRule, text), [
      "E1010 Outputs/B/Value/Fn::GetAtt/1 'ARN'",
      "E1010 Outputs/C/Value/Fn::GetAtt/1 'QueueNme'",
      "E1019 Outputs/D/Value/Fn::Sub 'Ar'",
    ]);
  });

  it('fixes the attribute in place', () => {
    assert.equal(fixedText(getAttAttributeRule, text)[0], `Change to 'Arn': ${text.replace('Queue.ARN', 'Queue.Arn')}`);
  });

  it('works in JSON', () => {
    const json = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}, "Outputs": {"O": {"Value": {"Fn::GetAtt": ["Q", "Arm"]}}}}';
    assert.deepEqual(findingsOf(getAttAttributeRule, json, 'json'), ["E1010 Outputs/O/Value/Fn::GetAtt/1 'Arm'"]);
  });
});
