import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseTemplate } from '../../../src/core/template';
import { getAttRule } from '../../../src/core/rules/getAttAttribute';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { findingsOf, fixedText } from './namesHelper';

describe('E1010 Fn::GetAtt to an unknown resource', () => {
  before(() => useGeneratedSchema());

  it('reports both forms on the resource name; a parameter is not a resource', () => {
    const text = [
      'Parameters:',
      '  Param: {Type: String}',
      'Resources:',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      'Outputs:',
      '  A: {Value: !GetAtt Queue.Arn}',
      '  B: {Value: !GetAtt Queu.Arn}',
      '  C: {Value: !GetAtt [Param, Arn]}',
      '  D: {Value: {"Fn::GetAtt": [Queue, !Ref Param]}}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(getAttRule, text), [
      "E1010 Outputs/B/Value/Fn::GetAtt/0 'Queu'",
      "E1010 Outputs/C/Value/Fn::GetAtt/0 'Param'",
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}, "Outputs": {"O": {"Value": {"Fn::GetAtt": "Nope.Arn"}}}}';
    assert.deepEqual(findingsOf(getAttRule, text, 'json'), ["E1010 Outputs/O/Value/Fn::GetAtt/0 'Nope'"]);
  });

  it('is silent for resources and module-generated names', () => {
    const text = [
      'Resources:',
      '  Queue: {Type: AWS::SQS::Queue}',
      '  Mod: {Type: My::Org::Thing::MODULE}',
      'Outputs:',
      '  A: {Value: !GetAtt Queue.Arn}',
      '  B: {Value: !GetAtt ModBucket.Arn}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(getAttRule, text), []);
  });
});

describe('E1010 Fn::GetAtt attribute', () => {
  before(() => useGeneratedSchema());

  const text = [
    'Resources:',
    '  Queue:',
    '    Type: AWS::SQS::Queue',
    '  Custom:',
    '    Type: Custom::Thing',
    'Outputs:',
    '  A: {Value: !GetAtt Queue.Arn}',
    '  B: {Value: !GetAtt Queue.ARN}',
    '  C: {Value: !GetAtt [Queue, QueueNme]}',
    '  D: {Value: !Sub "${Queue.Ar}"}',
    '  E: {Value: !GetAtt Custom.Anything}',
    '  F: {Value: !GetAtt Queue.SomethingElseEntirely}',
    '',
  ].join('\n');

  it('reports near misses of a known attribute, and attributes the registry does not list, on the attribute', () => {
    assert.deepEqual(findingsOf(getAttRule, text), [
      "E1010 Outputs/B/Value/Fn::GetAtt/1 'ARN'",
      "E1010 Outputs/C/Value/Fn::GetAtt/1 'QueueNme'",
      "E1019 Outputs/D/Value/Fn::Sub 'Ar'",
      "E1010 Outputs/F/Value/Fn::GetAtt/1 'SomethingElseEntirely'",
    ]);
    const far = getAttRule.run(parseTemplate(text, 'yaml')).find((found) => found.message.includes('SomethingElseEntirely'));
    assert.equal(far?.message, "AWS::SQS::Queue has no attribute 'SomethingElseEntirely': it has Arn, QueueName, QueueUrl");
    assert.equal(far?.fixes, undefined);
  });

  it('reports any attribute of a type the registry gives no attribute, saying so', () => {
    const application = 'Resources:\n  App:\n    Type: AWS::CodeDeploy::Application\nOutputs:\n  A: {Value: !GetAtt App.Arn}\n';
    const found = getAttRule.run(parseTemplate(application, 'yaml'));
    assert.deepEqual(found.map((one) => one.message), ["AWS::CodeDeploy::Application has no attribute 'Arn': Fn::GetAtt reads no attribute of it (use Ref)"]);
  });

  it('accepts a property only of the types that return their properties', () => {
    const capacity = ['Resources:', '  Reservation:', '    Type: AWS::EC2::CapacityReservation', 'Outputs:', '  Count: {Value: !GetAtt Reservation.InstanceCount}', ''].join('\n');
    assert.deepEqual(findingsOf(getAttRule, capacity), []);
    // Even a property that is a near miss of an attribute (Ipv6CidrBlock beside Ipv6CidrBlocks).
    const subnet = ['Resources:', '  Subnet:', '    Type: AWS::EC2::Subnet', 'Outputs:', '  Block: {Value: !GetAtt Subnet.Ipv6CidrBlock}', ''].join('\n');
    assert.deepEqual(findingsOf(getAttRule, subnet), []);
  });

  it('reports a property of a type that returns only its attributes, and says what Ref gives', () => {
    const text = [
      'Resources:',
      '  Logs:',
      '    Type: AWS::Logs::LogGroup',
      '  Alarm:',
      '    Type: AWS::CloudWatch::Alarm',
      'Outputs:',
      '  A: {Value: !GetAtt Logs.LogGroupName}',
      '  B: {Value: !GetAtt Alarm.AlarmName}',
      "  C: {Value: !Sub '${Logs.RetentionInDays}'}",
      '',
    ].join('\n');
    assert.deepEqual(
      getAttRule.run(parseTemplate(text, 'yaml')).map((found) => `${found.ruleId} ${found.message}`),
      [
        "E1010 AWS::Logs::LogGroup has no attribute 'LogGroupName': it has Arn ('LogGroupName' is a property it is given, not one it returns; Ref Logs gives its name)",
        "E1010 AWS::CloudWatch::Alarm has no attribute 'AlarmName': it has Arn ('AlarmName' is a property it is given, not one it returns)",
        "E1019 AWS::Logs::LogGroup has no attribute 'RetentionInDays': it has Arn ('RetentionInDays' is a property it is given, not one it returns)",
      ],
    );
  });

  it('accepts a key of a map attribute where the key may stand, as a provisioned product returns its outputs', () => {
    const product = (key: string) =>
      ['Resources:', '  Product:', '    Type: AWS::ServiceCatalog::CloudFormationProvisionedProduct', 'Outputs:', `  Role: {Value: !GetAtt [Product, Outputs.${key}]}`, ''].join('\n');
    assert.deepEqual(findingsOf(getAttRule, product('NotebookRole')), []);
    assert.deepEqual(findingsOf(getAttRule, product('Not-A-Key')), ["E1010 Outputs/Role/Value/Fn::GetAtt/1 'Outputs.Not-A-Key'"]);
  });

  it('fixes the attribute in place', () => {
    assert.equal(fixedText(getAttRule, text)[0], `Change to 'Arn': ${text.replace('Queue.ARN', 'Queue.Arn')}`);
  });

  it('works in JSON', () => {
    const json = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}, "Outputs": {"O": {"Value": {"Fn::GetAtt": ["Q", "Arm"]}}}}';
    assert.deepEqual(findingsOf(getAttRule, json, 'json'), ["E1010 Outputs/O/Value/Fn::GetAtt/1 'Arm'"]);
  });

  it('checks the attribute of a resource a Fn::ForEach loop writes out, by the Type of its body', () => {
    const text = [
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  Fn::ForEach::Repos:',
      '    - Service',
      '    - [web, worker]',
      "    - '${Service}Repo': {Type: AWS::ECR::Repository}",
      'Outputs:',
      '  Bad: {Value: !GetAtt webRepo.RepositoryUrl}',
      '  Good: {Value: !GetAtt workerRepo.RepositoryUri}',
      '',
    ].join('\n');
    assert.deepEqual(
      getAttRule.run(parseTemplate(text, 'yaml')).map((found) => found.message),
      ["AWS::ECR::Repository has no attribute 'RepositoryUrl'. Did you mean 'RepositoryUri'?"],
    );
  });
});

