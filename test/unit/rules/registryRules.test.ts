import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setToday } from '../../../src/core/clock';
import { lambdaReservedVariablesRule } from '../../../src/core/rules/lambdaReservedVariables';
import { lambdaRuntimeRule } from '../../../src/core/rules/lambdaRuntime';
import { retiredServiceRule } from '../../../src/core/rules/retiredService';
import { route53RecordValuesRule } from '../../../src/core/rules/route53RecordValues';
import { s3AccessControlRule } from '../../../src/core/rules/s3AccessControl';
import { serverlessTransformRule } from '../../../src/core/rules/serverlessTransform';
import { unknownResourceAttributeRule } from '../../../src/core/rules/unknownResourceAttribute';
import { templateStructureRule } from '../../../src/core/rules/templateStructure';
import { REGISTRY_CONSTRAINT_RULES } from '../../../src/core/rules/registryConstraints';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';
import { gatedRun } from './gatedRun';
import type { Rule } from '../../../src/core/rules/rule';
import { yaml } from './schemaRulesHelper';

function found(rule: Rule, text: string, format: TemplateFormat = 'yaml'): string[] {
  return gatedRun(rule, parseTemplate(text, format)).map((item) => `${item.ruleId} ${item.severity} ${item.path?.join('/')}: ${item.message}`);
}

const functionWith = (runtime: string) =>
  yaml('Resources:', '  Fn:', '    Type: AWS::Lambda::Function', '    Properties:', `      Runtime: ${runtime}`, '      Handler: index.handler', '      Role: arn:aws:iam::123456789012:role/r', '      Code: {ZipFile: x}');

describe('Lambda runtimes by their dates', () => {
  after(() => setToday(undefined));

  it('blocks updates, then creation, and warns once deprecated, relative to today', () => {
    setToday('2026-12-04');
    assert.deepEqual(found(lambdaRuntimeRule, functionWith('python2.7')), [
      'E2533 error Resources/Fn/Properties/Runtime: Lambda no longer creates or updates functions on runtime python2.7: updates are blocked since 2022-05-30; move to python3.14',
    ]);
    assert.deepEqual(found(lambdaRuntimeRule, functionWith('python3.13')), []);
    // dotnet6: deprecated 2024-12-20, creation blocked 2027-02-01, updates 2027-03-03.
    assert.match(found(lambdaRuntimeRule, functionWith('dotnet6'))[0], /^W2531 warning .*deprecated since 2024-12-20/);
    setToday('2027-02-10');
    assert.match(found(lambdaRuntimeRule, functionWith('dotnet6'))[0], /^E2531 error .*no longer creates functions on runtime dotnet6 \(blocked since 2027-02-01; updates end 2027-03-03\)/);
    setToday('2027-03-03');
    assert.match(found(lambdaRuntimeRule, functionWith('dotnet6'))[0], /^E2533 error /);
  });

  it('reads SAM Globals and each AllowedValue of a parameter', () => {
    setToday('2026-12-04');
    const text = yaml(
      'Transform: AWS::Serverless-2016-10-31',
      'Parameters:',
      '  Runtime: {Type: String, AllowedValues: [nodejs22.x, nodejs12.x]}',
      'Globals:',
      '  Function:',
      '    Runtime: nodejs8.10',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {Runtime: !Ref Runtime, Handler: index.handler, CodeUri: s3://b/k}',
    );
    assert.deepEqual(found(lambdaRuntimeRule, text).map((line) => line.split(':')[0]), ['E2533 warning Resources/Fn/Properties/Runtime', 'E2533 error Globals/Function/Runtime']);
    assert.match(found(lambdaRuntimeRule, text)[0], /runtime nodejs12\.x: .* \(the value comes from one of the AllowedValues of parameter 'Runtime': a stack given that value fails\)$/);
  });

  it('says a deprecated runtime a parameter allows comes from it, without saying its stacks fail (they deploy)', () => {
    setToday('2026-12-04');
    const text = yaml(
      'Parameters:',
      '  Runtime: {Type: String, Default: python3.13, AllowedValues: [python3.13, python3.9, dotnet6]}',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '    Properties: {Runtime: !Ref Runtime, Handler: index.handler, Role: arn:aws:iam::123456789012:role/r, Code: {ZipFile: x}}',
    );
    assert.deepEqual(found(lambdaRuntimeRule, text), [
      "W2531 warning Resources/Fn/Properties/Runtime: Runtimes deprecated, with no more security patches: python3.9, dotnet6 (each is one of the AllowedValues of parameter 'Runtime')",
    ]);
  });

  it('is an error when every runtime a parameter allows is blocked (no stack deploys), a warning while one deploys', () => {
    setToday('2026-12-04');
    const text = (allowed: string) =>
      yaml(
        'Parameters:',
        `  Runtime: {Type: String, AllowedValues: [${allowed}]}`,
        'Resources:',
        '  Fn:',
        '    Type: AWS::Lambda::Function',
        '    Properties: {Runtime: !Ref Runtime, Handler: index.handler, Role: arn:aws:iam::123456789012:role/r, Code: {ZipFile: x}}',
      );
    assert.deepEqual(found(lambdaRuntimeRule, text('python2.7, nodejs12.x')).map((line) => line.split(':')[0]), ['E2533 error Resources/Fn/Properties/Runtime']);
    assert.deepEqual(found(lambdaRuntimeRule, text('python2.7, python3.13')).map((line) => line.split(':')[0]), ['E2533 warning Resources/Fn/Properties/Runtime']);
  });

  it('names every runtime of one verdict that a parameter allows in one finding', () => {
    setToday('2026-12-04');
    const text = yaml(
      'Parameters:',
      '  Runtime: {Type: String, Default: python2.7, AllowedValues: [python3.13, python2.7, nodejs12.x, python3.7]}',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '    Properties: {Runtime: !Ref Runtime, Handler: index.handler, Role: arn:aws:iam::123456789012:role/r, Code: {ZipFile: x}}',
    );
    // The Default fails every stack created without a value (an error); the other choices fail the stacks given them (warnings).
    assert.deepEqual(found(lambdaRuntimeRule, text), [
      "E2533 error Resources/Fn/Properties/Runtime: Lambda no longer creates or updates functions on runtime python2.7: updates are blocked since 2022-05-30; move to python3.14 (the value comes from the Default of parameter 'Runtime')",
      "E2533 warning Resources/Fn/Properties/Runtime: Lambda no longer creates or updates functions on runtime nodejs12.x: updates are blocked since 2023-04-30; move to nodejs24.x (the value comes from one of the AllowedValues of parameter 'Runtime': a stack given that value fails)",
      "E2531 warning Resources/Fn/Properties/Runtime: Lambda no longer creates functions on runtime python3.7 (blocked since 2024-01-09; updates end 2027-03-03); move to python3.14 (the value comes from one of the AllowedValues of parameter 'Runtime': a stack given that value fails)",
    ]);
  });
});

describe('retired services', () => {
  it('reports a shut-down service as an error and a maintenance one as a warning', () => {
    const text = yaml('Resources:', '  Channel:', '    Type: AWS::IoTAnalytics::Channel', '  Config:', '    Type: AWS::AutoScaling::LaunchConfiguration', '    Properties: {ImageId: ami-12345678, InstanceType: t3.micro}');
    const lines = found(retiredServiceRule, text);
    assert.equal(lines[0], 'E3710 error Resources/Channel/Type: AWS::IoTAnalytics::Channel belongs to a service AWS shut down on 2025-12-15: CloudFormation can no longer create it');
    assert.deepEqual(lines.slice(1), [
      'W3697 warning Resources/Config/Type: AWS::AutoScaling::LaunchConfiguration belongs to a service in maintenance mode since 2024-10-01: ' +
        'accounts created on or after 2024-10-01 cannot create launch configurations by any method, CloudFormation included, ' +
        'and they support no instance type added since 2023-01-01; use an AWS::EC2::LaunchTemplate',
    ]);
    const opsWorks = found(retiredServiceRule, yaml('Resources:', '  Stack:', '    Type: AWS::OpsWorks::Stack'));
    assert.deepEqual(opsWorks, ['E3710 error Resources/Stack/Type: AWS::OpsWorks::Stack belongs to a service AWS shut down on 2024-05-26: CloudFormation can no longer create it']);
    const sqlAnalytics = found(retiredServiceRule, yaml('Resources:', '  App:', '    Type: AWS::KinesisAnalytics::Application'));
    assert.deepEqual(sqlAnalytics, ['E3710 error Resources/App/Type: AWS::KinesisAnalytics::Application belongs to a service AWS shut down on 2026-01-27: CloudFormation can no longer create it']);
    const timestream = found(retiredServiceRule, yaml('Resources:', '  Db:', '    Type: AWS::Timestream::Database'));
    assert.deepEqual(timestream, ['W3697 warning Resources/Db/Type: AWS::Timestream::Database belongs to a service in maintenance mode since 2025-06-20: it gets no new features; consider an alternative']);
    const cloud9 = found(retiredServiceRule, yaml('Resources:', '  Ide:', '    Type: AWS::Cloud9::EnvironmentEC2'));
    assert.match(cloud9[0], /since 2024-07-25: AWS Cloud9 is no longer available to new customers/);
  });

  it('dates WAF Classic from its end of support', () => {
    try {
      setToday('2026-12-07');
      assert.deepEqual(found(retiredServiceRule, yaml('Resources:', '  Acl:', '    Type: AWS::WAFRegional::WebACL')), [
        'W3696 warning Resources/Acl/Type: AWS::WAFRegional::WebACL belongs to a service AWS stopped supporting on 2025-09-30: it may no longer create resources; move to an alternative',
      ]);
    } finally {
      setToday(undefined);
    }
  });

  it('words a retiring service by whether its end of support has passed', () => {
    const text = yaml('Resources:', '  Mesh:', '    Type: AWS::AppMesh::Mesh', '  Detector:', '    Type: AWS::FraudDetector::Detector');
    try {
      setToday('2025-06-15');
      assert.deepEqual(found(retiredServiceRule, text), [
        'W3696 warning Resources/Mesh/Type: AWS::AppMesh::Mesh belongs to a service AWS will retire on 2026-09-30: it may stop accepting new resources; move to an alternative',
        'W3696 warning Resources/Detector/Type: AWS::FraudDetector::Detector belongs to a service AWS will retire on 2025-11-07: it may stop accepting new resources; move to an alternative',
      ]);
      setToday('2026-12-05');
      assert.deepEqual(found(retiredServiceRule, text), [
        // App Mesh resources cannot even be reached after its end of support: a shutdown once the date has passed.
        'E3710 error Resources/Mesh/Type: AWS::AppMesh::Mesh belongs to a service AWS shut down on 2026-09-30: CloudFormation can no longer create it',
        'W3696 warning Resources/Detector/Type: AWS::FraudDetector::Detector belongs to a service AWS stopped supporting on 2025-11-07: it may no longer create resources; move to an alternative',
      ]);
    } finally {
      setToday(undefined);
    }
  });

  it('holds CodeGuru Reviewer associations closed to new ones, and leaves the Pinpoint channels End User Messaging keeps alone', () => {
    const text = yaml('Resources:', '  Assoc:', '    Type: AWS::CodeGuruReviewer::RepositoryAssociation', '    Properties: {Name: repo, Type: CodeCommit}',
      '  App:', '    Type: AWS::Pinpoint::App', '    Properties: {Name: sms}', '  Sms:', '    Type: AWS::Pinpoint::SMSChannel', '    Properties: {ApplicationId: !Ref App}',
      '  Segment:', '    Type: AWS::Pinpoint::Segment', '    Properties: {ApplicationId: !Ref App, Name: all}');
    try {
      setToday('2026-12-05');
      assert.deepEqual(found(retiredServiceRule, text), [
        'E3710 error Resources/Assoc/Type: AWS::CodeGuruReviewer::RepositoryAssociation can no longer be created: AWS takes no new ones since 2025-11-07 (those created before keep working); move to an alternative',
        'E3710 error Resources/Segment/Type: AWS::Pinpoint::Segment belongs to a service AWS shut down on 2026-10-30: CloudFormation can no longer create it',
      ]);
    } finally {
      setToday(undefined);
    }
  });

  it('holds Greengrass V1 shut down since its end of support', () => {
    const text = yaml('Resources:', '  Group:', '    Type: AWS::Greengrass::Group', '    Properties: {Name: g}');
    try {
      setToday('2026-12-05');
      assert.deepEqual(found(retiredServiceRule, text), [
        'E3710 error Resources/Group/Type: AWS::Greengrass::Group belongs to a service AWS shut down on 2026-10-07: CloudFormation can no longer create it',
      ]);
    } finally {
      setToday(undefined);
    }
  });
});

describe('E3038 SAM types need the transform', () => {
  it('reports them without it, and not with it or behind a macro', () => {
    const body = ['Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties: {Handler: a.b, Runtime: python3.13, CodeUri: s3://b/k}'];
    assert.equal(found(serverlessTransformRule, yaml(...body)).length, 1);
    assert.deepEqual(found(serverlessTransformRule, yaml('Transform: AWS::Serverless-2016-10-31', ...body)), []);
    assert.deepEqual(found(serverlessTransformRule, yaml('Transform: MyMacro', ...body)), []);
    assert.equal(found(serverlessTransformRule, yaml('Transform: AWS::LanguageExtensions', ...body)).length, 1);
  });
});

describe('E3045 canned ACLs on buckets with ACLs disabled', () => {
  const bucket = (...properties: string[]) => yaml('Resources:', '  Site:', '    Type: AWS::S3::Bucket', '    Properties:', ...properties.map((line) => `      ${line}`));

  it('reports a public ACL without OwnershipControls, or with bucket owner enforced', () => {
    assert.equal(found(s3AccessControlRule, bucket('AccessControl: PublicRead')).length, 1);
    assert.equal(found(s3AccessControlRule, bucket('AccessControl: PublicRead', 'OwnershipControls: {Rules: [{ObjectOwnership: BucketOwnerEnforced}]}')).length, 1);
  });

  it('accepts private ACLs, or ACLs enabled by OwnershipControls', () => {
    assert.deepEqual(found(s3AccessControlRule, bucket('AccessControl: Private')), []);
    assert.deepEqual(found(s3AccessControlRule, bucket('AccessControl: LogDeliveryWrite', 'OwnershipControls: {Rules: [{ObjectOwnership: ObjectWriter}]}')), []);
    assert.deepEqual(found(s3AccessControlRule, bucket('AccessControl: !Ref Acl')), []);
  });
});

describe('E3023 Route 53 record values', () => {
  const record = (type: string, ...values: string[]) =>
    yaml('Resources:', '  Record:', '    Type: AWS::Route53::RecordSet', '    Properties:', '      HostedZoneName: example.com.', '      Name: www.example.com.', `      Type: ${type}`, '      TTL: "300"', '      ResourceRecords:', ...values.map((value) => `        - ${value}`));

  it('checks each value against the record type', () => {
    assert.deepEqual(found(route53RecordValuesRule, record('A', '192.0.2.10', '192.0.2.300')).map((line) => line.split(':')[0]), ['E3023 error Resources/Record/Properties/ResourceRecords/1']);
    assert.equal(found(route53RecordValuesRule, record('AAAA', '2001:db8::1', '192.0.2.1')).length, 1);
    assert.equal(found(route53RecordValuesRule, record('TXT', `'"v=spf1 include:amazonses.com ~all"'`, 'unquoted')).length, 1);
    assert.equal(found(route53RecordValuesRule, record('TXT', `'"${'a'.repeat(256)}"'`)).length, 1);
    assert.deepEqual(found(route53RecordValuesRule, record('TXT', `'"${'a'.repeat(255)}" "second \\" part"'`)), []);
    assert.equal(found(route53RecordValuesRule, record('MX', '10 mail.example.com', 'mail.example.com')).length, 1);
    assert.equal(found(route53RecordValuesRule, record('CNAME', 'a.example.com', 'b.example.com')).length, 1);
    assert.deepEqual(found(route53RecordValuesRule, record('A', '!GetAtt Instance.PublicIp')), []);
  });
});

describe('template structure', () => {
  it('E1001: sections hold what they must, and a template has Resources', () => {
    assert.deepEqual(found(templateStructureRule, yaml('AWSTemplateFormatVersion: "2010-09-09"', 'Conditions:', '  - IsProd: true', 'Outputs: {}')), [
      "E1001 error Conditions: The Conditions section must be an object, but it is a list",
      'E1001 error Resources: A template must have a Resources section with at least one resource',
    ]);
    assert.deepEqual(found(templateStructureRule, yaml('Transform: AWS::LanguageExtensions', 'Resources:', '  Fn::ForEach::Topics:', '    - Name', '    - [A, B]', '    - Topic${Name}: {Type: AWS::SNS::Topic}')), []);
    // A section written twice: CloudFormation keeps the last copy, so an empty first one is no problem.
    assert.deepEqual(found(templateStructureRule, yaml('Outputs:', 'Resources:', '  T: {Type: AWS::SNS::Topic}', 'Outputs:', '  Arn: {Value: !Ref T}')), []);
    // AWS::Include declared as the Transform section, with its parameters.
    assert.deepEqual(found(templateStructureRule, yaml('Transform:', '  Name: AWS::Include', '  Parameters: {Location: s3://bucket/part.yaml}', 'Resources:', '  T: {Type: AWS::SNS::Topic}')), []);
  });

  it('E1003: the template Description is at most 1,024 bytes (counted in UTF-8)', () => {
    const template = (description: string) => yaml(`Description: "${description}"`, 'Resources:', '  T: {Type: AWS::SNS::Topic}');
    assert.deepEqual(found(templateStructureRule, template('a'.repeat(1024))), []);
    assert.deepEqual(found(templateStructureRule, template('é'.repeat(513))), [
      'E1003 error Description: The template Description is 1,026 bytes: CloudFormation takes at most 1,024 and rejects the template',
    ]);
  });

  it('E3001: a resource is an object with a string Type', () => {
    assert.deepEqual(found(templateStructureRule, yaml('Resources:', '  Empty:', '  NoType:', '    Properties: {}', '  MapType:', '    Type: {Rain::Module: x.yml}')), [
      "E3001 error Resources/Empty: Resource 'Empty' must be an object with a Type",
      "E3001 error Resources/NoType: Resource 'NoType' has no Type",
      'E3001 error Resources/MapType/Type: Type must be a string, but it is an object',
    ]);
  });

  it('E2001: parameters have a Type and only parameter properties, each of its kind', () => {
    const text = yaml(
      'Parameters:',
      '  Missing: {Description: no type}',
      '  Typo: {Type: String, Defualt: x}',
      '  Length: {Type: String, MaxLength: ten}',
      '  Echo: {Type: String, NoEcho: "true"}',
      '  EchoCased: {Type: String, NoEcho: "True"}',
      '  EchoWord: {Type: String, NoEcho: "yes please"}',
      '  Values: {Type: String, AllowedValues: [a, {b: c}]}',
      'Resources:',
      '  Topic: {Type: AWS::SNS::Topic}',
    );
    assert.deepEqual(found(templateStructureRule, text), [
      "E2001 error Parameters/Missing: Parameter 'Missing' has no Type: every parameter needs one",
      "E2001 error Parameters/Typo/Defualt: 'Defualt' is not a parameter property; did you mean 'Default'?",
      "E2001 error Parameters/Length/MaxLength: MaxLength must be a whole number, but it is 'ten'",
      "E2001 error Parameters/EchoWord/NoEcho: NoEcho must be true or false, but it is 'yes please'",
      'E2001 error Parameters/Values/AllowedValues: AllowedValues must list plain values (no objects, lists or functions)',
    ]);
  });

  it('works in JSON', () => {
    assert.deepEqual(found(templateStructureRule, '{"Resources": {"A": {"Type": ["AWS::SNS::Topic"]}}}', 'json'), ['E3001 error Resources/A/Type: Type must be a string, but it is a list']);
  });

  it('reads a parameter written twice as CloudFormation does, the last copy only', () => {
    const text = yaml('Parameters:', '  Peer:', '  Peer:', '    Type: String', 'Resources:', '  Topic: {Type: AWS::SNS::Topic}');
    assert.deepEqual(found(templateStructureRule, text), []);
  });

  it('takes an Fn::Transform entry of Resources (AWS::Include) as what splices resources in, not as a resource', () => {
    const text = yaml('Resources:', '  Topic: {Type: AWS::SNS::Topic}', "  'Fn::Transform':", '    Name: AWS::Include', '    Parameters: {Location: s3://bucket/part.yaml}');
    assert.deepEqual(found(templateStructureRule, text), []);
    assert.deepEqual(found(unknownResourceAttributeRule, text), []);
  });
});

describe('SAM types against the SAM schema', () => {
  const samFunction = (...events: string[]) =>
    yaml(
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Pool: {Type: AWS::Cognito::UserPool}',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Handler: app.handler',
      '      Runtime: python3.13',
      '      CodeUri: src/',
      '      Events:',
      ...events.map((line) => `        ${line}`),
    );
  const anyOf = REGISTRY_CONSTRAINT_RULES.find((rule) => rule.id === 'E3017')!;

  it('accepts a Cognito trigger as one name or a list, as the SAM reference gives it', () => {
    assert.deepEqual(found(anyOf, samFunction('One: {Type: Cognito, Properties: {UserPool: !Ref Pool, Trigger: PreSignUp}}')), []);
    assert.deepEqual(found(anyOf, samFunction('Two: {Type: Cognito, Properties: {UserPool: !Ref Pool, Trigger: [PreSignUp, PostConfirmation]}}')), []);
  });

  it('accepts DeploymentPreference alarms given by name or by Ref, which SAM wraps as {Name: alarm} either way, and not one bare name', () => {
    const withAlarms = (alarms: string) =>
      yaml('Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Errors: {Type: AWS::CloudWatch::Alarm}', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      Handler: app.handler', '      Runtime: python3.13', '      CodeUri: src/', '      AutoPublishAlias: live', `      DeploymentPreference: {Type: Canary10Percent5Minutes, Alarms: ${alarms}}`);
    assert.deepEqual(found(anyOf, withAlarms('[my-fn-errors, !Ref Errors]')), []);
    assert.equal(found(anyOf, withAlarms('my-fn-errors')).length, 1);
  });

  it('warns, and does not reject, where a value matches none of the forms, giving every reason of the form its Type names', () => {
    assert.deepEqual(found(anyOf, samFunction('Bad: {Type: Cognito, Properties: {UserPool: !Ref Pool, Trigger: PreSignUp, Extra: 1}}')), [
      'E3017 warning Resources/Fn/Properties/Events/Bad: This object does not fit the Type Cognito form of Bad (Extra is not a property here)',
    ]);
  });

  it('judges an event as the form its Type names: what SAM passes to the event source mapping is held to its limits, as errors', () => {
    const feed = samFunction('Feed: {Type: Kinesis, Properties: {Stream: !GetAtt Stream.Arn, StartingPosition: OLDEST, ParallelizationFactor: 20}}');
    assert.deepEqual(found(anyOf, feed), []);
    const rules = REGISTRY_CONSTRAINT_RULES.filter((rule) => rule.id === 'E3031' || rule.id === 'E3034');
    assert.deepEqual(rules.flatMap((rule) => found(rule, feed)), [
      "E3031 error Resources/Fn/Properties/Events/Feed/Properties/StartingPosition: 'OLDEST' is not a valid StartingPosition: it must match (LATEST|TRIM_HORIZON|AT_TIMESTAMP)+",
      'E3034 error Resources/Fn/Properties/Events/Feed/Properties/ParallelizationFactor: ParallelizationFactor must be at most 10; 20 is more',
    ]);
  });
});

describe('E3663 environment variables Lambda reserves', () => {
  it('reports a reserved key on a function, a SAM function and SAM Globals, and leaves the others alone (and one AWS::NoValue removes)', () => {
    const text = yaml(
      'Transform: AWS::Serverless-2016-10-31',
      'Globals:',
      '  Function:',
      '    Environment: {Variables: {AWS_DEFAULT_REGION: eu-west-1, LOG_LEVEL: info}}',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      Role: arn:aws:iam::123456789012:role/r',
      '      Code: {ZipFile: x}',
      '      Environment: {Variables: {AWS_REGION: !Ref AWS::Region, TZ: UTC, AWS_LAMBDA_EXEC_WRAPPER: /opt/wrapper}}',
      '  Sam:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {Handler: a.b, Runtime: python3.13, CodeUri: s3://b/k, Environment: {Variables: {_HANDLER: x, _X_AMZN_TRACE_ID: !Ref AWS::NoValue}}}',
    );
    assert.deepEqual(found(lambdaReservedVariablesRule, text), [
      'E3663 error Resources/Fn/Properties/Environment/Variables/AWS_REGION: Lambda reserves the environment variable AWS_REGION and sets it itself: a function that sets it is not created or updated',
      'E3663 error Resources/Sam/Properties/Environment/Variables/_HANDLER: Lambda reserves the environment variable _HANDLER and sets it itself: a function that sets it is not created or updated',
      'E3663 error Globals/Function/Environment/Variables/AWS_DEFAULT_REGION: Lambda reserves the environment variable AWS_DEFAULT_REGION and sets it itself: a function that sets it is not created or updated',
    ]);
  });
});

describe('Lambda runtimes of functions never created', () => {
  after(() => setToday(undefined));

  it('leave a function whose Condition can never hold alone, and judge one whose Condition may', () => {
    setToday('2026-12-04');
    const guarded = (condition: string) =>
      yaml('Parameters:', '  Env: {Type: String}', 'Conditions:', `  Guard: ${condition}`, 'Resources:', '  Fn:', '    Type: AWS::Lambda::Function', '    Condition: Guard', '    Properties:', '      Runtime: python2.7', '      Handler: index.handler', '      Role: arn:aws:iam::123456789012:role/r', '      Code: {ZipFile: x}');
    assert.deepEqual(found(lambdaRuntimeRule, guarded('!Equals [true, false]')), []);
    assert.equal(found(lambdaRuntimeRule, guarded('!Equals [!Ref Env, prod]')).length, 1);
  });
});
