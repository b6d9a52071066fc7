import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionalReferencesRule } from '../../../src/core/rules/conditionalReferences';
import { run } from './exam/helpers';

const template = (resources: string, outputs = '') => `Parameters:
  Env:
    Type: String
    AllowedValues: [dev, prod]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
  Always: !Equals [a, a]
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Condition: IsProd
  Shared:
    Type: AWS::SNS::Topic
    Condition: Always
${resources}${outputs}`;

const paths = (text: string) => run(conditionalReferencesRule, text).map((found) => found.path?.join('/'));

describe('W1001 references to a resource created under a condition', () => {
  it('reports Ref, GetAtt and Sub used where the condition may be false', () => {
    const text = template(
      '  Sub:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: email\n      Endpoint: !Sub "${Topic.TopicName}@example.com"\n',
      'Outputs:\n  Name:\n    Value: !GetAtt Topic.TopicName\n',
    );
    assert.deepEqual(paths(text), ['Resources/Sub/Properties/TopicArn/Ref', 'Resources/Sub/Properties/Endpoint/Fn::Sub', 'Outputs/Name/Value/Fn::GetAtt/0']);
    assert.match(run(conditionalReferencesRule, text)[2].message, /where it is false CloudFormation stops with "Unresolved resource dependencies \[Topic\] in the Outputs block of the template"; give the output the condition 'IsProd'/);
  });

  it('stays silent under the same condition, inside the Fn::If branch that needs it, and for a condition that always holds', () => {
    const text = template(
      '  Sub:\n    Type: AWS::SNS::Subscription\n    Condition: IsProd\n    Properties:\n      TopicArn: !Ref Topic\n      Protocol: email\n      Endpoint: a@example.com\n' +
        '  Alarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      AlarmActions: [!If [IsProd, !Ref Topic, !Ref AWS::NoValue], !Ref Shared]\n      MetricName: Errors\n      Namespace: App\n      Statistic: Sum\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanThreshold\n',
      'Outputs:\n  Name:\n    Condition: IsProd\n    Value: !GetAtt Topic.TopicName\n',
    );
    assert.deepEqual(paths(text), []);
    // The other branch is taken only when the condition is false: the topic is never there.
    const wrongBranch = template('  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !If [IsDev, !GetAtt Topic.TopicName, q]\n');
    assert.deepEqual(paths(wrongBranch), ['Resources/Q/Properties/QueueName/Fn::If/1/Fn::GetAtt/0']);
  });
});
