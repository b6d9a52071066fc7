import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionalReferencesRule } from '../../../src/core/rules/conditionalReferences';
import { parseTemplate } from '../../../src/core/template';
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
    assert.match(run(conditionalReferencesRule, text)[1].message, /^An Fn::Sub variable of 'Topic', which is created only when condition 'IsProd' holds/);
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

  it('judges only the copy of a key CloudFormation keeps, and stays silent when too many deployments decide it', () => {
    const duplicate = template('', 'Outputs:\n  Name:\n    Value: !Ref Shared\n  Name:\n    Condition: IsProd\n    Value: !Ref Topic\n').replace('Outputs:\n  Name:\n    Value: !Ref Shared\n', 'Outputs:\n  Name:\n    Value: !Ref Topic\n');
    assert.deepEqual(conditionalReferencesRule.run(parseTemplate(duplicate, 'yaml')), []);
    const parameters = Array.from({ length: 13 }, (_, index) => `  P${index}: {Type: String}\n`).join('');
    const anyOf = Array.from({ length: 13 }, (_, index) => `!Equals [!Ref P${index}, 'yes']`);
    const many = `Parameters:\n${parameters}Conditions:\n  Any: !Or [!Or [${anyOf.slice(0, 7).join(', ')}], !Or [${anyOf.slice(7).join(', ')}]]\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Condition: Any\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !If [Any, !GetAtt Topic.TopicName, q]\n  Q2:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt Topic.TopicName\n`;
    // Guarded by the same condition: silent; unguarded: 2^13 deployments are too many to try, so silent too.
    assert.deepEqual(paths(many), []);
  });
});
