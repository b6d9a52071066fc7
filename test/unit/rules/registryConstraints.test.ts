import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import type { SchemaObject } from '../../../src/core/schema/constraints/types';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';
import { yaml } from './schemaRulesHelper';

const CONSTRAINT_IDS = /^(E3030|E3031|E3032|E3033|E3034|E3014|E3058|E3017|E3018|E3020|E3021|E1103|E115\d|E116\d)$/;

/** `id path: message` of the registry-constraint findings. */
function constraintFindings(text: string, format: TemplateFormat = 'yaml'): string[] {
  return analyze(parseTemplate(text, format))
    .findings.filter((found) => CONSTRAINT_IDS.test(found.ruleId))
    .map((found) => `${found.ruleId} ${found.path?.join('/')}: ${found.message}`);
}

const resource = (type: string, ...properties: string[]) => yaml('Resources:', '  R:', `    Type: ${type}`, '    Properties:', ...properties.map((line) => `      ${line}`));

describe('registry constraints, keyword by keyword', () => {
  it('takes a Default as one choice among others when the stack made with every Default does not create the resource', () => {
    const rule = (condition: string) =>
      analyze(
        parseTemplate(
          yaml(
            'Parameters:',
            '  Port: {Type: Number, Default: 0}',
            "  RuleType: {Type: String, Default: '', AllowedValues: [host-header, '']}",
            'Conditions:',
            `  HasPort: ${condition}`,
            'Resources:',
            '  R:',
            '    Type: AWS::ElasticLoadBalancingV2::ListenerRule',
            '    Condition: HasPort',
            '    Properties:',
            '      ListenerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2',
            '      Priority: 1',
            '      Actions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: "200"}}]',
            '      Conditions: [{Field: !Ref RuleType, HostHeaderConfig: {Values: [example.com]}}]',
          ),
          'yaml',
        ),
      ).findings.filter((found) => found.ruleId === 'E3030').map((found) => found.severity);
    assert.deepEqual(rule('!Not [!Equals [!Ref Port, 0]]'), ['warning']);
    assert.deepEqual(rule('!Equals [!Ref Port, 0]'), ['error']);
  });


  it('E3018 an object that fits no form only because of a parameter Default is a warning, as the Default itself would be', () => {
    const plan = (arn: string) =>
      analyze(
        parseTemplate(
          yaml(
            'Parameters:',
            "  ChildPlanArn: {Type: String, Default: ''}",
            'Resources:',
            '  R:',
            '    Type: AWS::ARCRegionSwitch::Plan',
            '    Properties:',
            '      Name: plan',
            '      ExecutionRole: arn:aws:iam::111122223333:role/switch',
            '      RecoveryApproach: activePassive',
            '      PrimaryRegion: us-east-1',
            '      Regions: [us-east-1, us-east-2]',
            '      Workflows:',
            '        - WorkflowTargetAction: activate',
            '          WorkflowTargetRegion: us-east-2',
            '          Steps:',
            '            - Name: child',
            '              ExecutionBlockType: ARCRegionSwitchPlan',
            `              ExecutionBlockConfiguration: {RegionSwitchPlanConfig: {Arn: ${arn}}}`,
          ),
          'yaml',
        ),
      ).findings.filter((found) => found.ruleId === 'E3018').map((found) => found.severity);
    assert.deepEqual(plan('!Ref ChildPlanArn'), ['warning']);
    assert.deepEqual(plan("''"), ['error']);
  });

  it('E3018 a oneOf of required lists is a choice: only one group may be given', () => {
    const constraint = (...lines: string[]) => constraintFindings(resource('AWS::ServiceCatalog::LaunchRoleConstraint', 'PortfolioId: port-abcdefghijklm', 'ProductId: prod-abcdefghijklm', ...lines));
    assert.deepEqual(constraint('RoleArn: arn:aws:iam::111111111111:role/launch', 'LocalRoleName: launch'), ['E3018 Resources/R/Properties: Give only one of LocalRoleName or RoleArn: both are given']);
    assert.deepEqual(constraint('LocalRoleName: launch'), []);
    assert.deepEqual(constraint('RoleArn: !If [Shared, arn:aws:iam::111111111111:role/launch, !Ref AWS::NoValue]', 'LocalRoleName: launch'), []);
  });

  it('accepts what the services accept though the schemas say otherwise: empty Tags, an inline rule without a source, TCP or http in a port mapping', () => {
    assert.deepEqual(constraintFindings(resource('AWS::ACMPCA::CertificateAuthority', 'Type: ROOT', 'KeyAlgorithm: RSA_2048', 'SigningAlgorithm: SHA256WITHRSA', 'Subject: { CommonName: x }', 'Tags: []')), []);
    const group = (rule: string) => constraintFindings(resource('AWS::EC2::SecurityGroup', 'GroupDescription: cache', 'SecurityGroupIngress:', `  - ${rule}`));
    assert.deepEqual(group('{ IpProtocol: tcp, FromPort: 6379, ToPort: 6379 }'), []);
    assert.deepEqual(group('{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8, SourceSecurityGroupId: sg-12345678 }'), [
      'E3020 Resources/R/Properties/SecurityGroupIngress/0/SourceSecurityGroupId: SourceSecurityGroupId cannot be given together with CidrIp',
    ]);
    const task = (protocol: string) => constraintFindings(resource('AWS::ECS::TaskDefinition', 'ContainerDefinitions:', '  - { Name: web, Image: nginx, Memory: 512, PortMappings: [{ ContainerPort: 80, Protocol: ' + protocol + ' }] }'));
    assert.deepEqual(task('TCP'), []);
    assert.deepEqual(task('http'), []);
  });

  it('E3020 pairs the services refuse and the schemas miss: two rotation schedules; LaunchType beside an empty strategy is the documented way back', () => {
    const service = constraintFindings(resource('AWS::ECS::Service', 'LaunchType: FARGATE', 'CapacityProviderStrategy: []'));
    assert.deepEqual(service, []);
    const rules = constraintFindings(resource('AWS::SecretsManager::RotationSchedule', 'SecretId: s', 'RotationRules: { AutomaticallyAfterDays: 30, ScheduleExpression: "rate(10 days)" }'));
    assert.deepEqual(rules, ['E3020 Resources/R/Properties/RotationRules/ScheduleExpression: ScheduleExpression cannot be given together with AutomaticallyAfterDays']);
  });

  it("leaves out a parameter value under which the resource's Condition cannot hold (a key created only when its spec is not 'none')", () => {
    const text = (condition: string) =>
      yaml(
        'Parameters:',
        '  Spec: {Type: String, Default: none, AllowedValues: [ECC_NIST_P256, none]}',
        'Conditions:',
        `  CreateKey: ${condition}`,
        'Resources:',
        '  Key:',
        '    Type: AWS::KMS::Key',
        '    Condition: CreateKey',
        '    Properties: {KeySpec: !Ref Spec, KeyUsage: SIGN_VERIFY}',
      );
    assert.deepEqual(constraintFindings(text('!Not [!Equals [!Ref Spec, none]]')), []);
    assert.deepEqual(constraintFindings(text('!Equals [!Ref Spec, ECC_NIST_P256]')), []);
    assert.equal(constraintFindings(text('!Equals [!Ref AWS::Region, us-east-1]')).length, 1);
  });

  it('judges the copy CloudFormation keeps of a key written twice, the last, and not the one it drops', () => {
    const text = yaml(
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketName: Invalid_Name',
      '    Properties:',
      '      BucketName: valid-name-123',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      DelaySeconds: 5',
      '      DelaySeconds: 5000',
    );
    assert.deepEqual(constraintFindings(text), ['E3034 Resources/Queue/Properties/DelaySeconds: DelaySeconds must be at most 900; 5000 is more']);
  });

  it('E3020 reports a pair the schema excludes both ways once (an alarm with Statistic and ExtendedStatistic)', () => {
    const alarm = constraintFindings(
      resource('AWS::CloudWatch::Alarm', 'Namespace: App', 'MetricName: Latency', 'Statistic: Average', 'ExtendedStatistic: p99', 'Period: 60', 'EvaluationPeriods: 1', 'Threshold: 1', 'ComparisonOperator: GreaterThanThreshold'),
    );
    assert.equal(alarm.filter((line) => line.startsWith('E3020')).length, 1);
  });

  it('applies the documented names and ranges of the messaging, monitoring and governance types', () => {
    assert.deepEqual(constraintFindings(resource('AWS::SQS::Queue', 'QueueName: orders.fifo', 'FifoQueue: true')), []);
    assert.deepEqual(constraintFindings(resource('AWS::SQS::Queue', 'QueueName: my.queue')), [
      "E3031 Resources/R/Properties/QueueName: 'my.queue' is not a valid QueueName: it must match ^[A-Za-z0-9_-]+(\\.fifo)?$",
    ]);
    // A name computed at deploy time is not judged.
    assert.deepEqual(constraintFindings(resource('AWS::SNS::Topic', 'TopicName: !Sub "${AWS::StackName}-alerts"')), []);
    assert.deepEqual(constraintFindings(resource('AWS::CloudTrail::Trail', 'IsLogging: true', 'S3BucketName: logs-bucket', 'EventSelectors: [{ ReadWriteType: All }]', 'AdvancedEventSelectors: [{ FieldSelectors: [{ Field: eventCategory, Equals: [Data] }] }]')), [
      'E3020 Resources/R/Properties/AdvancedEventSelectors: AdvancedEventSelectors cannot be given together with EventSelectors',
    ]);
  });

  it('applies the documented names and ranges of the scaling, load balancing and delivery types', () => {
    const lifetime = (value: string) => constraintFindings(resource('AWS::AutoScaling::AutoScalingGroup', 'MinSize: "1"', 'MaxSize: "2"', 'LaunchTemplate: { LaunchTemplateId: lt-0123456789abcdef0, Version: "1" }', `MaxInstanceLifetime: ${value}`));
    assert.deepEqual(lifetime('0'), []);
    assert.deepEqual(lifetime('86400'), []);
    assert.equal(lifetime('3600').length, 1);
    assert.deepEqual(constraintFindings(resource('AWS::ElasticLoadBalancingV2::TargetGroup', 'Name: web-blue-1', 'Port: 80', 'Protocol: HTTP', 'VpcId: vpc-12345678')), []);
    assert.deepEqual(constraintFindings(resource('AWS::ElasticLoadBalancingV2::TargetGroup', 'Name: -web', 'Port: 80', 'Protocol: HTTP', 'VpcId: vpc-12345678')), [
      "E3031 Resources/R/Properties/Name: '-web' is not a valid Name: it must match ^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$",
    ]);
  });

  it('applies the documented names and ranges of the data and routing types', () => {
    const record = (...lines: string[]) => constraintFindings(resource('AWS::Route53::RecordSet', 'HostedZoneId: Z123', 'Name: www.example.com', 'Type: A', ...lines));
    assert.deepEqual(record('SetIdentifier: blue', 'Weight: 200', 'ResourceRecords: [192.0.2.1]', 'TTL: "60"'), []);
    assert.deepEqual(record('SetIdentifier: blue', 'Weight: 300', 'ResourceRecords: [192.0.2.1]', 'TTL: "60"'), ['E3034 Resources/R/Properties/Weight: Weight must be at most 255; 300 is more']);
    assert.deepEqual(record('SetIdentifier: eu', 'GeoLocation: { ContinentCode: EU, CountryCode: DE }', 'ResourceRecords: [192.0.2.1]', 'TTL: "60"'), [
      'E3020 Resources/R/Properties/GeoLocation/CountryCode: CountryCode cannot be given together with ContinentCode',
    ]);
  });

  it('judges what an Fn::FindInMap can return: the keys a parameter allows, not a Region placeholder', () => {
    const text = (key: string) =>
      yaml(
        'Parameters:',
        '  Env: { Type: String, AllowedValues: [dev, prod] }',
        'Mappings:',
        '  Logs:',
        '    dev: { Days: 7 }',
        '    prod: { Days: 45 }',
        '    test: { Days: 1 }',
        'Conditions:',
        '  Keep: !Equals [!Ref Env, prod]',
        'Resources:',
        '  R:',
        '    Type: AWS::Logs::LogGroup',
        '    Properties:',
        `      RetentionInDays: ${key}`,
      );
    const finding = (value: number, at = '') =>
      `E3030 Resources/R/Properties/RetentionInDays${at}: RetentionInDays must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150 (or 12 more), not '${value}' (the value comes from the mapping 'Logs') (did you mean '30'?)`;
    assert.deepEqual(constraintFindings(text('!FindInMap [Logs, !Ref Env, Days]')), [finding(45)]);
    assert.deepEqual(constraintFindings(text('!FindInMap [Logs, !Ref AWS::Region, Days]')), []);
    assert.deepEqual(constraintFindings(text('!FindInMap [Logs, !Ref Stage, Days]').replace('Parameters:', 'Parameters:\n  Stage: { Type: String }')), [finding(45)]);
    assert.deepEqual(constraintFindings(text('!FindInMap [Logs, dev, Days]')), []);
    // Inside Fn::If the condition may rule keys out; a key given by name stays known.
    assert.deepEqual(constraintFindings(text('!If [Keep, !FindInMap [Logs, !Ref Env, Days], 7]')), []);
    assert.deepEqual(constraintFindings(text('!If [Keep, !FindInMap [Logs, prod, Days], 7]')), [finding(45, '/Fn::If/1')]);
    assert.deepEqual(constraintFindings(text('!FindInMap [Logs, !Ref Env, Missing]')), []);
    // A resource whose Condition no deployment meets (Env allows no 'test') is never checked.
    const always = text('!FindInMap [Logs, test, Days]').replace('Days: 1 }', 'Days: 2 }');
    assert.equal(constraintFindings(always).length, 1);
    const never = always.replace('  R:\n    Type:', '  R:\n    Condition: IsTest\n    Type:').replace('Conditions:', 'Conditions:\n  IsTest: !Equals [!Ref Env, test]');
    assert.deepEqual(constraintFindings(never), []);
  });

  it('applies the limits the services document and the schemas lack (scripts/registry-corrections.mjs)', () => {
    assert.deepEqual(constraintFindings(resource('AWS::RDS::DBInstance', 'DBInstanceClass: db.t3.micro', 'Engine: mysql', 'MonitoringInterval: 45')), [
      "E3030 Resources/R/Properties/MonitoringInterval: MonitoringInterval must be one of 0, 1, 5, 10, 15, 30, 60, not '45' (did you mean '30'?)",
    ]);
    assert.deepEqual(constraintFindings(resource('AWS::Backup::BackupVault', 'BackupVaultName: vault', 'LockConfiguration: { MinRetentionDays: 7, ChangeableForDays: 3 }')), []);
    assert.deepEqual(constraintFindings(resource('AWS::Backup::BackupVault', 'BackupVaultName: vault', 'LockConfiguration: { MinRetentionDays: 7, ChangeableForDays: 2 }')), [
      'E3034 Resources/R/Properties/LockConfiguration/ChangeableForDays: ChangeableForDays must be at least 3; 2 is less',
    ]);
    // A cross-Region encrypted read replica names its key, which needs StorageEncrypted: true beside the source.
    const replica = resource('AWS::RDS::DBInstance', 'SourceDBInstanceIdentifier: arn:aws:rds:us-east-1:111111111111:db:primary', 'DBInstanceClass: db.t3.micro', 'StorageEncrypted: true', 'KmsKeyId: alias/dr');
    assert.deepEqual(constraintFindings(replica), []);
  });

  it('E3030 allowed values, with the coercions CloudFormation applies', () => {
    assert.deepEqual(constraintFindings(resource('AWS::SSM::Parameter', 'Type: Strng', 'Value: x')), [
      "E3030 Resources/R/Properties/Type: Type must be one of String, StringList, not 'Strng' (did you mean 'String'?)",
    ]);
    assert.deepEqual(constraintFindings(resource('AWS::SSM::Parameter', 'Type: String', 'Value: x')), []);
  });

  it('E3031 pattern, E3033 length and E3034 range', () => {
    assert.deepEqual(constraintFindings(resource('AWS::ServiceCatalog::PortfolioShare', 'AccountId: "1234567890"', 'PortfolioId: port-abc')), [
      "E3031 Resources/R/Properties/AccountId: '1234567890' is not a valid AccountId: it must match ^[0-9]{12}$",
    ]);
    assert.deepEqual(constraintFindings(resource('AWS::SQS::Queue', 'DelaySeconds: 901')), ['E3034 Resources/R/Properties/DelaySeconds: DelaySeconds must be at most 900; 901 is more']);
    // A number written as a string is the number.
    assert.deepEqual(constraintFindings(resource('AWS::SQS::Queue', 'DelaySeconds: "900"')), []);
    assert.deepEqual(constraintFindings(resource('AWS::SQS::Queue', 'DelaySeconds: "901"')), ['E3034 Resources/R/Properties/DelaySeconds: DelaySeconds must be at most 900; 901 is more']);
    assert.deepEqual(constraintFindings(resource('AWS::Logs::LogGroup', `LogGroupName: ${'a'.repeat(513)}`)), [
      'E3033 Resources/R/Properties/LogGroupName: LogGroupName must be at most 512 characters long; this value has 513',
    ]);
    // A number written otherwise than it prints (`2.0` reads as 2) is judged as written too: wrong only if both fail.
    const logSource = (version: string) => resource('AWS::SecurityLake::AwsLogSource', 'DataLakeArn: arn:aws:securitylake:us-east-1:123456789012:data-lake/default', 'SourceName: ROUTE53', `SourceVersion: ${version}`);
    assert.deepEqual(constraintFindings(logSource('2.0')), []);
    assert.deepEqual(constraintFindings(logSource('"2.0"')), []);
    assert.deepEqual(constraintFindings(logSource('"2"')), ["E3031 Resources/R/Properties/SourceVersion: '2' is not a valid SourceVersion: it must match ^(latest|[0-9]\\.[0-9])$"]);
    assert.deepEqual(constraintFindings(logSource('2')), ["E3031 Resources/R/Properties/SourceVersion: '2' is not a valid SourceVersion: it must match ^(latest|[0-9]\\.[0-9])$"]);
    assert.deepEqual(constraintFindings(logSource('20.0')), ["E3031 Resources/R/Properties/SourceVersion: '20' is not a valid SourceVersion: it must match ^(latest|[0-9]\\.[0-9])$"]);
    // Lengths count characters: a character outside the BMP (two UTF-16 code units) is one; a lone surrogate half is one too.
    const lambda = (description: string) => resource('AWS::Lambda::Function', 'Role: arn:aws:iam::123456789012:role/r', `Description: "${description}"`);
    assert.deepEqual(constraintFindings(lambda('🚀'.repeat(256))), []);
    assert.deepEqual(constraintFindings(lambda(`${'🚀'.repeat(255)}\\ud83dx`)), [
      'E3033 Resources/R/Properties/Description: Description must be at most 256 characters long; this value has 257',
    ]);
  });

  it('E3014 exactly one of, judged only where presence is certain', () => {
    const both = resource('AWS::EC2::SecurityGroupIngress', 'IpProtocol: tcp', 'FromPort: 80', 'ToPort: 80', 'GroupId: sg-12345678', 'CidrIp: 10.0.0.0/8', 'CidrIpv6: ::/0');
    assert.deepEqual(constraintFindings(both), [
      'E3014 Resources/R/Properties/CidrIpv6: Only one of CidrIp, CidrIpv6, SourcePrefixListId, SourceSecurityGroupId, SourceSecurityGroupName may be given, but CidrIp and CidrIpv6 both are',
    ]);
    const either = resource(
      'AWS::EC2::SecurityGroupIngress',
      'IpProtocol: tcp',
      'FromPort: 80',
      'ToPort: 80',
      'GroupId: sg-12345678',
      'CidrIp: !If [Open, 0.0.0.0/0, !Ref AWS::NoValue]',
      'SourceSecurityGroupId: !If [Open, !Ref AWS::NoValue, sg-12345678]',
    );
    assert.deepEqual(constraintFindings(either), []);
  });

  it('E3020 properties that exclude each other, E3021 properties that need each other', () => {
    assert.deepEqual(constraintFindings(resource('AWS::EC2::Subnet', 'VpcId: vpc-12345678', 'CidrBlock: 10.0.0.0/24', 'AvailabilityZone: us-east-1a', 'AvailabilityZoneId: use1-az1')), [
      'E3020 Resources/R/Properties/AvailabilityZoneId: AvailabilityZoneId cannot be given together with AvailabilityZone',
    ]);
    assert.deepEqual(constraintFindings(resource('AWS::EC2::Subnet', 'VpcId: vpc-12345678', 'Ipv4IpamPoolId: ipam-pool-1')), [
      'E3021 Resources/R/Properties/Ipv4IpamPoolId: Ipv4IpamPoolId needs Ipv4NetmaskLength too',
    ]);
  });

  it('formats: ids, ARNs and CIDR blocks under their own ids', () => {
    assert.deepEqual(constraintFindings(resource('AWS::EC2::Subnet', 'VpcId: vpc-123', 'CidrBlock: 10.0.0.0/33')), [
      "E1151 Resources/R/Properties/VpcId: 'vpc-123' is not a VPC ID (vpc- and 8 or 17 hexadecimal characters)",
      "E1103 Resources/R/Properties/CidrBlock: '10.0.0.0/33' is not an IPv4 CIDR block such as 10.0.0.0/16",
    ]);
  });

  it('takes an AMI as a Systems Manager parameter EC2 resolves at launch (resolve:ssm:), without braces', () => {
    const imageId = (value: string) => constraintFindings(resource('AWS::EC2::LaunchTemplate', `LaunchTemplateData: { ImageId: '${value}' }`));
    assert.deepEqual(imageId('resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'), []);
    assert.deepEqual(imageId('ami-0123456789abcdef0'), []);
    assert.deepEqual(imageId('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64').length, 1);
  });

  it('corrects a registry schema narrower than the service guide: a Route 53 CIDR collection takes IPv6 blocks too', () => {
    const collection = (cidr: string) => resource('AWS::Route53::CidrCollection', 'Name: offices', 'Locations:', '  - LocationName: hq', `    CidrList: ["${cidr}"]`);
    assert.deepEqual(constraintFindings(collection('2001:db8::/32')), []);
    assert.deepEqual(constraintFindings(collection('192.0.2.0/24')), []);
  });

  it('E3017 none of the accepted forms', () => {
    const found = constraintFindings(resource('AWS::SQS::Queue', 'KmsMasterKeyId: aws/sqs'));
    assert.equal(found.length, 1);
    assert.match(found[0], /^E3017 Resources\/R\/Properties\/KmsMasterKeyId: 'aws\/sqs' matches none of the forms KmsMasterKeyId accepts/);
    assert.deepEqual(constraintFindings(resource('AWS::SQS::Queue', 'KmsMasterKeyId: alias/aws/sqs')), []);
  });
});

describe('registry constraints on values computed by intrinsic functions', () => {
  it('checks each branch of Fn::If and each AllowedValue of a referenced parameter', () => {
    const text = yaml(
      'Parameters:',
      '  Delay: {Type: Number, AllowedValues: [10, 1000]}',
      'Conditions:',
      '  Slow: !Equals [!Ref AWS::Region, us-east-1]',
      'Resources:',
      '  A:',
      '    Type: AWS::SQS::Queue',
      '    Properties: {DelaySeconds: !If [Slow, 2000, 5]}',
      '  B:',
      '    Type: AWS::SQS::Queue',
      '    Properties: {DelaySeconds: !Ref Delay}',
    );
    assert.deepEqual(constraintFindings(text), [
      'E3034 Resources/A/Properties/DelaySeconds/Fn::If/1: DelaySeconds must be at most 900; 2000 is more',
      "E3034 Resources/B/Properties/DelaySeconds: DelaySeconds must be at most 900; 1000 is more (the value comes from one of the AllowedValues of parameter 'Delay': a stack given that value fails)",
    ]);
  });

  it('leaves a Default that is a dynamic reference alone: CloudFormation resolves it first', () => {
    const text = yaml(
      'Parameters:',
      "  Name: {Type: String, Default: '{{resolve:ssm:DBName:3}}'}",
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties: {DBName: !Ref Name, Engine: mysql, DBInstanceClass: db.t3.micro, AllocatedStorage: 20}',
    );
    assert.deepEqual(constraintFindings(text), []);
  });

  it('judges the Default of a parameter that allows any value as one a stack may keep: a warning, never an error', () => {
    const text = (delay: string, condition = '') =>
      yaml(
        'Parameters:',
        `  Delay: {Type: Number${delay}}`,
        'Conditions:',
        "  Delayed: !Not [!Equals [!Ref Delay, 1000]]",
        'Resources:',
        '  Q:',
        `    Type: AWS::SQS::Queue${condition}`,
        '    Properties: {DelaySeconds: !Ref Delay}',
      );
    const findings = analyze(parseTemplate(text(', Default: 1000'), 'yaml')).findings.filter((found) => found.ruleId === 'E3034');
    assert.deepEqual(
      findings.map((found) => [found.severity, found.message]),
      [['warning', "DelaySeconds must be at most 900; 1000 is more (the value comes from the Default of parameter 'Delay': a stack that keeps it fails)"]],
    );
    assert.deepEqual(constraintFindings(text(', Default: 60')), []);
    assert.deepEqual(constraintFindings(text('')), []);
    // A resource the Default's own value leaves out is never given it.
    assert.deepEqual(constraintFindings(text(', Default: 1000', '\n    Condition: Delayed')), []);
  });

  it('leaves out an Fn::If branch no deployment takes: every allowed value tested in turn, or against the resource condition', () => {
    const template = (allowed: string, resourceCondition = '') =>
      yaml(
        'Parameters:',
        `  Os: {Type: String, AllowedValues: [${allowed}]}`,
        'Conditions:',
        '  Linux: !Equals [!Ref Os, linux]',
        '  Windows: !Equals [!Ref Os, windows]',
        'Resources:',
        '  R:',
        '    Type: AWS::EC2::Instance',
        ...(resourceCondition ? [`    Condition: ${resourceCondition}`] : []),
        '    Properties:',
        '      ImageId: !If [Linux, ami-0123456789abcdef0, !If [Windows, ami-0123456789abcdef1, unknown]]',
      );
    assert.deepEqual(constraintFindings(template('linux, windows')), []);
    const fallback = ["E1152 Resources/R/Properties/ImageId/Fn::If/2/Fn::If/2: 'unknown' is not an AMI ID (ami- and 8 or 17 lowercase letters or digits, or resolve:ssm: and a Systems Manager parameter name)"];
    assert.deepEqual(constraintFindings(template('linux, windows, mac')), fallback);
    assert.deepEqual(constraintFindings(template('linux, windows, mac', 'Linux')), []);
  });

  it('skips what is only known at deploy time: defaults, GetAtt, ImportValue, Sub with variables, dynamic references', () => {
    const text = yaml(
      'Parameters:',
      '  Name: {Type: String, Default: ""}',
      '  Ami: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64}',
      'Resources:',
      '  Instance:',
      '    Type: AWS::EC2::Instance',
      '    Properties:',
      '      ImageId: !Ref Ami',
      '      SubnetId: !ImportValue network-subnet',
      '      KeyName: !Ref Name',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      QueueName: !Sub "${AWS::StackName}-${Name}"',
      '      KmsMasterKeyId: "{{resolve:ssm:/keys/queue}}"',
      '      DelaySeconds: !GetAtt Other.Delay',
    );
    assert.deepEqual(constraintFindings(text), []);
  });

  it('reads Fn::Sub without variables and Fn::Join of literals', () => {
    const text = yaml(
      'Resources:',
      '  A:',
      '    Type: AWS::SSM::Parameter',
      '    Properties: {Type: !Sub Secure, Value: x}',
      '  B:',
      '    Type: AWS::SSM::Parameter',
      '    Properties: {Type: !Join ["", [String, Lists]], Value: x}',
    );
    assert.deepEqual(constraintFindings(text).map((line) => line.split(':')[0]), ['E3030 Resources/A/Properties/Type', 'E3030 Resources/B/Properties/Type']);
  });

  it('works the same in JSON', () => {
    const text = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 901, "MessageRetentionPeriod": "30"}}}}';
    assert.deepEqual(constraintFindings(text, 'json'), [
      'E3034 Resources/Q/Properties/DelaySeconds: DelaySeconds must be at most 900; 901 is more',
      'E3034 Resources/Q/Properties/MessageRetentionPeriod: MessageRetentionPeriod must be at least 60; 30 is less',
    ]);
  });
});

describe('allowed values of the registry, property test', () => {
  const registryDir = join(import.meta.dirname, '../../../src/core/schema/registry');
  /** Top-level properties with allowed values: [type, property, values]. */
  const enumerated: [string, string, string[]][] = [];
  for (const file of readdirSync(registryDir).filter((name) => name !== 'index.json')) {
    const chunk = JSON.parse(readFileSync(join(registryDir, file), 'utf8')) as Record<string, { schema: SchemaObject }>;
    for (const [type, { schema }] of Object.entries(chunk)) {
      if (type.startsWith('AWS::Serverless::')) continue;
      for (const [name, member] of Object.entries(schema.properties ?? {})) {
        const resolved = typeof member === 'object' && member.$ref ? schema.definitions?.[member.$ref.replace('#/definitions/', '')] : member;
        if (typeof resolved === 'object' && resolved.enum && !resolved.type?.includes('array') && resolved.enum.every((value) => typeof value === 'string' && /^[\w.:/-]+$/.test(value))) {
          enumerated.push([type, name, resolved.enum as string[]]);
        }
      }
    }
  }

  it('finds hundreds of enumerated properties to sample', () => {
    assert.ok(enumerated.length > 500, String(enumerated.length));
  });

  it('accepts every allowed value and reports a changed one, on 60 sampled properties', () => {
    fc.assert(
      fc.property(fc.constantFrom(...enumerated), ([type, name, values]) => {
        const at = `Resources/R/Properties/${name}`;
        for (const value of values) {
          const found = constraintFindings(resource(type, `${name}: "${value}"`)).filter((line) => line.startsWith(`E3030 ${at}:`));
          assert.deepEqual(found, [], `${type} ${name}: ${value}`);
        }
        const changed = `${values[0]}Zz9`;
        const reported = constraintFindings(resource(type, `${name}: "${changed}"`)).filter((line) => line.startsWith(`E3030 ${at}:`));
        assert.equal(reported.length, 1, `${type} ${name}: ${changed}`);
      }),
      { seed: 20_261_204, numRuns: 60 },
    );
  });
});
