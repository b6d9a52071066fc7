import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedGetAttResourceRule } from '../../../src/core/rules/undefinedGetAttResource';
import { findingsOf } from './namesHelper';

describe('E1010 Fn::GetAtt to an unknown resource', () => {
  it('reports both forms on the resource name; a parameter is not a resource', () => {
    const text = [
      'Parameters:',
      '  Param: {Type: String}',
      'Resources:',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      'Outputs:',
      '  A: {Value: !GetAtt Queue.Arn}',
      '  B: {Value: !GetAtt Queu.Arn}',
      '  C: {Value: !GetAtt [Param, Arn]}',
      '  D: {Value: {"Fn::GetAtt": [Queue, !Ref Param]}}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(undefinedGetAttResourceRule, text), [
      "E1010 Outputs/B/Value/Fn::GetAtt/0 'Queu'",
      "E1010 Outputs/C/Value/Fn::GetAtt/0 'Param'",
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}, "Outputs": {"O": {"Value": {"Fn::GetAtt": "Nope.Arn"}}}}';
    assert.deepEqual(findingsOf(undefinedGetAttResourceRule, text, 'json'), ["E1010 Outputs/O/Value/Fn::GetAtt/0 'Nope'"]);
  });

  it('is silent for resources and module-generated names', () => {
    const text = [
      'Resources:',
      '  Queue: {Type: AWS::SQS::Queue}',
      '  Mod: {Type: My::Org::Thing::MODULE}',
      'Outputs:',
      '  A: {Value: !GetAtt Queue.Arn}',
      '  B: {Value: !GetAtt ModBucket.Arn}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(undefinedGetAttResourceRule, text), []);
  });
});
