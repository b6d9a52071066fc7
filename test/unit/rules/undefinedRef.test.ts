import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedRefRule } from '../../../src/core/rules/undefinedRef';
import { findingsOf, fixedText } from './namesHelper';

const TEMPLATE = [
  'Parameters:',
  '  BucketName: {Type: String}',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketName: !Ref BucketNme',
  '      Tags:',
  '        - {Key: a, Value: !Ref AWS::Region}',
  '        - {Key: b, Value: !Ref AWS::NoValue}',
  '        - {Key: c, Value: {Ref: Bucket}}',
  '        - {Key: d, Value: !Ref Nowhere}',
  '',
].join('\n');

describe('E1020 Ref to an undefined name', () => {
  it('reports undeclared names on the name, and knows pseudo parameters', () => {
    assert.deepEqual(findingsOf(undefinedRefRule, TEMPLATE), [
      "E1020 Resources/Bucket/Properties/BucketName/Ref 'BucketNme'",
      "E1020 Resources/Bucket/Properties/Tags/3/Value/Ref 'Nowhere'",
    ]);
  });

  it("offers \"Change to 'X'\" for a close declared name", () => {
    assert.deepEqual(fixedText(undefinedRefRule, TEMPLATE), [
      `Change to 'BucketName': ${TEMPLATE.replace('!Ref BucketNme', '!Ref BucketName')}`,
    ]);
  });

  it('works in JSON, with the span inside the quotes', () => {
    const text = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Ref": "Missing"}}}}}';
    assert.deepEqual(findingsOf(undefinedRefRule, text, 'json'), ["E1020 Resources/Q/Properties/QueueName/Ref 'Missing'"]);
  });

  it('is silent when every name is declared', () => {
    const text = 'Parameters:\n  P: {Type: String}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {QueueName: !Ref P}\nOutputs:\n  O: {Value: !Ref Q}\n';
    assert.deepEqual(findingsOf(undefinedRefRule, text), []);
  });

  it('knows the resources SAM generates', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {AutoPublishAlias: live}',
      'Outputs:',
      '  A: {Value: !Ref FnRole}',
      '  B: {Value: !Ref Fn.Version}',
      '  C: {Value: !Ref FnAliaslive}',
      '  D: {Value: !Ref ServerlessRestApi}',
      '  E: {Value: !Ref Other}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(undefinedRefRule, text), ["E1020 Outputs/E/Value/Ref 'Other'"]);
  });

  it('does not treat generated names as declared without the SAM transform', () => {
    const text = 'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\nOutputs:\n  A: {Value: !Ref FnRole}\n';
    assert.deepEqual(findingsOf(undefinedRefRule, text), ["E1020 Outputs/A/Value/Ref 'FnRole'"]);
  });

  it('stays silent when Fn::ForEach or an unknown macro may generate names', () => {
    const forEach = [
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      "  'Fn::ForEach::Topics':",
      '    - Name',
      '    - [A, B]',
      '    - Topic${Name}: {Type: AWS::SNS::Topic}',
      '  Sub:',
      '    Type: AWS::SNS::Subscription',
      '    Properties: {TopicArn: !Ref TopicA}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(undefinedRefRule, forEach), []);
    const macro = 'Transform: MyMacro\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {QueueName: !Ref Made}\n';
    assert.deepEqual(findingsOf(undefinedRefRule, macro), []);
  });
});
