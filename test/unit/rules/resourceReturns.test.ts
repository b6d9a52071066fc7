/** E1040/E1041: a Ref or Fn::GetAtt of a template resource that gives another identifier than the property takes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, createAnalysisCache, parseTemplate, updateTemplate } from '../../../src/core';
import { ALL_RULES } from '../../../src/core/rules';
import { REGISTRY_CONSTRAINT_RULES } from '../../../src/core/rules/registryConstraints';
import { requiresArn } from '../../../src/core/schema/constraints/returns';
import { parseTemplate as parse } from '../../../src/core/template';
import { gatedRun } from './gatedRun';
import { applyEdits } from './exam/helpers';
import { useGeneratedSchema } from '../schema/schemaHelper';

useGeneratedSchema();

const formatRule = REGISTRY_CONSTRAINT_RULES.find((rule) => rule.id === 'E1103')!;
const found = (text: string) => gatedRun(formatRule, parse(text, 'yaml')).map((item) => `${item.ruleId} ${item.path?.join('/')}: ${item.message}`);

const RESOURCES = `Resources:
  Role: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {}}}
  Key: {Type: AWS::KMS::Key}
  Queue: {Type: AWS::SQS::Queue}
  Topic: {Type: AWS::SNS::Topic}
  Bucket: {Type: AWS::S3::Bucket}
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Group: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: web, VpcId: !Ref Vpc}}
  Custom: {Type: Custom::Lookup, Properties: {ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f}}
`;

const fn = (role: string) => `${RESOURCES}  Fn:
    Type: AWS::CodePipeline::Pipeline
    Properties: {RoleArn: ${role}}
`;

describe('E1041/E1040 what a resource gives against the identifier a property takes', () => {
  it('reports Ref of a role where its ARN is needed, naming the attribute that gives it', () => {
    assert.deepEqual(found(fn('!Ref Role')), [
      "E1041 Resources/Fn/Properties/RoleArn: RoleArn takes an IAM role ARN (arn:aws:iam::123456789012:role/name), but Ref Role gives the name of AWS::IAM::Role 'Role': use !GetAtt Role.Arn",
    ]);
    assert.deepEqual(found(fn('!GetAtt Role.Arn')), []);
    assert.deepEqual(found(fn('!GetAtt [Role, RoleId]')), [
      "E1040 Resources/Fn/Properties/RoleArn: RoleArn takes an IAM role ARN (arn:aws:iam::123456789012:role/name), but Fn::GetAtt Role.RoleId gives the ID of AWS::IAM::Role 'Role': use !GetAtt Role.Arn",
    ]);
  });

  it('leaves a role name where the property takes one though its format says ARN, unless the registry pattern wants an ARN', () => {
    const task = `${RESOURCES}  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties: {TaskRoleArn: !Ref Role, ExecutionRoleArn: !Ref Role}\n`;
    assert.deepEqual(found(task), []);
    const lambda = `${RESOURCES}  Fn:\n    Type: AWS::Lambda::Function\n    Properties: {Role: !Ref Role, Runtime: python3.13, Handler: a.b, Code: {ZipFile: x}}\n`;
    assert.deepEqual(found(lambda), [
      "E1041 Resources/Fn/Properties/Role: Role takes an ARN (its registry pattern begins with arn:), but Ref Role gives the name of AWS::IAM::Role 'Role': use !GetAtt Role.Arn",
    ]);
  });

  it('reports a resource of another type, and leaves custom resources, parameters and unknown attributes alone', () => {
    assert.deepEqual(found(fn('!GetAtt Queue.Arn')), [
      "E1040 Resources/Fn/Properties/RoleArn: RoleArn takes an IAM role ARN (arn:aws:iam::123456789012:role/name), but Fn::GetAtt Queue.Arn gives the ARN of AWS::SQS::Queue 'Queue'",
    ]);
    assert.deepEqual(found(fn('!GetAtt Custom.RoleArn')), []);
    assert.deepEqual(found(fn('!Ref Custom')), []);
    assert.deepEqual(found(`Parameters:\n  RoleParam: {Type: String}\n${fn('!Ref RoleParam')}`), []);
    assert.deepEqual(found(fn('!GetAtt Role.Unknown')), []);
  });

  it("reports Ref of a queue (its URL) as a redrive policy's dead-letter target, which takes the queue's ARN", () => {
    const text = 'Resources:\n  Dlq:\n    Type: AWS::SQS::Queue\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      RedrivePolicy:\n        deadLetterTargetArn: !Ref Dlq\n        maxReceiveCount: 5\n';
    assert.deepEqual(
      found(text).map((line) => line.split(':')[0]),
      ['E1041 Resources/Queue/Properties/RedrivePolicy/deadLetterTargetArn'],
    );
    assert.deepEqual(found(text.replace('!Ref Dlq', '!GetAtt Dlq.Arn')), []);
  });

  it('judges each branch of an Fn::If', () => {
    const text = `Conditions:\n  Own: !Equals [!Ref AWS::Region, us-east-1]\n${fn('!If [Own, !GetAtt Role.Arn, !Ref Role]')}`;
    assert.deepEqual(found(text).map((line) => line.split(':')[0]), ['E1041 Resources/Fn/Properties/RoleArn/Fn']);
  });

  it('accepts any form an anyOf lists (a KMS key by ID or ARN), and a security group by Ref in a list of IDs', () => {
    const trail = (key: string) => `${RESOURCES}  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties: {IsLogging: true, S3BucketName: !Ref Bucket, KMSKeyId: ${key}}\n`;
    assert.deepEqual(found(trail('!Ref Key')), []);
    assert.deepEqual(found(trail('!GetAtt Key.Arn')), []);
    const instance = (groups: string) => `${RESOURCES}  Server:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: ami-12345678, SecurityGroupIds: ${groups}}\n`;
    assert.deepEqual(found(instance('[!Ref Group, !GetAtt Group.GroupId]')), []);
    assert.deepEqual(found(instance('[!Ref Group]').replace('SecurityGroupIds: [!Ref Group]', 'SubnetId: !Ref Vpc')), [
      "E1041 Resources/Server/Properties/SubnetId: SubnetId takes a subnet ID (subnet- and 8 or 17 hexadecimal characters), but Ref Vpc gives the ID of AWS::EC2::VPC 'Vpc'",
    ]);
    const anyOf = REGISTRY_CONSTRAINT_RULES.find((rule) => rule.id === 'E3017')!;
    const listed = gatedRun(anyOf, parse(instance('[!Ref Vpc]'), 'yaml')).map((item) => item.path?.join('/'));
    assert.deepEqual(listed, ['Resources/Server/Properties/SecurityGroupIds/0']);
  });

  it('reports a bucket ARN where its name is needed, and a key ID where the registry pattern wants an ARN', () => {
    const trail = `${RESOURCES}  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties: {IsLogging: true, S3BucketName: !GetAtt Bucket.Arn}\n`;
    assert.deepEqual(found(trail), [
      "E1040 Resources/Trail/Properties/S3BucketName: S3BucketName takes an S3 bucket name, but Fn::GetAtt Bucket.Arn gives the ARN of AWS::S3::Bucket 'Bucket': use !Ref Bucket",
    ]);
    const logs = `${RESOURCES}  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties: {KmsKeyId: !Ref Key}\n`;
    assert.deepEqual(found(logs), [
      "E1041 Resources/Logs/Properties/KmsKeyId: KmsKeyId takes an ARN (its registry pattern begins with arn:), but Ref Key gives the ID of AWS::KMS::Key 'Key': use !GetAtt Key.Arn",
    ]);
  });

  it('reads an SNS subscription endpoint by its protocol: a queue or a function by ARN', () => {
    const subscription = (protocol: string, endpoint: string) =>
      `${RESOURCES}  Sub:\n    Type: AWS::SNS::Subscription\n    Properties: {TopicArn: !Ref Topic, Protocol: ${protocol}, Endpoint: ${endpoint}}\n`;
    assert.deepEqual(found(subscription('sqs', '!Ref Queue')), [
      "E1041 Resources/Sub/Properties/Endpoint: Endpoint takes an SQS queue ARN (arn:aws:sqs:region:123456789012:name), but Ref Queue gives the URL of AWS::SQS::Queue 'Queue': use !GetAtt Queue.Arn",
    ]);
    assert.deepEqual(found(subscription('sqs', '!GetAtt Queue.Arn')), []);
    assert.deepEqual(found(subscription('https', 'https://example.com/hook')), []);
    assert.deepEqual(found(subscription('!Ref Proto', '!Ref Queue')), []);
  });
});

describe('instance profiles, queue policies and names of other types', () => {
  const profiles = `${RESOURCES}  Profile: {Type: AWS::IAM::InstanceProfile, Properties: {Roles: [!Ref Role]}}
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties: {LaunchTemplateData: {IamInstanceProfile: {Arn: !GetAtt Role.Arn}}}
  Server:
    Type: AWS::EC2::Instance
    Properties: {ImageId: ami-12345678, IamInstanceProfile: !Ref Role}
  Config:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties: {ImageId: ami-12345678, InstanceType: t3.micro, IamInstanceProfile: !GetAtt Profile.Arn}
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties: {Queues: [!Ref Queue, !GetAtt Queue.Arn, !GetAtt Queue.QueueName], PolicyDocument: {}}
`;

  it('reports a role ARN where an instance profile goes and a queue ARN where its URL goes, and not a role name where a profile name goes nor a queue name (SQS takes it for the URL)', () => {
    assert.deepEqual(found(profiles).map((line) => line.split(':')[0]), [
      'E1040 Resources/Template/Properties/LaunchTemplateData/IamInstanceProfile/Arn',
      'E1040 Resources/Policy/Properties/Queues/1',
    ]);
  });
});

describe('security groups by name where IDs go', () => {
  it('reports a group name in a network interface\'s GroupSet, with the group ID as the fix', () => {
    const text = `${RESOURCES}  Server:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: ami-12345678, NetworkInterfaces: [{DeviceIndex: '0', SubnetId: subnet-12345678, GroupSet: [!GetAtt Group.GroupName]}]}\n`;
    const [finding] = gatedRun(formatRule, parse(text, 'yaml'));
    assert.equal(finding.path?.join('/'), 'Resources/Server/Properties/NetworkInterfaces/0/GroupSet/0');
    assert.equal(finding.fixes?.[0].title, 'Use !GetAtt Group.GroupId');
  });
});

describe('the quick fix of E1041/E1040', () => {
  it('puts the attribute (or Ref) that gives the identifier in the value\'s place, in YAML and in JSON', () => {
    const text = fn('!Ref Role');
    const [finding] = gatedRun(formatRule, parse(text, 'yaml'));
    assert.equal(finding.fixes?.[0].title, 'Use !GetAtt Role.Arn');
    assert.deepEqual(found(applyEdits(text, finding.fixes![0].edits)), []);
    const json = JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' }, Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { IsLogging: true, S3BucketName: { 'Fn::GetAtt': ['Bucket', 'Arn'] } } } } }, null, 2);
    const [jsonFinding] = gatedRun(formatRule, parse(json, 'json'));
    const fixed = applyEdits(json, jsonFinding.fixes![0].edits);
    assert.deepEqual(JSON.parse(fixed).Resources.Trail.Properties.S3BucketName, { Ref: 'Bucket' });
  });

  it('offers none where the resource is of another kind than the property names', () => {
    const [finding] = gatedRun(formatRule, parse(fn('!GetAtt Queue.Arn'), 'yaml'));
    assert.equal(finding.fixes, undefined);
  });
});

describe('requiresArn', () => {
  it('takes a pattern that makes every value an ARN, and not one with another way in', () => {
    for (const pattern of ['^arn:aws:iam::\\d{12}:role/.+$', 'arn:(aws|aws-cn):sqs:.*', '^$|arn:aws:lambda:.*']) assert.equal(requiresArn(pattern), true, pattern);
    for (const pattern of ['^(arn:.*|[a-z]+)$', '^arn:.*|^[a-z]+$', '[a-z]+', '^alias/[a-z]+']) assert.equal(requiresArn(pattern), false, pattern);
  });
});

describe('per-resource findings that read other resources', () => {
  it('are found again when another resource changes type, as a fresh analysis finds them', () => {
    const text = fn('!Ref Role');
    const cache = createAnalysisCache();
    const first = analyze(parseTemplate(text, 'yaml'), ALL_RULES, cache);
    assert.equal(first.findings.filter((item) => item.ruleId === 'E1041').length, 1);
    const changed = text.replace('Role: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {}}}', 'Role: {Type: Custom::RoleLookup, Properties: {ServiceToken: x}}');
    const cached = analyze(updateTemplate(parseTemplate(text, 'yaml'), changed), ALL_RULES, cache);
    const fresh = analyze(parseTemplate(changed, 'yaml'));
    assert.deepEqual(cached.findings.filter((item) => item.ruleId === 'E1041'), []);
    assert.deepEqual(JSON.parse(JSON.stringify(cached.findings)), JSON.parse(JSON.stringify(fresh.findings)));
  });
});
