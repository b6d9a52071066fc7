import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { itemsAt, labelsAt, sortedLabels } from './cursorHelper';

const HEAD = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Sizes:
    prod:
      Max: '4'
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
    Properties:
`;

const PSEUDO = ['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix'];

describe('name completion', () => {
  before(() => useGeneratedSchema());

  it('offers parameters, other resources and pseudo parameters after Ref', () => {
    assert.deepEqual(sortedLabels(itemsAt(HEAD + '      TopicName: !Ref ‸', 'yaml')), ['Env', 'Queue', ...PSEUDO]);
    const json = `{"Parameters": {"Env": {"Type": "String"}}, "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}, "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Ref": "‸"}}}}}`;
    const env = itemsAt(json, 'json').find((item) => item.label === 'Env');
    assert.equal(env?.insertText, '"Env"');
    assert.equal(env?.detail, 'Parameter (String)');
  });

  it('offers resources for GetAtt, then their attributes after the dot or as the second item', () => {
    const resources = itemsAt(HEAD + '      TopicName: !GetAtt ‸', 'yaml');
    assert.deepEqual(resources.map((item) => [item.label, item.insertText, item.retrigger]), [['Queue', 'Queue.', true]]);
    const marked = HEAD + '      TopicName: !GetAtt Queue.‸';
    const attributes = itemsAt(marked, 'yaml');
    assert.deepEqual(attributes.map((item) => item.label).sort(), ['Arn', 'QueueName', 'QueueUrl']);
    const at = marked.indexOf('‸');
    assert.deepEqual(attributes[0].replace, { start: at, end: at });
    assert.deepEqual(labelsAt(HEAD + '      TopicName: !GetAtt [Queue, ‸]', 'yaml').sort(), ['Arn', 'QueueName', 'QueueUrl']);
    assert.deepEqual(labelsAt(HEAD + '      TopicName:\n        Fn::GetAtt:\n          - Queue\n          - ‸', 'yaml').sort(), ['Arn', 'QueueName', 'QueueUrl']);
  });

  it('offers conditions for Fn::If and a resource Condition, mappings and their keys for FindInMap', () => {
    assert.deepEqual(labelsAt(HEAD + '      TopicName: !If [‸', 'yaml'), ['IsProd']);
    assert.deepEqual(labelsAt(HEAD.replace('  Topic:\n', '  Topic:\n    Condition: ‸\n'), 'yaml'), ['IsProd']);
    assert.deepEqual(labelsAt(HEAD + '      TopicName: !FindInMap [‸', 'yaml'), ['Sizes']);
    assert.deepEqual(labelsAt(HEAD + '      TopicName: !FindInMap [Sizes, ‸', 'yaml'), ['prod']);
    assert.deepEqual(labelsAt(HEAD + '      TopicName: !FindInMap [Sizes, prod, ‸', 'yaml'), ['Max']);
  });

  it('offers names inside ${} of a Sub string, in YAML and JSON', () => {
    const marked = HEAD + "      TopicName: !Sub 'alerts-${AWS::Re‸";
    const items = itemsAt(marked, 'yaml');
    assert.deepEqual(sortedLabels(items), ['Env', 'Queue', ...PSEUDO]);
    const at = marked.indexOf('‸');
    assert.deepEqual(items[0].replace, { start: at - 'AWS::Re'.length, end: at });
    // The `${` is closed with the name (a parameter, a pseudo parameter); after a resource the cursor stays before the brace.
    assert.equal(items.find((item) => item.label === 'AWS::Region')?.insertText, 'AWS::Region}');
    assert.deepEqual([items.find((item) => item.label === 'Queue')?.insertText, items.find((item) => item.label === 'Queue')?.isSnippet], ['Queue$0}', true]);
    const closed = itemsAt(HEAD + "      TopicName: !Sub 'alerts-${AWS::Re‸}'", 'yaml');
    assert.equal(closed.find((item) => item.label === 'AWS::Region')?.insertText, 'AWS::Region');
    const json = `{"Parameters": {"Env": {"Type": "String"}}, "Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Sub": "x-\${E‸"}}}}}`;
    const env = itemsAt(json, 'json').find((item) => item.label === 'Env');
    assert.equal(env?.insertText, 'Env}');
    assert.deepEqual(env?.replace, { start: json.indexOf('‸') - 1, end: json.indexOf('‸') });
    assert.deepEqual(labelsAt(HEAD + "      TopicName: !Sub '${Env}-x‸", 'yaml'), []);
    assert.ok(labelsAt(HEAD + '      TopicName: !Sub arn:${AWS::Partition}:sns:${‸', 'yaml').includes('AWS::Region'));
  });

  it('offers other resources for DependsOn', () => {
    assert.deepEqual(labelsAt(HEAD.replace('  Topic:\n', '  Topic:\n    DependsOn: ‸\n'), 'yaml'), ['Queue']);
  });
});

describe('intrinsic function completion', () => {
  before(() => useGeneratedSchema());

  it('offers short-form tags after `!` with argument skeletons', () => {
    const items = itemsAt(HEAD + '      TopicName: !Su‸', 'yaml');
    const byLabel = new Map(items.map((item) => [item.label, item]));
    assert.equal(byLabel.get('!Sub')?.insertText, '!Sub ${1:String}');
    assert.equal(byLabel.get('!Join')?.insertText, '!Join [${1:Delimiter}, ${2:Values}]');
    assert.equal(byLabel.get('!Ref')?.insertText, '!Ref $1');
    assert.equal(byLabel.get('!Ref')?.retrigger, true);
    assert.equal(byLabel.get('!GetAtt')?.insertText, '!GetAtt $1');
    const at = (HEAD + '      TopicName: !Su').length;
    assert.deepEqual(byLabel.get('!Sub')?.replace, { start: at - 3, end: at });
  });

  it('offers long-form keys under a scalar property, and JSON objects at a JSON value', () => {
    const keys = itemsAt(HEAD + '      TopicName:\n        Fn::‸', 'yaml');
    assert.equal(keys.find((item) => item.label === 'Fn::FindInMap')?.insertText, 'Fn::FindInMap: [$1, ${2:TopLevelKey}, ${3:SecondLevelKey}]');
    const json = `{"Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": ‸}}}}`;
    const sub = itemsAt(json, 'json').find((item) => item.label === 'Fn::Sub');
    assert.equal(sub?.insertText, '{"Fn::Sub": "${1:String}"}');
  });

  it('offers functions for an output value', () => {
    const labels = labelsAt(HEAD + 'Outputs:\n  Url:\n    Value: ‸', 'yaml');
    assert.ok(labels.includes('!GetAtt') && labels.includes('!Sub') && labels.includes('!ImportValue'));
  });

  it('offers Fn::GetStackOutput with its two required keys', () => {
    const yamlItem = itemsAt(HEAD + 'Outputs:\n  Vpc:\n    Value: ‸', 'yaml').find((item) => item.label === '!GetStackOutput');
    assert.equal(yamlItem?.insertText, '!GetStackOutput {StackName: ${1:StackName}, OutputName: ${2:OutputName}}');
    const json = `{"Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": ‸}}}}`;
    const jsonItem = itemsAt(json, 'json').find((item) => item.label === 'Fn::GetStackOutput');
    assert.equal(jsonItem?.insertText, '{"Fn::GetStackOutput": {"StackName": "${1:StackName}", "OutputName": "${2:OutputName}"}}');
  });
});

describe('resource type and attribute completion', () => {
  before(() => useGeneratedSchema());

  it('offers every resource type after Type, and a Custom:: hint', () => {
    const labels = labelsAt(HEAD.replace('    Type: AWS::SNS::Topic', '    Type: AWS::SN‸'), 'yaml');
    assert.ok(labels.length > 1000);
    assert.ok(labels.includes('AWS::SNS::Topic') && labels.includes('AWS::EC2::Instance') && labels.includes('Custom::'));
  });

  it('offers the resource attributes a type supports, without those present', () => {
    const text = 'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    ‸';
    assert.deepEqual(labelsAt(text, 'yaml'), ['Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy']);
    const queue = labelsAt('Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    ‸', 'yaml');
    assert.deepEqual(queue, ['Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy']);
    const alias = labelsAt('Resources:\n  Live:\n    Type: AWS::Lambda::Alias\n    ‸', 'yaml');
    assert.ok(alias.includes('UpdatePolicy') && !alias.includes('CreationPolicy'));
  });

  it('offers DeletionPolicy values, Snapshot only where the type supports it', () => {
    assert.deepEqual(labelsAt('Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    DeletionPolicy: ‸', 'yaml'), ['Delete', 'Retain', 'RetainExceptOnCreate']);
    assert.deepEqual(labelsAt('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: ‸', 'yaml'), ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']);
  });

  it('offers UpdatePolicy and CreationPolicy keys, nested ones too', () => {
    const group = 'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n';
    assert.deepEqual(labelsAt(group + '    UpdatePolicy:\n      ‸', 'yaml'), ['AutoScalingReplacingUpdate', 'AutoScalingRollingUpdate', 'AutoScalingInstanceRefresh', 'AutoScalingScheduledAction']);
    const rolling = itemsAt(group + '    UpdatePolicy:\n      AutoScalingRollingUpdate:\n        MaxBatchSize: 1\n        ‸', 'yaml');
    assert.deepEqual(rolling.map((item) => item.label), ['MinActiveInstancesPercent', 'MinInstancesInService', 'MinSuccessfulInstancesPercent', 'PauseTime', 'SuspendProcesses', 'WaitOnResourceSignals']);
    assert.equal(rolling.find((item) => item.label === 'WaitOnResourceSignals')?.insertText, 'WaitOnResourceSignals: ${1|true,false|}');
    assert.deepEqual(labelsAt(group + '    CreationPolicy:\n      ResourceSignal:\n        ‸', 'yaml'), ['Count', 'Timeout']);
  });

  it('offers the keys of a parameter and of an output, and parameter types', () => {
    assert.deepEqual(labelsAt(HEAD.replace('    Type: String\n', '    Type: String\n    ‸\n'), 'yaml'), [
      'Default', 'Description', 'AllowedValues', 'AllowedPattern', 'ConstraintDescription', 'MinLength', 'MaxLength', 'MinValue', 'MaxValue', 'NoEcho',
    ]);
    const types = labelsAt(HEAD.replace('    Type: String\n', '    Type: ‸\n'), 'yaml');
    assert.ok(types.includes('AWS::EC2::KeyPair::KeyName') && types.includes('List<AWS::EC2::Subnet::Id>') && types.includes('AWS::SSM::Parameter::Value<String>'));
    assert.ok(!types.includes('List<AWS::EC2::KeyPair::KeyName>'));
    assert.deepEqual(labelsAt(HEAD + 'Outputs:\n  Url:\n    Value: x\n    ‸', 'yaml'), ['Description', 'Export', 'Condition']);
  });

  it('offers the sections a template does not have yet', () => {
    assert.deepEqual(labelsAt("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n‸", 'yaml'), [
      'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Outputs',
    ]);
    assert.ok(labelsAt("Transform: AWS::Serverless-2016-10-31\nResources: {}\n‸", 'yaml').includes('Globals'));
  });
});
