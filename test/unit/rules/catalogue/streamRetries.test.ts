/** CX1824: a stream trigger that retries a failing batch until its records expire. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paths } from './helpers';

function mapping(...settings: string[]): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  Retries: {Type: Number, Default: 3}',
    'Resources:',
    '  Stream:',
    '    Type: AWS::Kinesis::Stream',
    '    Properties: {ShardCount: 1}',
    '  Mapping:',
    '    Type: AWS::Lambda::EventSourceMapping',
    '    Properties:',
    '      FunctionName: processor',
    '      EventSourceArn: !GetAtt Stream.Arn',
    '      StartingPosition: LATEST',
    ...settings.map((line) => `      ${line}`),
    '',
  ].join('\n');
}

function samEvent(type: string, ...settings: string[]): string {
  return [
    'Transform: AWS::Serverless-2016-10-31',
    'Resources:',
    '  Fn:',
    '    Type: AWS::Serverless::Function',
    '    Properties:',
    '      Runtime: python3.13',
    '      Handler: index.handler',
    '      InlineCode: x',
    '      Events:',
    '        Changes:',
    `          Type: ${type}`,
    '          Properties:',
    '            Stream: arn:aws:kinesis:us-east-1:111122223333:stream/orders',
    '            StartingPosition: LATEST',
    ...settings.map((line) => `            ${line}`),
    '',
  ].join('\n');
}

describe('CX1824 stream trigger with unbounded retries', () => {
  it('reports a stream mapping or SAM stream event with neither limit, or with both at -1', () => {
    assert.deepEqual(paths('CX1824', mapping()), ['Resources/Mapping/Properties/EventSourceArn']);
    assert.deepEqual(paths('CX1824', mapping('MaximumRetryAttempts: -1', 'MaximumRecordAgeInSeconds: -1', 'BisectBatchOnFunctionError: true')), [
      'Resources/Mapping/Properties/EventSourceArn',
    ]);
    assert.deepEqual(paths('CX1824', samEvent('Kinesis')), ['Resources/Fn/Properties/Events/Changes/Properties/Stream']);
  });

  it('accepts a retry or age limit (also from a parameter), and SQS events', () => {
    assert.deepEqual(paths('CX1824', mapping('MaximumRetryAttempts: 2')), []);
    assert.deepEqual(paths('CX1824', mapping('MaximumRecordAgeInSeconds: 3600')), []);
    assert.deepEqual(paths('CX1824', mapping('MaximumRetryAttempts: !Ref Retries')), []);
    assert.deepEqual(paths('CX1824', samEvent('Kinesis', 'MaximumRetryAttempts: 5')), []);
    assert.deepEqual(paths('CX1824', samEvent('SQS')), []);
  });
});
