// After a syntax error, the analysis reports what CloudFormation's reader would: the first error, and
// nothing the recovering parser guessed after it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, parseTemplate } from '../../../src/core';
import { useGeneratedSchema } from '../schema/schemaHelper';

useGeneratedSchema();

const FLOW_MAP_LEFT_OPEN = `Parameters:
  Env: {Type: String, AllowedValues: [dev, prod]}
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub '\${Env}-orders'
      Tags: [{Key: env, Value: !Ref Env}, {Key: team, Value: core]
      VisibilityTimeout: 60
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - Endpoint: !GetAtt Queue.Arn
          Protocol: sqs
`;

const ids = (text: string, format: 'yaml' | 'json') => analyze(parseTemplate(text, format)).findings.map((found) => found.ruleId);

describe('a template that does not parse', () => {
  it('gets only its first YAML syntax error: no key "written twice" or cycle from the merged resource', () => {
    assert.deepEqual(ids(FLOW_MAP_LEFT_OPEN, 'yaml'), ['E0000']);
  });

  it('gets one error for a JSON file with a comment and trailing commas: the comment', () => {
    const text = '{\n  // the queue\n  "Resources": {\n    "Queue": {"Type": "AWS::SQS::Queue",},\n    "Topic": {"Type": "AWS::SNS::Topic",},\n  }\n}\n';
    const findings = analyze(parseTemplate(text, 'json')).findings;
    assert.deepEqual(findings.map((found) => [found.ruleId, found.message, found.span.start]), [['E0000', 'JSON templates cannot contain comments', text.indexOf('//')]]);
  });

  it('keeps a key written twice before the error, which the parser read whole', () => {
    const text = 'Resources:\n  Queue: {Type: AWS::SQS::Queue}\n  Queue: {Type: AWS::SQS::Queue}\n  Topic: {Type: [AWS::SNS::Topic}\n';
    assert.deepEqual(ids(text, 'yaml'), ['E0000', 'W0002']);
  });
});
