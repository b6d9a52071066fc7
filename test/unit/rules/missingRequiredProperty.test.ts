import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingRequiredPropertyRule } from '../../../src/core/rules/missingRequiredProperty';
import { run } from './exam/helpers';
import { findingsOf, fixedText, messagesOf, yaml } from './schemaRulesHelper';

describe('E3003 missing required property', () => {
  it('reports each missing property on the key holding the object', () => {
    const text = yaml(
      'Resources:',
      '  Group:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    Properties:',
      '      MinSize: 1',
      '      LaunchTemplate:',
      '        LaunchTemplateId: lt-1',
      '  Complete:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    Properties: {MinSize: 1, MaxSize: "2"}',
    );
    assert.deepEqual(findingsOf(missingRequiredPropertyRule, text), [
      "E3003 Resources/Group/Properties 'Properties'",
      "E3003 Resources/Group/Properties/LaunchTemplate 'LaunchTemplate'",
    ]);
    assert.deepEqual(messagesOf(missingRequiredPropertyRule, text), [
      "Missing required property 'MaxSize' in AWS::AutoScaling::AutoScalingGroup",
      "Missing required property 'Version' in LaunchTemplateSpecification (AWS::AutoScaling::AutoScalingGroup)",
    ]);
  });

  it("requires a tag's Value only where the registry does (a Lambda function's tag may have a key only)", () => {
    const text = yaml(
      'Resources:',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      Role: arn:aws:iam::123456789012:role/r',
      '      Code: {ZipFile: x}',
      '      Tags: [{Key: team}]',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      Tags: [{Key: team}]',
    );
    assert.deepEqual(messagesOf(missingRequiredPropertyRule, text), ["Missing required property 'Value' in Tag (AWS::SNS::Topic)"]);
  });

  it('counts null, Ref AWS::NoValue and an Fn::If that may give no value as missing', () => {
    const text = yaml(
      'Conditions:',
      '  IsProd: !Equals [a, b]',
      'Resources:',
      '  Q:',
      '    Type: AWS::SNS::Subscription',
      '    Properties:',
      '      Protocol: email',
      '      TopicArn: !If [IsProd, arn, !Ref AWS::NoValue]',
    );
    assert.deepEqual(findingsOf(missingRequiredPropertyRule, text), ["E3003 Resources/Q/Properties 'Properties'"]);
    // The key is there without a value: adding a second copy would repeat it, so no fix is offered.
    assert.deepEqual(run(missingRequiredPropertyRule, text).map((found) => found.fixes), [undefined]);
  });

  it('reports a resource without Properties on its logical ID; custom resources need a ServiceToken', () => {
    const text = yaml('Resources:', '  Nothing:', '    Type: Custom::Nothing', '  Topic:', '    Type: AWS::SNS::Topic');
    assert.deepEqual(findingsOf(missingRequiredPropertyRule, text), ["E3003 Resources/Nothing/Properties 'Nothing'"]);
  });

  it('leaves a resource alone whose Condition no deployment meets (a null resource), not one that may be created', () => {
    const text = (condition: string) =>
      yaml('Parameters:', '  Env:', '    Type: String', '    AllowedValues: [dev, prod]', 'Conditions:', `  Never: ${condition}`, 'Resources:', '  Nothing:', '    Type: Custom::NullResource', '    Condition: Never');
    assert.deepEqual(findingsOf(missingRequiredPropertyRule, text("!Equals ['true', 'false']")), []);
    assert.deepEqual(findingsOf(missingRequiredPropertyRule, text('!Equals [!Ref Env, test]')), []);
    assert.deepEqual(findingsOf(missingRequiredPropertyRule, text('!Equals [!Ref Env, prod]')), ["E3003 Resources/Nothing/Properties 'Nothing'"]);
  });

  it('takes properties from SAM Globals', () => {
    const text = yaml(
      'Transform: AWS::Serverless-2016-10-31',
      'Globals:',
      '  Function: {Runtime: python3.12}',
      'Resources:',
      '  App:',
      '    Type: AWS::Serverless::Application',
      '    Properties: {}',
    );
    assert.deepEqual(messagesOf(missingRequiredPropertyRule, text), ["Missing required property 'Location' in AWS::Serverless::Application"]);
  });

  it('fixes YAML by adding placeholders of the right shape, indented like their siblings', () => {
    const text = yaml('Resources:', '  Group:', '    Type: AWS::AutoScaling::AutoScalingGroup', '    Properties:', '      DesiredCapacity: "1"');
    const fixed = yaml('Resources:', '  Group:', '    Type: AWS::AutoScaling::AutoScalingGroup', '    Properties:', '      DesiredCapacity: "1"', '      MaxSize: ""', '      MinSize: ""');
    assert.deepEqual(fixedText(missingRequiredPropertyRule, text), [
      `Add required properties 'MaxSize', 'MinSize': ${fixed}`,
      `Add required properties 'MaxSize', 'MinSize': ${fixed}`,
    ]);
  });

  it('fixes a resource without Properties, in YAML and JSON', () => {
    const text = yaml('Resources:', '    Rule:', '        Type: AWS::Route53::RecordSet', '        Condition: X');
    const fixed = yaml(
      'Resources:',
      '    Rule:',
      '        Type: AWS::Route53::RecordSet',
      '        Condition: X',
      '        Properties:',
      '            Name: ""',
      '            Type: "A"',
    );
    assert.deepEqual(fixedText(missingRequiredPropertyRule, text).slice(0, 1), [`Add required properties 'Name', 'Type': ${fixed}`]);
    const json = '{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SNS::Subscription"\n    }\n  }\n}';
    assert.deepEqual(fixedText(missingRequiredPropertyRule, json, 'json').slice(0, 1), [
      `Add required properties 'Protocol', 'TopicArn': {\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SNS::Subscription",\n      "Properties": {\n        "Protocol": "http",\n        "TopicArn": ""\n      }\n    }\n  }\n}`,
    ]);
  });

  it('fixes JSON maps, multi-line and empty', () => {
    const json = '{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SNS::Subscription",\n      "Properties": {\n        "Protocol": "sqs"\n      }\n    }\n  }\n}';
    assert.deepEqual(fixedText(missingRequiredPropertyRule, json, 'json'), [
      `Add required property 'TopicArn': ${json.replace('"Protocol": "sqs"', '"Protocol": "sqs",\n        "TopicArn": ""')}`,
    ]);
    const empty = '{"Resources": {"Q": {"Type": "AWS::SNS::Subscription", "Properties": {}}}}';
    assert.deepEqual(fixedText(missingRequiredPropertyRule, empty, 'json').slice(0, 1), [
      `Add required properties 'Protocol', 'TopicArn': {"Resources": {"Q": {"Type": "AWS::SNS::Subscription", "Properties": {"Protocol": "http", "TopicArn": ""}}}}`,
    ]);
  });

  it('leaves to the registry a property its oneOf requires in one form only (a hook\'s TargetFilters, a pipeline definition)', () => {
    const text = yaml(
      'Resources:',
      '  Hook:',
      '    Type: AWS::CloudFormation::LambdaHook',
      '    Properties:',
      '      Alias: Private::Lambda::Hook',
      '      LambdaFunction: arn:aws:lambda:us-east-1:111111111111:function:hook',
      '      ExecutionRole: arn:aws:iam::111111111111:role/hook',
      '      FailureMode: FAIL',
      '      HookStatus: ENABLED',
      '      TargetOperations: [RESOURCE]',
      '      TargetFilters: { Actions: [CREATE] }',
      '  Pipeline:',
      '    Type: AWS::SageMaker::Pipeline',
      '    Properties:',
      '      PipelineName: p',
      '      RoleArn: arn:aws:iam::111111111111:role/p',
      '      PipelineDefinition: { PipelineDefinitionS3Location: { Bucket: b, Key: k } }',
    );
    assert.deepEqual(findingsOf(missingRequiredPropertyRule, text), []);
  });
});

