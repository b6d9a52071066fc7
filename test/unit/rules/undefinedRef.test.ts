import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undefinedRefRule } from '../../../src/core/rules/undefinedRef';
import { parseTemplate } from '../../../src/core/template';
import { getAttRule } from '../../../src/core/rules/getAttAttribute';
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

  it('knows the dead-letter queue SAM creates under a QueueLogicalId and the shared usage plan resources', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Events:',
      '        Rule: {Type: EventBridgeRule, Properties: {Pattern: {source: [my.app]}, DeadLetterConfig: {Type: SQS, QueueLogicalId: MyDlq}}}',
      'Outputs:',
      '  A: {Value: !Ref MyDlq}',
      '  B: {Value: !Ref ServerlessUsagePlan}',
      '  C: {Value: !Ref ServerlessApiKey}',
      '  D: {Value: !Ref OtherDlq}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(undefinedRefRule, text), ["E1020 Outputs/D/Value/Ref 'OtherDlq'"]);
  });

  it("limits a SAM function's dotted names to its referenceable properties: .Alias, .Version and the destinations SAM creates", () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {AutoPublishAlias: live}',
      '  Flow:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties: {AutoPublishAlias: live}',
      'Outputs:',
      '  A: {Value: !Ref Fn.Alias}',
      '  B: {Value: !Ref Fn.DestinationTopic}',
      '  C: {Value: !Ref Fn.Versions}',
      '  D: {Value: !Ref Fn.Role}',
      '  E: {Value: !Ref Flow.Version}',
      '  F: {Value: !Ref Flow.Alias}',
      '  G: {Value: !Ref Flow.Arn}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(undefinedRefRule, text), ["E1020 Outputs/C/Value/Ref 'Fn.Versions'", "E1020 Outputs/D/Value/Ref 'Fn.Role'", "E1020 Outputs/G/Value/Ref 'Flow.Arn'"]);
  });

  it('knows only the names SAM generates: a misspelled hook function is reported', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      AutoPublishAlias: live',
      '      Events:',
      '        Orders: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}',
      '      DeploymentPreference:',
      '        Type: Canary10Percent5Minutes',
      '        Hooks: {PreTraffic: !Ref PreTrafficHookk}',
      '  PreTrafficHook:',
      '    Type: AWS::Serverless::Function',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      'Outputs:',
      '  A: {Value: !Ref ApiOrders}',
      '  B: {Value: !Ref ApiVersion640128d35d}',
      '  C: {Value: !Ref ApiDeploymentGroup}',
      '  D: {Value: !Ref ApiTypo}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(undefinedRefRule, text), [
      "E1020 Resources/Api/Properties/DeploymentPreference/Hooks/PreTraffic/Ref 'PreTrafficHookk'",
      "E1020 Outputs/D/Value/Ref 'ApiTypo'",
    ]);
  });

  it('never proposes the resource the reference sits in, or one that already depends on it', () => {
    const text = [
      'Resources:',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Properties: {RedrivePolicy: {deadLetterTargetArn: !GetAtt Queues.Arn, maxReceiveCount: 3}}',
      '  Queuee:',
      '    Type: AWS::SQS::Queue',
      '    Properties: {QueueName: !GetAtt Queue.QueueName}',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '    Properties: {TopicName: !Ref Queues}',
      '',
    ].join('\n');
    // In Queue, 'Queues' is closest to Queue itself and to Queuee, which depends on Queue: neither is offered.
    const messages = undefinedRefRule.run(parseTemplate(text, 'yaml')).map((found) => found.message);
    assert.deepEqual(messages, [
      "Ref to 'Queues', which is not a parameter, resource or pseudo parameter of this template. Did you mean 'Queue'?",
    ]);
    const inQueue = getAttRule.run(parseTemplate(text, 'yaml')).map((found) => [found.message, found.fixes]);
    assert.deepEqual(inQueue, [["Fn::GetAtt to 'Queues', which is not a resource of this template", undefined]]);
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
