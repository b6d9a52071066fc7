import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redundantDependsOnRule } from '../../../src/core/rules/redundantDependsOn';
import { undefinedDependsOnRule } from '../../../src/core/rules/undefinedDependsOn';
import { findingsOf } from './namesHelper';

const TEMPLATE = [
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '  Topic:',
  '    Type: AWS::SNS::Topic',
  '    DependsOn: Queu',
  '  Sub:',
  '    Type: AWS::SNS::Subscription',
  '    DependsOn: [Queue, Topic, Gone]',
  '    Properties: {Endpoint: !GetAtt Queue.Arn, TopicArn: !Ref Topic, Protocol: sqs}',
  '',
].join('\n');

describe('E3005 DependsOn an undefined resource', () => {
  it('reports the string and list forms on the name', () => {
    assert.deepEqual(findingsOf(undefinedDependsOnRule, TEMPLATE), [
      "E3005 Resources/Topic/DependsOn 'Queu'",
      "E3005 Resources/Sub/DependsOn/2 'Gone'",
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"A": {"Type": "AWS::SNS::Topic", "DependsOn": ["B"]}}}';
    assert.deepEqual(findingsOf(undefinedDependsOnRule, text, 'json'), ["E3005 Resources/A/DependsOn/0 'B'"]);
  });

  it('is silent when the resources exist', () => {
    assert.deepEqual(findingsOf(undefinedDependsOnRule, 'Resources:\n  A: {Type: T}\n  B: {Type: T, DependsOn: A}\n'), []);
  });
});

describe('W3005 DependsOn already implied by a reference', () => {
  it('reports DependsOn entries the resource already Refs or GetAtts', () => {
    assert.deepEqual(findingsOf(redundantDependsOnRule, TEMPLATE), [
      "W3005 Resources/Sub/DependsOn/0 'Queue'",
      "W3005 Resources/Sub/DependsOn/1 'Topic'",
    ]);
  });

  it('is silent when DependsOn adds an ordering the references do not', () => {
    const text = '{"Resources": {"A": {"Type": "T"}, "B": {"Type": "T", "DependsOn": "A"}}}';
    assert.deepEqual(findingsOf(redundantDependsOnRule, text, 'json'), []);
  });
});
