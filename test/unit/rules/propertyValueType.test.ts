import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propertyValueTypeRule } from '../../../src/core/rules/propertyValueType';
import { parseTemplate } from '../../../src/core/template';
import { findingsOf, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Conditions:',
  '  IsProd: !Equals [a, b]',
  'Resources:',
  '  Group:',
  '    Type: AWS::AutoScaling::AutoScalingGroup',
  '    Properties:',
  '      MinSize: 1',
  '      MaxSize: "3"',
  '      Cooldown: [60]',
  '      CapacityRebalance: "true"',
  '      NewInstancesProtectedFromScaleIn: yes please',
  '      DefaultInstanceWarmup: !If [IsProd, 60, sixty]',
  '      HealthCheckGracePeriod: !Ref Grace',
  '      AvailabilityZones: us-east-1a',
  '      VPCZoneIdentifier: !Split [",", !Ref Subnets]',
  '      LaunchTemplate: lt-123',
  '      Tags:',
  '        - {Key: a, Value: b, PropagateAtLaunch: 1.5}',
  '  Vol:',
  '    Type: AWS::EC2::Volume',
  '    Properties:',
  '      AvailabilityZone: us-east-1a',
  '      Size: "{{resolve:ssm:/size}}"',
  '      Iops: 3000',
  '      Encrypted: TRUE',
);

describe('E3012 value type', () => {
  it('reports values of the wrong shape, with CloudFormation’s coercions, computed values and Fn::If branches', () => {
    assert.deepEqual(findingsOf(propertyValueTypeRule, TEMPLATE), [
      "E3012 Resources/Group/Properties/Cooldown 'Cooldown'",
      "E3012 Resources/Group/Properties/NewInstancesProtectedFromScaleIn 'yes please'",
      "E3012 Resources/Group/Properties/DefaultInstanceWarmup/Fn::If/2 'sixty'",
      "E3012 Resources/Group/Properties/AvailabilityZones 'us-east-1a'",
      "E3012 Resources/Group/Properties/LaunchTemplate 'lt-123'",
      "E3012 Resources/Group/Properties/Tags/0/PropagateAtLaunch '1.5'",
    ]);
    assert.deepEqual(messagesOf(propertyValueTypeRule, TEMPLATE), [
      'Cooldown takes a String, not a list',
      "NewInstancesProtectedFromScaleIn takes a Boolean, not 'yes please'",
      "DefaultInstanceWarmup takes an Integer, not 'sixty'",
      "AvailabilityZones takes a List of String, not 'us-east-1a'",
      "LaunchTemplate takes a LaunchTemplateSpecification, not 'lt-123'",
      'PropagateAtLaunch takes a Boolean, not 1.5',
    ]);
  });

  it('reports a Ref to a list parameter where one value is taken, and to a single-value parameter where a list is (cfn-lint’s E1020)', () => {
    const text = yaml(
      'Parameters:',
      '  Groups: {Type: "List<AWS::EC2::SecurityGroup::Id>"}',
      '  Group: {Type: "AWS::EC2::SecurityGroup::Id"}',
      '  Zones: {Type: CommaDelimitedList}',
      '  Name: {Type: String}',
      '  SsmZones: {Type: "AWS::SSM::Parameter::Value<List<String>>"}',
      '  Odd: {Type: "List <String>"}',
      'Conditions:',
      '  HasGroup: !Not [!Equals [!Ref Name, ""]]',
      'Resources:',
      '  Server:',
      '    Type: AWS::EC2::Instance',
      '    Properties:',
      '      SecurityGroupIds: [!Ref Groups]',
      '      SecurityGroups: !If [HasGroup, !Ref Name, !Ref Groups]',
      '      AvailabilityZone: !Ref Zones',
      '      SubnetId: !Ref Group',
      '      KeyName: !Ref Odd',
      '  Group2:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    Properties:',
      '      MinSize: 1',
      '      MaxSize: 2',
      '      AvailabilityZones: !Ref SsmZones',
      '      VPCZoneIdentifier: !Ref Groups',
    );
    assert.deepEqual(findingsOf(propertyValueTypeRule, text), [
      "E1020 Resources/Server/Properties/SecurityGroupIds/0 '!Ref Groups'",
      "E1020 Resources/Server/Properties/SecurityGroups/Fn::If/1 '!Ref Name'",
      "E1020 Resources/Server/Properties/AvailabilityZone '!Ref Zones'",
    ]);
    assert.deepEqual(messagesOf(propertyValueTypeRule, text), [
      "SecurityGroupIds takes a String, not the list parameter 'Groups' (List<AWS::EC2::SecurityGroup::Id>)",
      "SecurityGroups takes a List of String, not the single-value parameter 'Name' (String)",
      "AvailabilityZone takes a String, not the list parameter 'Zones' (CommaDelimitedList)",
    ]);
  });

  it('reports a function that returns a list (GetAZs, Cidr, Split) where one value goes, not under Select or in a list property', () => {
    const text = yaml(
      'Resources:',
      '  Subnet:',
      '    Type: AWS::EC2::Subnet',
      '    Properties:',
      '      VpcId: vpc-1',
      '      CidrBlock: !Cidr [10.0.0.0/16, 2, 8]',
      '      AvailabilityZone: !GetAZs ""',
      '  Picked:',
      '    Type: AWS::EC2::Subnet',
      '    Properties:',
      '      VpcId: vpc-1',
      '      CidrBlock: !Select [0, !Cidr [10.0.0.0/16, 2, 8]]',
      '      AvailabilityZone: !Select [0, !GetAZs ""]',
      '  Group:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    Properties: {MinSize: 1, MaxSize: 2, AvailabilityZones: !GetAZs "", VPCZoneIdentifier: !Split [",", "subnet-1,subnet-2"]}',
    );
    assert.deepEqual(findingsOf(propertyValueTypeRule, text), [
      "E3012 Resources/Subnet/Properties/CidrBlock '!Cidr [10.0.0.0/16, 2, 8]'",
      "E3012 Resources/Subnet/Properties/AvailabilityZone '!GetAZs \"\"'",
    ]);
    assert.deepEqual(messagesOf(propertyValueTypeRule, text), [
      'CidrBlock takes a String, not Fn::Cidr, which returns a list',
      'AvailabilityZone takes a String, not Fn::GetAZs, which returns a list',
    ]);
  });

  it('reads an SSM parameter of a CommaDelimitedList as the list it resolves to', () => {
    const text = yaml(
      'Parameters:',
      '  Zones: {Type: "AWS::SSM::Parameter::Value<CommaDelimitedList>", Default: /network/zones}',
      'Resources:',
      '  Group:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    Properties: {MinSize: 1, MaxSize: 2, AvailabilityZones: !Ref Zones}',
      '  Server:',
      '    Type: AWS::EC2::Instance',
      '    Properties: {AvailabilityZone: !Ref Zones}',
    );
    assert.deepEqual(findingsOf(propertyValueTypeRule, text), ["E1020 Resources/Server/Properties/AvailabilityZone '!Ref Zones'"]);
  });

  it('works in JSON: numbers and numeric strings are both integers', () => {
    const text = '{"Resources": {"V": {"Type": "AWS::EC2::Volume", "Properties": {"AvailabilityZone": "a", "Size": "8", "Iops": 3000.5, "Throughput": {"a": 1}}}}}';
    assert.deepEqual(findingsOf(propertyValueTypeRule, text, 'json'), [
      "E3012 Resources/V/Properties/Iops '3000.5'",
      "E3012 Resources/V/Properties/Throughput '\"Throughput\"'",
    ]);
  });

  it('warns, rather than refuses, one object written where a list of objects goes: such templates deploy for some types', () => {
    const text = yaml('Resources:', '  Sg:', '    Type: AWS::EC2::SecurityGroup', '    Properties:', '      GroupDescription: web', '      SecurityGroupIngress: {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}');
    assert.deepEqual(messagesOf(propertyValueTypeRule, text), ['SecurityGroupIngress takes a List of Ingress: one object here deploys for some resource types, but write it as a list of one item']);
    assert.deepEqual(propertyValueTypeRule.run(parseTemplate(text, 'yaml')).map((found) => found.severity), ['warning']);
  });

  it('lets a local path stand for a Lambda function’s Code (aws cloudformation package fills it in)', () => {
    const text = yaml('Resources:', '  F:', '    Type: AWS::Lambda::Function', '    Properties: {Code: ./src, Role: r, Timeout: 3}');
    assert.deepEqual(findingsOf(propertyValueTypeRule, text), []);
  });

  it('leaves an Fn::ForEach loop that writes the entries of a map property alone', () => {
    const text = yaml(
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  F:',
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      Role: r',
      '      Code: { ZipFile: x }',
      '      Environment:',
      '        Variables:',
      '          Fn::ForEach::Vars: [N, [A, B], { "VAR_${N}": !Ref N }]',
      '          PLAIN: [1]',
    );
    assert.deepEqual(findingsOf(propertyValueTypeRule, text), ["E3012 Resources/F/Properties/Environment/Variables/PLAIN 'PLAIN'"]);
  });
});

describe('E3012 properties written without a value', () => {
  const template = (transform: string, properties: string[]) =>
    yaml(...(transform ? [`Transform: ${transform}`] : []), 'Resources:', '  Repo:', '    Type: AWS::ECR::Repository', '    Properties:', ...properties.map((line) => `      ${line}`));

  it('reports a null property, list item and map value at its key, since CloudFormation refuses nulls', () => {
    const text = template('', ['RepositoryName:', 'ImageTagMutability: IMMUTABLE', 'Tags:', '  - ~', 'LifecyclePolicy:', '    LifecyclePolicyText: null']);
    assert.deepEqual(messagesOf(propertyValueTypeRule, text), [
      'RepositoryName has no value (null): CloudFormation refuses null values in a template; give it a value, or remove it',
      'An item of Tags has no value (null): CloudFormation refuses null values in a template; give it a value, or remove it',
      'LifecyclePolicyText has no value (null): CloudFormation refuses null values in a template; give it a value, or remove it',
    ]);
    assert.deepEqual(findingsOf(propertyValueTypeRule, text)[0], "E3012 Resources/Repo/Properties/RepositoryName 'RepositoryName'");
  });

  it('leaves nulls to a transform, and nulls inside functions and JSON values alone', () => {
    assert.deepEqual(messagesOf(propertyValueTypeRule, template('AWS::Serverless-2016-10-31', ['RepositoryName:'])), []);
    assert.deepEqual(messagesOf(propertyValueTypeRule, template('', ['RepositoryPolicyText: {Statement: [{Sid: null}]}', "RepositoryName: !If [C, 'x', !GetAZs '']"])), []);
  });
});
