/** The registry constraints inside the bodies of Fn::ForEach loops, judged as written. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from './schemaHelper';

useGeneratedSchema();

const CONSTRAINT_IDS = /^(E3030|E3031|E3033|E3034|E3002|E3003)$/;

function constraintFindings(body: string): string[] {
  const text = `Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Queues:\n    - Name\n    - [Orders, Payments]\n    - \${Name}Queue:\n${body}`;
  return analyze(parseTemplate(text, 'yaml'))
    .findings.filter((found) => CONSTRAINT_IDS.test(found.ruleId))
    .map((found) => `${found.ruleId} ${found.path?.join('/')}: ${found.message}`);
}

describe('registry constraints in Fn::ForEach loop bodies', () => {
  it('reports a value every copy gets, at its place in the loop body', () => {
    assert.deepEqual(constraintFindings('        Type: AWS::SQS::Queue\n        Properties: { VisibilityTimeout: 50000 }\n'), [
      'E3034 Resources/Fn::ForEach::Queues/2/${Name}Queue/Properties/VisibilityTimeout: VisibilityTimeout must be at most 43200; 50000 is more',
    ]);
  });

  it('reports an unknown or a missing property of the loop body once', () => {
    assert.deepEqual(constraintFindings('        Type: AWS::SNS::Subscription\n        Properties: { TopicArn: !Ref Name, Endpointt: x }\n'), [
      "E3002 Resources/Fn::ForEach::Queues/2/${Name}Queue/Properties/Endpointt: Unknown property 'Endpointt' in AWS::SNS::Subscription. Did you mean 'Endpoint'?",
      "E3003 Resources/Fn::ForEach::Queues/2/${Name}Queue/Properties: Missing required property 'Protocol' in AWS::SNS::Subscription",
    ]);
  });

  it('leaves a value holding the loop identifier to each copy', () => {
    assert.deepEqual(constraintFindings("        Type: AWS::S3::Bucket\n        Properties: { BucketName: 'orders-${Name}' }\n"), []);
    assert.deepEqual(constraintFindings('        Type: AWS::SQS::Queue\n        Properties: { QueueName: !Ref Name, VisibilityTimeout: 60 }\n'), []);
  });
});
