/**
 * The limits scripts/registry-corrections.json adds where the registry schema has none, as the linter
 * applies them: each refuses a value the service refuses and accepts one it takes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from './schemaHelper';

useGeneratedSchema();

const CONSTRAINT_IDS = /^(E3030|E3031|E3033|E3034)$/;

/** `id path: message` of the registry-constraint findings of a YAML template. */
function constraintFindings(...lines: string[]): string[] {
  return findingsOf(CONSTRAINT_IDS, lines);
}

function findingsOf(ids: RegExp, lines: string[]): string[] {
  return analyze(parseTemplate([...lines, ''].join('\n'), 'yaml'))
    .findings.filter((found) => ids.test(found.ruleId))
    .map((found) => `${found.ruleId} ${found.path?.join('/')}: ${found.message}`);
}

/** A template whose one resource R has the given property lines. */
const resource = (type: string, ...properties: string[]) => constraintFindings('Resources:', '  R:', `    Type: ${type}`, '    Properties:', ...properties.map((line) => `      ${line}`));

/** The findings of rules `ids` about a template whose one resource R has the given property lines. */
const resourceFindings = (ids: RegExp, type: string, ...properties: string[]) =>
  findingsOf(ids, ['Resources:', '  R:', `    Type: ${type}`, '    Properties:', ...properties.map((line) => `      ${line}`)]);

describe('registry corrections: allowed values, patterns and ranges the schemas lack', () => {
  it('E3031 a managed Config rule is named by its identifier, not its rule name; custom rules are left alone', () => {
    const rule = (owner: string, identifier: string) => resource('AWS::Config::ConfigRule', 'Source:', `  Owner: ${owner}`, `  SourceIdentifier: ${identifier}`);
    assert.equal(rule('AWS', 's3-bucket-versioning-enabled').length, 1);
    assert.deepEqual(rule('AWS', 'S3_BUCKET_VERSIONING_ENABLED'), []);
    assert.deepEqual(rule('CUSTOM_LAMBDA', 'arn:aws:lambda:us-east-1:123456789012:function:check'), []);
  });

  it('E3031 a load balancer name may not start with internal-', () => {
    assert.deepEqual(resource('AWS::ElasticLoadBalancingV2::LoadBalancer', 'Name: internal-orders'), [
      "E3031 Resources/R/Properties/Name: 'internal-orders' is not a valid Name: letters, digits and hyphens, neither starting nor ending with a hyphen, and not starting with internal-",
    ]);
    assert.deepEqual(resource('AWS::ElasticLoadBalancingV2::LoadBalancer', 'Name: orders-internal'), []);
  });

  it('E3031 a pipeline stage name holds no spaces; E3034 and E3021 CloudFront origin connection limits and Origin Shield Region', () => {
    const stage = (name: string) =>
      resource('AWS::CodePipeline::Pipeline', 'RoleArn: arn:aws:iam::123456789012:role/pipeline', 'ArtifactStore: { Type: S3, Location: artifacts }', 'Stages:', `  - Name: ${name}`, '    Actions: []');
    assert.deepEqual(stage("'Smoke Test (DR)'"), ["E3031 Resources/R/Properties/Stages/0/Name: 'Smoke Test (DR)' is not a valid Name: letters, digits and . @ - _ only (no spaces or parentheses)"]);
    assert.deepEqual(stage('Smoke-Test.DR'), []);
    const origin = (...lines: string[]) =>
      resourceFindings(/^(E3034|E3021)$/, 'AWS::CloudFront::Distribution', 'DistributionConfig:', '  Enabled: true', '  DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: allow-all }', '  Origins:', '    - Id: o', '      DomainName: example.com', '      CustomOriginConfig: { OriginProtocolPolicy: https-only }', ...lines.map((line) => `      ${line}`));
    assert.deepEqual(origin('ConnectionAttempts: 5', 'ConnectionTimeout: 15', 'OriginShield: { Enabled: true }'), [
      'E3034 Resources/R/Properties/DistributionConfig/Origins/0/ConnectionAttempts: ConnectionAttempts must be at most 3; 5 is more',
      'E3034 Resources/R/Properties/DistributionConfig/Origins/0/ConnectionTimeout: ConnectionTimeout must be at most 10; 15 is more',
      'E3021 Resources/R/Properties/DistributionConfig/Origins/0/OriginShield/Enabled: OriginShieldRegion is required when Enabled is true',
    ]);
    assert.deepEqual(origin('ConnectionAttempts: 3', 'ConnectionTimeout: 10', 'OriginShield: { Enabled: true, OriginShieldRegion: us-east-1 }'), []);
    assert.deepEqual(origin('OriginShield: { Enabled: false }'), []);
  });

  it('E3020 a SAM function LoggingConfig is judged as its Lambda function LoggingConfig: no log level with Text logs', () => {
    const logging = (format: string) =>
      resourceFindings(/^E3020$/, 'AWS::Serverless::Function', 'Runtime: python3.12', 'Handler: index.handler', 'InlineCode: x', 'LoggingConfig:', `  LogFormat: ${format}`, '  ApplicationLogLevel: INFO');
    assert.deepEqual(logging('Text'), ['E3020 Resources/R/Properties/LoggingConfig/ApplicationLogLevel: ApplicationLogLevel cannot be given when LogFormat is Text']);
    assert.deepEqual(logging('JSON'), []);
    // SAM merges a map of Globals.Function into the function's own key by key: the LogFormat may come from there.
    const merged = findingsOf(/^E3020$/, [
      'Transform: AWS::Serverless-2016-10-31',
      'Globals:',
      '  Function:',
      '    LoggingConfig: {LogFormat: JSON}',
      'Resources:',
      '  R:',
      '    Type: AWS::Serverless::Function',
      '    Properties: {Runtime: python3.12, Handler: index.handler, InlineCode: x, LoggingConfig: {ApplicationLogLevel: INFO}}',
    ]);
    assert.deepEqual(merged, []);
  });

  it('E3031 a geolocation record names an ISO 3166-1 alpha-2 country, or * for the default', () => {
    const geo = (code: string) =>
      resource('AWS::Route53::RecordSet', 'HostedZoneName: example.com.', 'Name: www.example.com.', 'Type: A', 'TTL: 60', 'ResourceRecords: [192.0.2.1]', 'SetIdentifier: geo', `GeoLocation: {CountryCode: ${code}}`);
    assert.deepEqual(geo('UK'), ["E3031 Resources/R/Properties/GeoLocation/CountryCode: 'UK' is not a valid CountryCode: an ISO 3166-1 alpha-2 country code (GB for the United Kingdom, not UK), or * for the default record"]);
    assert.deepEqual(geo('GB'), []);
    assert.deepEqual(geo('UA'), []);
    assert.deepEqual(geo('XK'), []);
    assert.deepEqual(geo("'*'"), []);
  });

  it('E3031/E3034 a secret rotates at most every four hours, and AutomaticallyAfterDays is 1 to 1000', () => {
    const rotation = (rule: string) =>
      resource('AWS::SecretsManager::RotationSchedule', 'SecretId: my-secret', 'RotationLambdaARN: arn:aws:lambda:us-east-1:123456789012:function:rotate', 'RotationRules:', `  ${rule}`);
    assert.deepEqual(rotation('ScheduleExpression: rate(2 hours)'), [
      "E3031 Resources/R/Properties/RotationRules/ScheduleExpression: 'rate(2 hours)' is not a valid ScheduleExpression: Secrets Manager rotates a secret at most every four hours, and rate() takes hours or days",
    ]);
    assert.equal(rotation('ScheduleExpression: rate(30 minutes)').length, 1);
    assert.deepEqual(rotation('ScheduleExpression: rate(4 hours)'), []);
    assert.deepEqual(rotation('ScheduleExpression: rate(10 days)'), []);
    assert.deepEqual(rotation("ScheduleExpression: 'cron(0 8 1 * ? *)'"), []);
    assert.deepEqual(rotation('AutomaticallyAfterDays: 0'), ['E3034 Resources/R/Properties/RotationRules/AutomaticallyAfterDays: AutomaticallyAfterDays must be at least 1; 0 is less']);
    assert.deepEqual(rotation('AutomaticallyAfterDays: 30'), []);
  });

  it('E3030 a pipeline action Owner is AWS, ThirdParty or Custom', () => {
    const pipeline = (owner: string) =>
      resource(
        'AWS::CodePipeline::Pipeline',
        'RoleArn: arn:aws:iam::123456789012:role/pipeline',
        'ArtifactStore: { Type: S3, Location: artifacts }',
        'Stages:',
        `  - { Name: Deploy, Actions: [{ Name: Deploy, ActionTypeId: { Category: Deploy, Owner: ${owner}, Provider: CloudFormation, Version: '1' }, InputArtifacts: [{ Name: Src }] }] }`,
      );
    assert.deepEqual(pipeline('Amazon'), [
      "E3030 Resources/R/Properties/Stages/0/Actions/0/ActionTypeId/Owner: Owner must be one of AWS, ThirdParty, Custom, not 'Amazon'",
    ]);
    for (const owner of ['AWS', 'ThirdParty', 'Custom']) assert.deepEqual(pipeline(owner), [], owner);
  });

  it('E3030 a lifecycle hook given on the Auto Scaling group takes the two transitions the LifecycleHook resource takes', () => {
    const group = (transition: string) =>
      resource(
        'AWS::AutoScaling::AutoScalingGroup',
        'MinSize: "1"',
        'MaxSize: "2"',
        'LaunchTemplate: { LaunchTemplateId: lt-0123456789abcdef0, Version: "1" }',
        `LifecycleHookSpecificationList: [{ LifecycleHookName: drain, LifecycleTransition: '${transition}' }]`,
      );
    assert.deepEqual(group('autoscaling:EC2_INSTANCE_TERMINATE'), [
      "E3030 Resources/R/Properties/LifecycleHookSpecificationList/0/LifecycleTransition: LifecycleTransition must be one of autoscaling:EC2_INSTANCE_LAUNCHING, autoscaling:EC2_INSTANCE_TERMINATING, not 'autoscaling:EC2_INSTANCE_TERMINATE' (did you mean 'autoscaling:EC2_INSTANCE_TERMINATING'?)",
    ]);
    assert.deepEqual(group('autoscaling:EC2_INSTANCE_TERMINATING'), []);
    assert.deepEqual(group('autoscaling:EC2_INSTANCE_LAUNCHING'), []);
  });

  it('E3034 a forward action weighs each target group 0 to 999, on a listener and on a rule', () => {
    const listener = (weight: number) =>
      resource(
        'AWS::ElasticLoadBalancingV2::Listener',
        'LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef',
        'Protocol: HTTP',
        'Port: 80',
        `DefaultActions: [{ Type: forward, ForwardConfig: { TargetGroups: [{ TargetGroupArn: blue, Weight: ${weight} }, { TargetGroupArn: green, Weight: 0 }] } }]`,
      );
    assert.deepEqual(listener(1000), ['E3034 Resources/R/Properties/DefaultActions/0/ForwardConfig/TargetGroups/0/Weight: Weight must be at most 999; 1000 is more']);
    assert.deepEqual(listener(999), []);
    const rule = (weight: number) =>
      resource(
        'AWS::ElasticLoadBalancingV2::ListenerRule',
        'ListenerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/0123456789abcdef/0123456789abcdef',
        'Priority: 1',
        'Conditions: [{ Field: path-pattern, PathPatternConfig: { Values: [/api/*] } }]',
        `Actions: [{ Type: forward, ForwardConfig: { TargetGroups: [{ TargetGroupArn: blue, Weight: ${weight} }] } }]`,
      );
    assert.deepEqual(rule(-1), ['E3034 Resources/R/Properties/Actions/0/ForwardConfig/TargetGroups/0/Weight: Weight must be at least 0; -1 is less']);
    assert.deepEqual(rule(0), []);
  });

  it('E3030 a Config rule is owned by AWS, CUSTOM_LAMBDA or CUSTOM_POLICY', () => {
    const rule = (owner: string) => resource('AWS::Config::ConfigRule', `Source: { Owner: ${owner}, SourceIdentifier: S3_BUCKET_VERSIONING_ENABLED }`);
    assert.deepEqual(rule('AMAZON'), ["E3030 Resources/R/Properties/Source/Owner: Owner must be one of CUSTOM_LAMBDA, AWS, CUSTOM_POLICY, not 'AMAZON'"]);
    assert.deepEqual(rule('AWS'), []);
  });

  it('E3030 an API Gateway method authorization type and logging level take the API values, in any letter case', () => {
    const method = (type: string) =>
      resource('AWS::ApiGateway::Method', 'RestApiId: abc123', 'ResourceId: def456', 'HttpMethod: GET', `AuthorizationType: ${type}`, 'Integration: { Type: MOCK }');
    assert.deepEqual(method('IAM'), ["E3030 Resources/R/Properties/AuthorizationType: AuthorizationType must be one of NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS, not 'IAM'"]);
    assert.deepEqual(method('AWS_IAM'), []);
    assert.deepEqual(method('none'), []);
    const stage = (level: string) =>
      resource('AWS::ApiGateway::Stage', 'RestApiId: abc123', 'DeploymentId: dep123', 'StageName: prod', `MethodSettings: [{ ResourcePath: /*, HttpMethod: '*', LoggingLevel: ${level} }]`);
    assert.deepEqual(stage('DEBUG'), ["E3030 Resources/R/Properties/MethodSettings/0/LoggingLevel: LoggingLevel must be one of OFF, ERROR, INFO, not 'DEBUG'"]);
    assert.deepEqual(stage('INFO'), []);
    const deployment = (level: string) =>
      resource('AWS::ApiGateway::Deployment', 'RestApiId: abc123', `StageDescription: { LoggingLevel: ${level}, MethodSettings: [{ ResourcePath: /*, HttpMethod: '*', LoggingLevel: ${level} }] }`);
    assert.deepEqual(deployment('WARN').length, 2);
    assert.deepEqual(deployment('ERROR'), []);
  });

  it('E3031 an Image Builder version has three numeric nodes; a recipe may end in wildcards', () => {
    const component = (version: string) => resource('AWS::ImageBuilder::Component', 'Name: hardening', 'Platform: Linux', `Version: '${version}'`, 'Uri: s3://bucket/hardening.yaml');
    assert.deepEqual(component('1.0'), ["E3031 Resources/R/Properties/Version: '1.0' is not a valid Version: it must match ^[0-9]+\\.[0-9]+\\.[0-9]+$"]);
    assert.equal(component('1.0.x').length, 1);
    assert.deepEqual(component('2021.01.01'), []);
    const recipe = (version: string) =>
      resource(
        'AWS::ImageBuilder::ImageRecipe',
        'Name: golden',
        `Version: '${version}'`,
        'ParentImage: ami-0123456789abcdef0',
        'Components: [{ ComponentArn: arn:aws:imagebuilder:us-east-1:aws:component/aws-cli-version-2-linux/x.x.x }]',
      );
    assert.equal(recipe('1.0').length, 1);
    assert.deepEqual(recipe('1.0.0'), []);
    assert.deepEqual(recipe('1.0.x'), []);
    // Every node right of the first wildcard is a wildcard too (x.2.x and 1.x.8 are refused).
    for (const version of ['1.x.x', 'x.x.x']) assert.deepEqual(recipe(version), [], version);
    for (const version of ['1.x.0', 'x.1.1', '1.0.X']) assert.equal(recipe(version).length, 1, version);
  });

  it("E3034 a SAM function's ephemeral storage is 512 to 10240 MB; its Timeout goes past 900 seconds only on a capacity provider", () => {
    const fn = (...lines: string[]) =>
      constraintFindings(
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  R:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Runtime: python3.13',
        '      Handler: app.handler',
        '      InlineCode: "def handler(e, c): return 1"',
        ...lines.map((line) => `      ${line}`),
      );
    assert.deepEqual(fn('EphemeralStorage: { Size: 256 }'), ['E3034 Resources/R/Properties/EphemeralStorage/Size: Size must be at least 512; 256 is less']);
    assert.deepEqual(fn('EphemeralStorage: { Size: 10240 }'), []);
    // Functions on Lambda Managed Instances may run up to 5400 seconds.
    assert.deepEqual(fn('Timeout: 1000'), ['E3034 Resources/R/Properties/Timeout: Timeout must be at most 900; 1000 is more']);
    const provider = 'CapacityProviderConfig: { LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: !Ref Provider } }';
    assert.deepEqual(fn('Timeout: 1000', provider), []);
    assert.deepEqual(fn('Timeout: 6000', provider), ['E3034 Resources/R/Properties/Timeout: Timeout must be at most 5400; 6000 is more']);
  });

  it('a load balancer listener takes an IAM server certificate as well as an ACM one', () => {
    for (const arn of ['arn:aws:iam::123456789012:server-certificate/site', 'arn:aws:acm:us-east-1:123456789012:certificate/abc']) {
      const findings = analyze(
        parseTemplate(
          [
            'Resources:',
            '  Listener:',
            '    Type: AWS::ElasticLoadBalancingV2::ListenerCertificate',
            `    Properties: {ListenerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2, Certificates: [{CertificateArn: '${arn}'}]}`,
            '',
          ].join('\n'),
          'yaml',
        ),
      ).findings;
      assert.deepEqual(findings.filter((found) => found.severity === 'error').map((found) => found.ruleId), [], arn);
    }
  });

  it('E3030 a Classic Load Balancer listener protocol is read in any letter case', () => {
    const listener = (protocol: string) =>
      resource('AWS::ElasticLoadBalancing::LoadBalancer', 'AvailabilityZones: [us-east-1a]', `Listeners: [{LoadBalancerPort: '80', InstancePort: '80', Protocol: ${protocol}}]`);
    assert.deepEqual(listener('http'), []);
    assert.equal(listener('HTTP2').length, 1);
  });

  it('E3030 an inline lifecycle hook DefaultResult and a Config rule frequency; E3034 a custom resource ServiceTimeout', () => {
    const hook = (result: string) =>
      resource('AWS::AutoScaling::AutoScalingGroup', "MinSize: '1'", "MaxSize: '2'", 'AvailabilityZones: [us-east-1a]', 'LaunchConfigurationName: lc', `LifecycleHookSpecificationList: [{LifecycleHookName: drain, LifecycleTransition: 'autoscaling:EC2_INSTANCE_TERMINATING', DefaultResult: ${result}}]`);
    assert.deepEqual(hook('CONTINUE'), []);
    assert.deepEqual(hook('PROCEED'), ["E3030 Resources/R/Properties/LifecycleHookSpecificationList/0/DefaultResult: DefaultResult must be one of CONTINUE, ABANDON, not 'PROCEED'"]);
    const rule = (frequency: string) => resource('AWS::Config::ConfigRule', 'Source: {Owner: AWS, SourceIdentifier: IAM_PASSWORD_POLICY}', `MaximumExecutionFrequency: ${frequency}`);
    assert.deepEqual(rule('Six_Hours'), []);
    assert.equal(rule('SixHours').length, 1);
    const custom = (timeout: number) => resource('AWS::CloudFormation::CustomResource', 'ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f', `ServiceTimeout: ${timeout}`);
    assert.deepEqual(custom(3600), []);
    assert.deepEqual(custom(4000), ['E3034 Resources/R/Properties/ServiceTimeout: ServiceTimeout must be at most 3600; 4000 is more']);
    const named = (timeout: number) => resource('Custom::Report', 'ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:f', `ServiceTimeout: ${timeout}`, 'AnyInput: {Nested: [1]}');
    assert.deepEqual(named(3600), []);
    assert.deepEqual(named(4000), ['E3034 Resources/R/Properties/ServiceTimeout: ServiceTimeout must be at most 3600; 4000 is more']);
  });

  it('SAM: E3031 an AutoPublishAlias no alias could be named, E3030 an Api stage logging level', () => {
    const fn = (alias: string) => resource('AWS::Serverless::Function', 'Runtime: python3.13', 'Handler: i.h', 'InlineCode: x', `AutoPublishAlias: ${alias}`);
    assert.deepEqual(fn('live'), []);
    assert.equal(fn('live.v1').length, 1);
    const api = (level: string) => resource('AWS::Serverless::Api', 'StageName: prod', `MethodSettings: [{ResourcePath: '/*', HttpMethod: '*', LoggingLevel: ${level}}]`);
    assert.deepEqual(api('info'), []);
    assert.equal(api('DEBUG').length, 1);
  });

  it('SAM: what a function passes to its AWS::Lambda::Function is held to that type\'s limits, in Globals too', () => {
    const fn = (...lines: string[]) => resource('AWS::Serverless::Function', 'Handler: i.h', 'InlineCode: x', ...lines);
    assert.deepEqual(fn('Runtime: python3.13', 'Timeout: 900'), []);
    assert.deepEqual(fn('Runtime: python3.99'), [
      "E3030 Resources/R/Properties/Runtime: Runtime must be one of dotnet10, dotnet6, dotnet8, dotnetcore1.0, dotnetcore2.0, dotnetcore2.1, dotnetcore3.1, go1.x, java11, java17 (or 36 more), not 'python3.99' (did you mean 'python3.9'?)",
    ]);
    const globals = (...lines: string[]) =>
      constraintFindings('Transform: AWS::Serverless-2016-10-31', 'Globals:', '  Function:', ...lines.map((line) => `    ${line}`), 'Resources:', '  R:', '    Type: AWS::Serverless::Function', '    Properties: { Handler: i.h, InlineCode: x }');
    assert.deepEqual(globals('Runtime: python3.13', 'Timeout: 30', 'Environment: { Variables: { APP_MODE: b } }'), []);
    // A global is judged in each function it reaches: past 900 seconds only for one on a capacity provider.
    assert.deepEqual(globals('Timeout: 1000', 'Architectures: [arm64]'), ['E3034 Globals/Function/Timeout: Timeout must be at most 900; 1000 is more']);
    assert.deepEqual(globals('Timeout: 1000', 'CapacityProviderConfig: { LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: arn } }'), []);
    assert.deepEqual(globals('Timeout: 6000'), ['E3034 Globals/Function/Timeout: Timeout must be at most 900; 6000 is more']);
    assert.deepEqual(globals('Architectures: [arm]'), ["E3030 Globals/Function/Architectures/0: Architectures must be one of x86_64, arm64, not 'arm' (did you mean 'arm64'?)"]);
    // A global list only grows in the functions it reaches: too many items is certain, too few is not.
    const itemsInGlobals = (...lines: string[]) =>
      findingsOf(/^E3032$/, ['Transform: AWS::Serverless-2016-10-31', 'Globals:', '  Function:', ...lines.map((line) => `    ${line}`), 'Resources:', '  R:', '    Type: AWS::Serverless::Function', '    Properties: { Handler: i.h, InlineCode: x, Runtime: python3.13 }']);
    assert.deepEqual(itemsInGlobals('Architectures: [x86_64, arm64]'), ['E3032 Globals/Function/Architectures: Architectures takes at most 1 item; it has 2']);
    assert.deepEqual(itemsInGlobals('Architectures: [arm64]'), []);
  });

  it('SAM: a value that matches none of a property\'s forms is reported (a warning: SAM\'s schema lags SAM)', () => {
    const tracing = (value: string) =>
      analyze(parseTemplate(`Resources:\n  R:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: i.h, InlineCode: x, Runtime: python3.13, Tracing: ${value} }\n`, 'yaml'))
        .findings.filter((found) => found.ruleId === 'E3017')
        .map((found) => `${found.severity} ${found.path?.join('/')}`);
    assert.deepEqual(tracing('Active'), []);
    assert.deepEqual(tracing('Enabled'), ['warning Resources/R/Properties/Tracing']);
    const inGlobals = (value: string) =>
      analyze(parseTemplate(`Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Tracing: ${value}\nResources:\n  R:\n    Type: AWS::Serverless::Function\n    Properties: { Handler: i.h, InlineCode: x, Runtime: python3.13 }\n`, 'yaml'))
        .findings.filter((found) => found.ruleId === 'E3017')
        .map((found) => `${found.severity} ${found.path?.join('/')}`);
    assert.deepEqual(inGlobals('Active'), []);
    assert.deepEqual(inGlobals('Enabled'), ['warning Globals/Function/Tracing']);
  });

  it('a Lambda alias splits traffic between its version and one more', () => {
    const weights = (count: number) =>
      findingsOf(/^E3032$/, ['Resources:', '  R:', '    Type: AWS::Lambda::Alias', '    Properties:', '      FunctionName: f', "      FunctionVersion: '3'", '      Name: live', '      RoutingConfig:', '        AdditionalVersionWeights:', ...Array.from({ length: count }, (_, index) => `          - { FunctionVersion: '${index + 1}', FunctionWeight: 0.1 }`)]);
    assert.deepEqual(weights(2), ['E3032 Resources/R/Properties/RoutingConfig/AdditionalVersionWeights: AdditionalVersionWeights takes at most 1 item; it has 2']);
    assert.deepEqual(weights(1), []);
  });

  it('an SSM parameter name in a hierarchy starts with a slash, and holds only letters, digits and _.-', () => {
    const name = (value: string) => resourceFindings(/^E3031$/, 'AWS::SSM::Parameter', 'Type: String', 'Value: x', `Name: ${value}`).length;
    assert.equal(name('app/prod/flags'), 1);
    assert.equal(name("'my param'"), 1);
    assert.equal(name('/app/prod/flags'), 0);
    assert.equal(name('flags'), 0);
    assert.equal(name("!Sub '/${AWS::StackName}/flags'"), 0);
  });

  it('SAM: a DynamoDB event starts at TRIM_HORIZON or LATEST (AT_TIMESTAMP is for Kinesis, MSK, Kafka and DocumentDB)', () => {
    const event = (type: string, position: string) =>
      findingsOf(/^E3030$/, ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  R:', '    Type: AWS::Serverless::Function', '    Properties:', '      Handler: i.h', '      InlineCode: x', '      Runtime: python3.13', '      Events:', '        S:', `          Type: ${type}`, '          Properties:', '            Stream: arn', `            StartingPosition: ${position}`, '            StartingPositionTimestamp: 1764979200']);
    assert.deepEqual(event('DynamoDB', 'AT_TIMESTAMP'), ["E3030 Resources/R/Properties/Events/S/Properties/StartingPosition: StartingPosition must be one of TRIM_HORIZON, LATEST, not 'AT_TIMESTAMP'"]);
    assert.deepEqual(event('DynamoDB', 'LATEST'), []);
    assert.deepEqual(event('Kinesis', 'AT_TIMESTAMP'), []);
  });

  it('SAM: forms SAM takes that its schema lacks (an endpoint type as a string, a Kafka schema registry, a null Role) are not reported', () => {
    const findings = (type: string, properties: string) =>
      analyze(parseTemplate(`Transform: AWS::Serverless-2016-10-31\nResources:\n  R:\n    Type: ${type}\n    Properties: ${properties}\n`, 'yaml'))
        .findings.filter((found) => /^E30/.test(found.ruleId))
        .map((found) => `${found.ruleId} ${found.path?.join('/')}`);
    assert.deepEqual(findings('AWS::Serverless::Api', '{ StageName: prod, EndpointConfiguration: REGIONAL }'), []);
    assert.deepEqual(findings('AWS::Serverless::Api', '{ StageName: prod, EndpointConfiguration: { Type: REGIONAL } }'), []);
    const msk = (registry: string) =>
      findings('AWS::Serverless::Function', `{ Handler: i.h, InlineCode: x, Runtime: python3.13, Events: { K: { Type: MSK, Properties: { Stream: arn:aws:kafka:us-east-1:123456789012:cluster/c/1, StartingPosition: LATEST, Topics: [orders], SchemaRegistryConfig: ${registry} } } } }`);
    assert.deepEqual(msk('{ SchemaRegistryURI: arn:aws:glue:us-east-1:123456789012:registry/r, EventRecordFormat: JSON, SchemaValidationConfigs: [{ Attribute: VALUE }] }'), []);
    // Judged as the MSK form its Type names: the wrong value itself is reported.
    assert.deepEqual(msk('{ SchemaRegistryURI: r, EventRecordFormat: XML, SchemaValidationConfigs: [{ Attribute: VALUE }] }'), [
      'E3030 Resources/R/Properties/Events/K/Properties/SchemaRegistryConfig/EventRecordFormat',
    ]);
    assert.deepEqual(findings('AWS::Serverless::Function', '{ Handler: i.h, InlineCode: x, Runtime: python3.13, Role: null }'), []);
  });

  it('E3030 a hosted rotation names one of the rotation function templates', () => {
    const rotation = (type: string) => resource('AWS::SecretsManager::RotationSchedule', 'SecretId: s', `HostedRotationLambda: { RotationType: ${type} }`, 'RotationRules: { AutomaticallyAfterDays: 30 }');
    for (const type of ['MySQLSingleUser', 'PostgreSQLMultiUser', 'Db2SingleUser']) assert.deepEqual(rotation(type), [], type);
    assert.equal(rotation('MySQLSingleUserRotation').length, 1);
  });

  it('E3030/E3034 an HTTP API integration payload is 1.0 or 2.0 (written as a number too), its timeout 50 to 30,000 ms', () => {
    const integration = (...lines: string[]) => resource('AWS::ApiGatewayV2::Integration', 'ApiId: api', 'IntegrationType: AWS_PROXY', ...lines);
    assert.deepEqual(integration('PayloadFormatVersion: 2.0', 'TimeoutInMillis: 30000'), []);
    assert.deepEqual(integration("PayloadFormatVersion: '1.0'"), []);
    assert.deepEqual(integration("PayloadFormatVersion: '3.0'", 'TimeoutInMillis: 40000'), [
      "E3030 Resources/R/Properties/PayloadFormatVersion: PayloadFormatVersion must be one of 1.0, 2.0, not '3.0' (did you mean '2.0'?)",
      'E3034 Resources/R/Properties/TimeoutInMillis: TimeoutInMillis must be at most 30000; 40000 is more',
    ]);
  });

  it('E3030 analyzer types, SNS filter policy scopes, portfolio principal types and report group types', () => {
    assert.deepEqual(resource('AWS::AccessAnalyzer::Analyzer', 'Type: ORGANIZATION_UNUSED_ACCESS'), []);
    assert.equal(resource('AWS::AccessAnalyzer::Analyzer', 'Type: ORG').length, 1);
    assert.deepEqual(resource('AWS::SNS::Subscription', 'TopicArn: t', 'Protocol: sqs', 'FilterPolicyScope: MessageBody'), []);
    assert.equal(resource('AWS::SNS::Subscription', 'TopicArn: t', 'Protocol: sqs', 'FilterPolicyScope: Body').length, 1);
    assert.equal(resource('AWS::ServiceCatalog::PortfolioPrincipalAssociation', 'PortfolioId: p', 'PrincipalARN: arn:aws:iam::123456789012:role/admin', 'PrincipalType: ROLE').length, 1);
    assert.equal(resource('AWS::CodeBuild::ReportGroup', 'Type: UNIT', 'ExportConfig: {ExportConfigType: NO_EXPORT}').length, 1);
  });

  it('E3030 a listener rule condition field is one of the six HTTP request fields', () => {
    const rule = (field: string) => resource('AWS::ElasticLoadBalancingV2::ListenerRule', 'ListenerArn: l', 'Priority: 1', 'Actions: [{Type: forward, TargetGroupArn: t}]', `Conditions: [{Field: ${field}, Values: [x]}]`);
    assert.deepEqual(rule('path-pattern'), []);
    assert.equal(rule('cookie').length, 1);
  });

  it('E3034 authorizer results are cached at most 3600 seconds, REST and HTTP APIs alike', () => {
    assert.deepEqual(resource('AWS::ApiGateway::Authorizer', 'RestApiId: api', 'Name: auth', 'Type: TOKEN', 'AuthorizerResultTtlInSeconds: 300'), []);
    assert.deepEqual(resource('AWS::ApiGateway::Authorizer', 'RestApiId: api', 'Name: auth', 'Type: TOKEN', 'AuthorizerResultTtlInSeconds: 7200'), [
      'E3034 Resources/R/Properties/AuthorizerResultTtlInSeconds: AuthorizerResultTtlInSeconds must be at most 3600; 7200 is more',
    ]);
    assert.equal(resource('AWS::ApiGatewayV2::Authorizer', 'ApiId: api', 'Name: auth', 'AuthorizerType: REQUEST', 'AuthorizerResultTtlInSeconds: 7200').length, 1);
  });

  it('E3034 a SAM API canary takes 0 to 100 percent of the traffic, as the stage it makes', () => {
    const api = (percent: number) => resource('AWS::Serverless::Api', 'StageName: prod', `CanarySetting: {PercentTraffic: ${percent}}`);
    assert.deepEqual(api(10), []);
    assert.deepEqual(api(150), ['E3034 Resources/R/Properties/CanarySetting/PercentTraffic: PercentTraffic must be at most 100; 150 is more']);
  });

  it('E1150 takes names in a launch template SecurityGroups, IDs in its SecurityGroupIds', () => {
    const formatIds = (data: string) =>
      analyze(parseTemplate(`Resources:\n  R:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData: ${data}\n`, 'yaml'))
        .findings.filter((found) => found.ruleId === 'E1150')
        .map((found) => found.path?.join('/'));
    assert.deepEqual(formatIds('{ImageId: ami-12345678, SecurityGroups: [web-sg]}'), []);
    assert.deepEqual(formatIds('{ImageId: ami-12345678, SecurityGroupIds: [web-sg]}'), ['Resources/R/Properties/LaunchTemplateData/SecurityGroupIds/0']);
  });

  it('E3030 RDS event subscription source types and Beanstalk tiers; E3034 Lambda alias weights from 0 to 1', () => {
    const subscription = (type: string) => resource('AWS::RDS::EventSubscription', 'SnsTopicArn: arn:aws:sns:us-east-1:123456789012:t', `SourceType: ${type}`);
    assert.deepEqual(subscription('db-cluster'), []);
    assert.equal(subscription('cluster').length, 1);
    const tier = (name: string, type: string) => resource('AWS::ElasticBeanstalk::Environment', 'ApplicationName: app', 'SolutionStackName: s', `Tier: {Name: ${name}, Type: ${type}}`);
    assert.deepEqual(tier('Worker', 'SQS/HTTP'), []);
    assert.deepEqual(tier('Web', 'Standard'), ["E3030 Resources/R/Properties/Tier/Name: Name must be one of WebServer, Worker, not 'Web' (did you mean 'WebServer'?)"]);
    assert.deepEqual(tier('webserver', 'standard'), []);
    const alias = (weight: number) => resource('AWS::Lambda::Alias', 'FunctionName: f', 'FunctionVersion: "2"', 'Name: live', `RoutingConfig: {AdditionalVersionWeights: [{FunctionVersion: "3", FunctionWeight: ${weight}}]}`);
    assert.deepEqual(alias(0.1), []);
    assert.deepEqual(alias(1.5), ['E3034 Resources/R/Properties/RoutingConfig/AdditionalVersionWeights/0/FunctionWeight: FunctionWeight must be at most 1; 1.5 is more']);
  });

  it('E3030 S3 Replication Time Control takes 15 minutes only', () => {
    const bucket = (minutes: number) =>
      resource(
        'AWS::S3::Bucket',
        'VersioningConfiguration: {Status: Enabled}',
        `ReplicationConfiguration: {Role: arn:aws:iam::123456789012:role/r, Rules: [{Status: Enabled, Destination: {Bucket: 'arn:aws:s3:::dr', ReplicationTime: {Status: Enabled, Time: {Minutes: ${minutes}}}, Metrics: {Status: Enabled, EventThreshold: {Minutes: 15}}}}]}`,
      );
    assert.deepEqual(bucket(15), []);
    assert.equal(bucket(10).length, 1);
  });
});

describe('registry corrections of kind when: properties a value requires or refuses', () => {
  const dependencyFindings = (type: string, ...properties: string[]) =>
    analyze(parseTemplate(['Resources:', '  R:', `    Type: ${type}`, '    Properties:', ...properties.map((line) => `      ${line}`), ''].join('\n'), 'yaml'))
      .findings.filter((found) => found.ruleId === 'E3020' || found.ruleId === 'E3021')
      .map((found) => `${found.ruleId} ${found.path?.join('/')}: ${found.message}`);

  it('E3021 ports for a TCP, UDP or ICMP rule, in any letter case or by number; not for icmpv6 or all protocols', () => {
    const rule = (protocol: string, ports = '') => dependencyFindings('AWS::EC2::SecurityGroupIngress', 'GroupId: sg-12345678', 'CidrIp: 10.0.0.0/16', `IpProtocol: ${protocol}`, ...(ports ? [ports] : []));
    assert.deepEqual(rule('TCP'), ['E3021 Resources/R/Properties/IpProtocol: FromPort and ToPort are required when IpProtocol is TCP']);
    assert.equal(rule('"17"').length, 1);
    assert.deepEqual(rule('tcp', 'FromPort: 443\n      ToPort: 443'), []);
    for (const protocol of ['icmpv6', '"-1"', '!Ref Protocol']) assert.deepEqual(rule(protocol), [], protocol);
  });

  it('E3020 a gateway endpoint (the default type) with subnets, an interface endpoint with route tables', () => {
    const endpoint = (...lines: string[]) => dependencyFindings('AWS::EC2::VPCEndpoint', 'VpcId: vpc-12345678', 'ServiceName: com.amazonaws.us-east-1.s3', ...lines);
    assert.deepEqual(endpoint('SubnetIds: [subnet-12345678]'), ['E3020 Resources/R/Properties/SubnetIds: SubnetIds cannot be given when VpcEndpointType is left at its default, Gateway']);
    assert.deepEqual(endpoint('VpcEndpointType: Interface', 'SubnetIds: [subnet-12345678]'), []);
    assert.deepEqual(endpoint('VpcEndpointType: Interface', 'RouteTableIds: [rtb-12345678]', 'SubnetIds: [subnet-12345678]'), [
      'E3020 Resources/R/Properties/RouteTableIds: RouteTableIds cannot be given when VpcEndpointType is Interface',
    ]);
    assert.deepEqual(endpoint('VpcEndpointType: Gateway', 'RouteTableIds: [rtb-12345678]'), []);
    assert.deepEqual(endpoint('SubnetIds: []'), []);
  });

  it('E3020 an ElastiCache AuthToken without in-transit encryption', () => {
    const group = (...lines: string[]) => dependencyFindings('AWS::ElastiCache::ReplicationGroup', 'ReplicationGroupDescription: cache', 'AuthToken: token-token-token-1', ...lines);
    assert.deepEqual(group(), ['E3020 Resources/R/Properties/AuthToken: AuthToken cannot be given when TransitEncryptionEnabled is left at its default, false']);
    assert.equal(group('TransitEncryptionEnabled: false').length, 1);
    assert.deepEqual(group('TransitEncryptionEnabled: true'), []);
  });

  it('E3021 Iops for io1 and io2 volumes, E3021 provisioned EFS throughput, E3020 flow logs to S3 with a log group or role', () => {
    assert.equal(dependencyFindings('AWS::EC2::Volume', 'AvailabilityZone: us-east-1a', 'Size: 100', 'VolumeType: io2').length, 1);
    assert.deepEqual(dependencyFindings('AWS::EC2::Volume', 'AvailabilityZone: us-east-1a', 'Size: 100', 'VolumeType: io2', 'Iops: 3000'), []);
    assert.deepEqual(dependencyFindings('AWS::EFS::FileSystem', 'ThroughputMode: provisioned'), ['E3021 Resources/R/Properties/ThroughputMode: ProvisionedThroughputInMibps is required when ThroughputMode is provisioned']);
    const flow = (...lines: string[]) => dependencyFindings('AWS::EC2::FlowLog', 'ResourceId: vpc-12345678', 'ResourceType: VPC', 'TrafficType: ALL', ...lines);
    assert.deepEqual(flow('LogDestinationType: s3', 'LogDestination: arn:aws:s3:::logs', 'DeliverLogsPermissionArn: arn:aws:iam::123456789012:role/flow'), [
      'E3020 Resources/R/Properties/DeliverLogsPermissionArn: DeliverLogsPermissionArn cannot be given when LogDestinationType is s3',
    ]);
    assert.deepEqual(flow('LogGroupName: flow', 'DeliverLogsPermissionArn: arn:aws:iam::123456789012:role/flow'), []);
  });
  it('E3030 a pull request trigger filters on OPEN, UPDATED or CLOSED events', () => {
    const pipeline = (event: string) =>
      resource(
        'AWS::CodePipeline::Pipeline',
        'RoleArn: arn:aws:iam::123456789012:role/pipeline',
        'PipelineType: V2',
        'ArtifactStore: { Type: S3, Location: artifacts }',
        'Triggers: [{ ProviderType: CodeStarSourceConnection, GitConfiguration: { SourceActionName: Src, PullRequest: [{ Events: [' + event + '] }] } }]',
        "Stages: [{ Name: Source, Actions: [{ Name: Src, ActionTypeId: { Category: Source, Owner: AWS, Provider: CodeStarSourceConnection, Version: '1' }, OutputArtifacts: [{ Name: Src }] }] }]",
      );
    assert.deepEqual(pipeline('CREATED'), ["E3030 Resources/R/Properties/Triggers/0/GitConfiguration/PullRequest/0/Events/0: Events must be one of OPEN, UPDATED, CLOSED, not 'CREATED'"]);
    assert.deepEqual(pipeline('OPEN, UPDATED, CLOSED'), []);
  });

  it('E3017 an instance maintenance policy takes 100-200 (max) and 0-100 (min) healthy percent, or -1 to clear', () => {
    const group = (min: number, max: number) =>
      analyze(parseTemplate(['Resources:', '  R:', '    Type: AWS::AutoScaling::AutoScalingGroup', '    Properties:', '      MinSize: "1"', '      MaxSize: "2"',
        '      LaunchTemplate: { LaunchTemplateId: lt-0123456789abcdef0, Version: "1" }', `      InstanceMaintenancePolicy: { MinHealthyPercentage: ${min}, MaxHealthyPercentage: ${max} }`, ''].join('\n'), 'yaml'))
        .findings.filter((found) => found.ruleId === 'E3017').map((found) => `${found.severity} ${found.path?.slice(-1)[0]}: ${found.message}`);
    assert.deepEqual(group(90, 80), ["error MaxHealthyPercentage: '80' matches none of the forms MaxHealthyPercentage accepts (MaxHealthyPercentage must be -1, not '80'; or MaxHealthyPercentage must be at least 100; 80 is less)"]);
    assert.deepEqual(group(90, 110), []);
    assert.deepEqual(group(-1, -1), []);
    assert.equal(group(101, 200).length, 1);
  });

  it('E3030 a usage plan quota period is DAY, WEEK or MONTH', () => {
    assert.deepEqual(resource('AWS::ApiGateway::UsagePlan', 'Quota: {Limit: 1000, Period: YEAR}'), [
      'E3030 Resources/R/Properties/Quota/Period: Period must be one of DAY, WEEK, MONTH, not \'YEAR\'',
    ]);
    assert.deepEqual(resource('AWS::ApiGateway::UsagePlan', 'Quota: {Limit: 1000, Period: WEEK}'), []);
  });

  it('E3032 a CodeArtifact repository has at most one external connection', () => {
    const repository = (connections: string) => resourceFindings(/^E3032$/, 'AWS::CodeArtifact::Repository', 'DomainName: packages', 'RepositoryName: npm-store', `ExternalConnections: ${connections}`);
    assert.deepEqual(repository('[public:npmjs, public:pypi]'), ['E3032 Resources/R/Properties/ExternalConnections: ExternalConnections takes at most 1 item; it has 2']);
    assert.deepEqual(repository('[public:npmjs]'), []);
  });

  it('E3031 a permissions boundary is a policy ARN, not its name', () => {
    const role = (boundary: string) =>
      resource('AWS::IAM::Role', 'AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: []}', `PermissionsBoundary: ${boundary}`);
    assert.deepEqual(role('orders-workload-boundary'), [
      "E3031 Resources/R/Properties/PermissionsBoundary: 'orders-workload-boundary' is not a valid PermissionsBoundary: it must match ^arn:",
    ]);
    assert.deepEqual(role('arn:aws:iam::123456789012:policy/orders-workload-boundary'), []);
    assert.deepEqual(role('!Ref Boundary'), []);
  });

  it('E3020 a deployment group with a Deployment takes no AutoRollbackConfiguration', () => {
    const group = (...extra: string[]) =>
      resourceFindings(/^E3020$/, 'AWS::CodeDeploy::DeploymentGroup', 'ApplicationName: app', 'ServiceRoleArn: arn:aws:iam::123456789012:role/deploy', ...extra);
    const deployment = 'Deployment: {Revision: {RevisionType: S3, S3Location: {Bucket: artifacts, Key: app.zip, BundleType: zip}}}';
    assert.deepEqual(group(deployment, 'AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}'), [
      'E3020 Resources/R/Properties/AutoRollbackConfiguration: AutoRollbackConfiguration cannot be given together with Deployment',
    ]);
    assert.deepEqual(group(deployment), []);
  });

  it('E3034 a CodeBuild project waits up to 2160 minutes, not the registry schema\'s old 480', () => {
    const project = (minutes: number) => resourceFindings(/^E3034$/, 'AWS::CodeBuild::Project', `TimeoutInMinutes: ${minutes}`);
    assert.deepEqual(project(2160), []);
    assert.deepEqual(project(2161), ['E3034 Resources/R/Properties/TimeoutInMinutes: TimeoutInMinutes must be at most 2160; 2161 is more']);
  });

  it('E3020 what a value excludes: a redirecting website, an expiry with delete-marker cleanup, SSE-SQS with a KMS key, a platform version on EC2', () => {
    const e3020 = (type: string, ...lines: string[]) => resourceFindings(/^E3020$/, type, ...lines);
    assert.deepEqual(e3020('AWS::S3::Bucket', 'WebsiteConfiguration: {RedirectAllRequestsTo: {HostName: example.com}, IndexDocument: index.html}'), [
      'E3020 Resources/R/Properties/WebsiteConfiguration/IndexDocument: IndexDocument cannot be given together with RedirectAllRequestsTo',
    ]);
    assert.deepEqual(e3020('AWS::S3::Bucket', 'LifecycleConfiguration: {Rules: [{Status: Enabled, ExpiredObjectDeleteMarker: true, ExpirationInDays: 30}]}'), [
      'E3020 Resources/R/Properties/LifecycleConfiguration/Rules/0/ExpirationInDays: ExpirationInDays cannot be given when ExpiredObjectDeleteMarker is true',
    ]);
    assert.deepEqual(e3020('AWS::S3::Bucket', 'LifecycleConfiguration: {Rules: [{Status: Enabled, ExpiredObjectDeleteMarker: false, ExpirationInDays: 30}]}'), []);
    assert.deepEqual(e3020('AWS::SQS::Queue', 'SqsManagedSseEnabled: true', 'KmsMasterKeyId: alias/orders'), [
      'E3020 Resources/R/Properties/KmsMasterKeyId: KmsMasterKeyId cannot be given when SqsManagedSseEnabled is true',
    ]);
    assert.deepEqual(e3020('AWS::SQS::Queue', 'SqsManagedSseEnabled: false', 'KmsMasterKeyId: alias/orders'), []);
    assert.deepEqual(e3020('AWS::ECS::Service', 'LaunchType: EC2', 'PlatformVersion: LATEST'), [
      'E3020 Resources/R/Properties/PlatformVersion: PlatformVersion cannot be given when LaunchType is EC2',
    ]);
    assert.deepEqual(e3020('AWS::ECS::Service', 'LaunchType: FARGATE', 'PlatformVersion: LATEST'), []);
  });

  it('E3031 an IAM path begins and ends with a slash; a KMS alias does not take the alias/aws/ prefix', () => {
    const path = (value: string) => resourceFindings(/^E3031$/, 'AWS::IAM::Role', 'AssumeRolePolicyDocument: {}', `Path: ${value}`);
    for (const good of ['/', '/app/', '/division/team/']) assert.deepEqual(path(good), [], good);
    assert.deepEqual(path('/app'), ["E3031 Resources/R/Properties/Path: '/app' is not a valid Path: it must match ^(/|/[!-~]+/)$"]);
    const alias = (value: string) => resourceFindings(/^E3031$/, 'AWS::KMS::Alias', `AliasName: ${value}`, 'TargetKeyId: alias/x');
    assert.deepEqual(alias('alias/orders/aws'), []);
    assert.equal(alias('alias/aws/orders').length, 1);
  });

  it('E1161 a new bucket takes no IP address, reserved prefix or reserved suffix; a name another type reads is not held to them', () => {
    const bucket = (name: string) => resourceFindings(/^E1161$/, 'AWS::S3::Bucket', `BucketName: ${name}`);
    for (const good of ['orders-logs', 'my.site.example', 'data-s3alias-archive']) assert.deepEqual(bucket(good), [], good);
    for (const bad of ['192.168.5.4', 'xn--orders', 'sthree-orders', 'amzn-s3-demo-bucket', 'orders-s3alias', 'orders--ol-s3', 'orders.mrap', 'orders--x-s3', 'orders--table-s3']) {
      assert.equal(bucket(bad).length, 1, bad);
    }
    assert.deepEqual(resourceFindings(/^E1161$/, 'AWS::S3Express::DirectoryBucket', 'BucketName: orders--use1-az4--x-s3', 'DataRedundancy: SingleAvailabilityZone', 'LocationName: use1-az4'), []);
  });

  it('E3030/E3034 a SAM function setting SAM passes to its Lambda function, event invoke config or deployment group is held to that type\'s limits, nested objects too', () => {
    const sam = (...lines: string[]) =>
      findingsOf(/^E30(30|34)$/, ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      Runtime: python3.12', '      Handler: index.handler', "      InlineCode: 'x'", ...lines.map((line) => `      ${line}`)]);
    assert.deepEqual(sam('LoggingConfig: {LogFormat: Json}'), ["E3030 Resources/Fn/Properties/LoggingConfig/LogFormat: LogFormat must be one of Text, JSON, not 'Json' (did you mean 'JSON'?)"]);
    assert.deepEqual(sam('EventInvokeConfig: {MaximumEventAgeInSeconds: 30, MaximumRetryAttempts: 2}'), [
      'E3034 Resources/Fn/Properties/EventInvokeConfig/MaximumEventAgeInSeconds: MaximumEventAgeInSeconds must be at least 60; 30 is less',
    ]);
    assert.deepEqual(sam('EphemeralStorage: {Size: 20000}'), ['E3034 Resources/Fn/Properties/EphemeralStorage/Size: Size must be at most 10240; 20000 is more']);
    assert.deepEqual(sam('AutoPublishAlias: live', 'DeploymentPreference: {Type: AllAtOnce, TriggerConfigurations: [{TriggerName: ops, TriggerTargetArn: arn:aws:sns:us-east-1:123456789012:ops, TriggerEvents: [DeploymentFailure]}]}'), []);
    assert.deepEqual(sam('LoggingConfig: {LogFormat: JSON, ApplicationLogLevel: INFO}', 'SnapStart: {ApplyOn: PublishedVersions}', 'EphemeralStorage: {Size: 1024}'), []);
    const severities = analyze(parseTemplate(['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      LoggingConfig: {LogFormat: Json}', ''].join('\n'), 'yaml'))
      .findings.filter((found) => found.ruleId === 'E3030')
      .map((found) => found.severity);
    assert.deepEqual(severities, ['error']);
  });

  it('E3030 closed lists the schemas leave open: ACM validation, batch report mode, AppConfig profile type, SNS protocol in any letter case', () => {
    const e3030 = (type: string, ...lines: string[]) => resourceFindings(/^E3030$/, type, ...lines);
    assert.equal(e3030('AWS::CertificateManager::Certificate', 'DomainName: example.com', 'ValidationMethod: DNS_TXT').length, 1);
    assert.deepEqual(e3030('AWS::CertificateManager::Certificate', 'DomainName: example.com', 'ValidationMethod: DNS'), []);
    assert.equal(e3030('AWS::AppConfig::ConfigurationProfile', 'ApplicationId: app', 'LocationUri: hosted', 'Name: flags', 'Type: AWS.AppConfig.FeatureFlag').length, 1);
    assert.deepEqual(e3030('AWS::AppConfig::ConfigurationProfile', 'ApplicationId: app', 'LocationUri: hosted', 'Name: flags', 'Type: AWS.AppConfig.FeatureFlags'), []);
    for (const protocol of ['sqs', 'SQS', 'email-json', 'firehose']) assert.deepEqual(e3030('AWS::SNS::Subscription', `Protocol: ${protocol}`, 'TopicArn: arn:aws:sns:us-east-1:123456789012:t'), [], protocol);
    assert.equal(e3030('AWS::SNS::Subscription', 'Protocol: e-mail', 'TopicArn: arn:aws:sns:us-east-1:123456789012:t').length, 1);
    assert.equal(e3030('AWS::SNS::Topic', 'Subscription: [{Protocol: e-mail, Endpoint: ops@example.com}]').length, 1);
  });

  it('E3031 a pipeline variable name and E3034 a Macie match distance', () => {
    const variable = (name: string) => resourceFindings(/^E3031$/, 'AWS::CodePipeline::Pipeline', 'RoleArn: arn:aws:iam::123456789012:role/p', 'Stages: []', `Variables: [{Name: '${name}'}]`);
    assert.deepEqual(variable('release_channel'), []);
    assert.equal(variable('Release Channel').length, 1);
    const distance = (value: number) => resourceFindings(/^E3034$/, 'AWS::Macie::CustomDataIdentifier', 'Name: ids', 'Regex: "[0-9]{9}"', `MaximumMatchDistance: ${value}`);
    assert.deepEqual(distance(300), []);
    assert.equal(distance(301).length, 1);
  });

  it('E3037 WAF rules and text transformations each take a priority of their own', () => {
    const acl = (priorities: string[], transformations = '[{Priority: 0, Type: NONE}]') =>
      resourceFindings(
        /^E3037$/,
        'AWS::WAFv2::WebACL',
        'Scope: REGIONAL',
        'DefaultAction: {Allow: {}}',
        'VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl}',
        `Rules: [${priorities.map((priority, index) => `{Name: r${index}, Priority: ${priority}, Action: {Block: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: r${index}}, Statement: {ByteMatchStatement: {SearchString: x, FieldToMatch: {UriPath: {}}, PositionalConstraint: CONTAINS, TextTransformations: ${transformations}}}}`).join(', ')}]`,
      );
    assert.deepEqual(acl(['0', '1', '5']), []);
    assert.deepEqual(acl(['0', '1', '1']), ['E3037 Resources/R/Properties/Rules/2/Priority: Rules items 2 and 3 both have Priority 1: each item needs its own']);
    assert.deepEqual(acl(['0', '!Ref P', '!Ref P']), []);
    assert.equal(acl(['0'], '[{Priority: 0, Type: NONE}, {Priority: 0, Type: LOWERCASE}]').length, 1);
  });

  it('E3021/E3030 RDS io1 without Iops, health checks over TLS; tracing allowed on a FIFO topic', () => {
    const instance = (...lines: string[]) => resourceFindings(/^E302[01]$/, 'AWS::RDS::DBInstance', 'DBInstanceClass: db.t3.micro', ...lines);
    assert.deepEqual(instance('Engine: mysql', 'StorageType: io1', 'AllocatedStorage: "100"'), ['E3021 Resources/R/Properties/StorageType: Iops is required when StorageType is io1']);
    assert.deepEqual(instance('Engine: mysql', 'StorageType: io1', 'AllocatedStorage: "100"', 'Iops: 1000'), []);
    assert.deepEqual(instance('Engine: mysql', 'StorageType: gp3', 'AllocatedStorage: "100"'), []);
    // SNS traces FIFO topics too ("Amazon SNS supports X-Ray tracing for both standard and FIFO topics"), whatever the topic page says.
    assert.deepEqual(resourceFindings(/^E3020$/, 'AWS::SNS::Topic', 'FifoTopic: true', 'TopicName: t.fifo', 'TracingConfig: Active'), []);
    const health = (protocol: string) => resourceFindings(/^E3030$/, 'AWS::ElasticLoadBalancingV2::TargetGroup', 'Port: 443', 'Protocol: TLS', 'VpcId: vpc-12345678', `HealthCheckProtocol: ${protocol}`);
    assert.deepEqual(health('TCP'), []);
    assert.equal(health('TLS').length, 1);
  });

  it('E3020/E3021/E3031 from the reference pages: predictive scaling buffers, KMS key usages without a spec, backup window format, capacity provider names', () => {
    const policy = (...lines: string[]) =>
      resourceFindings(/^E302[01]$/, 'AWS::AutoScaling::ScalingPolicy', 'AutoScalingGroupName: web', 'PolicyType: PredictiveScaling', 'PredictiveScalingConfiguration:', '  MetricSpecifications: [{TargetValue: 50, PredefinedMetricPairSpecification: {PredefinedMetricType: ASGCPUUtilization}}]', ...lines.map((line) => `  ${line}`));
    assert.equal(policy('MaxCapacityBuffer: 10').length, 1);
    assert.deepEqual(policy('MaxCapacityBreachBehavior: IncreaseMaxCapacity', 'MaxCapacityBuffer: 10'), []);
    assert.equal(policy('MaxCapacityBreachBehavior: IncreaseMaxCapacity').length, 1);
    assert.deepEqual(resourceFindings(/^E3021$/, 'AWS::KMS::Key', 'KeyUsage: SIGN_VERIFY'), ['E3021 Resources/R/Properties/KeyUsage: KeySpec is required when KeyUsage is SIGN_VERIFY']);
    assert.deepEqual(resourceFindings(/^E3021$/, 'AWS::KMS::Key', 'KeyUsage: SIGN_VERIFY', 'KeySpec: ECC_NIST_P256'), []);
    const window = (value: string) => resourceFindings(/^E3031$/, 'AWS::RDS::DBInstance', 'Engine: mysql', 'DBInstanceClass: db.t3.micro', `PreferredBackupWindow: '${value}'`);
    assert.deepEqual(window('03:00-03:30'), []);
    assert.equal(window('03:00 to 03:30').length, 1);
    const provider = (name: string) => resourceFindings(/^E3031$/, 'AWS::ECS::CapacityProvider', `Name: ${name}`, 'AutoScalingGroupProvider: {AutoScalingGroupArn: arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/web}');
    assert.deepEqual(provider('web-capacity'), []);
    assert.equal(provider('ecs-web').length, 1);
  });

  it('E3020/E3021/E3030/E3033 from an examiner round: S3 redirects, SNS archive and Firehose roles, ACM request algorithms, Lambda log levels, Macie words', () => {
    assert.equal(resourceFindings(/^E3020$/, 'AWS::S3::Bucket', 'WebsiteConfiguration: {IndexDocument: index.html, RoutingRules: [{RedirectRule: {ReplaceKeyWith: a.html, ReplaceKeyPrefixWith: docs/}}]}').length, 1);
    assert.equal(resourceFindings(/^E3020$/, 'AWS::SNS::Topic', 'ArchivePolicy: {MessageRetentionPeriod: "30"}').length, 1);
    assert.deepEqual(resourceFindings(/^E3020$/, 'AWS::SNS::Topic', 'FifoTopic: true', 'TopicName: t.fifo', 'ArchivePolicy: {MessageRetentionPeriod: "30"}'), []);
    const subscription = (...lines: string[]) => resourceFindings(/^E3021$/, 'AWS::SNS::Subscription', 'TopicArn: arn:aws:sns:us-east-1:123456789012:t', 'Endpoint: arn:aws:firehose:us-east-1:123456789012:deliverystream/s', ...lines);
    assert.equal(subscription('Protocol: firehose').length, 1);
    assert.deepEqual(subscription('Protocol: firehose', 'SubscriptionRoleArn: arn:aws:iam::123456789012:role/sns'), []);
    const certificate = (algorithm: string) => resourceFindings(/^E3030$/, 'AWS::CertificateManager::Certificate', 'DomainName: example.com', `KeyAlgorithm: ${algorithm}`);
    assert.deepEqual(certificate('EC_prime256v1'), []);
    assert.equal(certificate('RSA_4096').length, 1);
    const logging = (config: string) => resourceFindings(/^E3020$/, 'AWS::Lambda::Function', 'Role: arn:aws:iam::123456789012:role/f', 'Code: {ZipFile: x}', 'Runtime: python3.12', 'Handler: index.handler', `LoggingConfig: ${config}`);
    assert.deepEqual(logging('{LogFormat: JSON, ApplicationLogLevel: INFO}'), []);
    assert.equal(logging('{ApplicationLogLevel: INFO}').length, 1);
    assert.equal(resourceFindings(/^E3033$/, 'AWS::Macie::CustomDataIdentifier', 'Name: ids', 'Regex: "[0-9]{9}"', 'Keywords: [id]').length, 1);
  });

  it('E3034 judges a SAM function with the globals it takes: a capacity provider from Globals allows a long Timeout, IgnoreGlobals drops only what it names', () => {
    const sam = (globals: string[], resource: string[]) =>
      findingsOf(/^E3034$/, [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function:',
        ...globals.map((line) => `    ${line}`),
        'Resources:',
        '  Worker:',
        '    Type: AWS::Serverless::Function',
        ...resource.map((line) => `    ${line}`),
      ]);
    const provider = 'CapacityProviderConfig: {LambdaManagedInstancesCapacityProviderConfig: {CapacityProviderArn: arn:aws:lambda:us-east-1:123456789012:capacity-provider:p}}';
    assert.deepEqual(sam([provider], ['Properties:', '  Runtime: python3.12', '  Handler: app.handler', '  CodeUri: src/', '  Timeout: 1800']), []);
    assert.equal(sam(['Runtime: python3.12'], ['Properties:', '  Handler: app.handler', '  CodeUri: src/', '  Timeout: 1800']).length, 1);
    assert.deepEqual(sam(['Timeout: 1800'], ['IgnoreGlobals: [Runtime]', 'Properties:', '  Runtime: python3.13', '  Handler: app.handler', '  CodeUri: src/', `  ${provider}`]), []);
  });
  it('E3031 the keys of Lambda and canary environment variables: a letter, then letters, digits or underscores (the schema\'s unanchored pattern let any key with two letters pass)', () => {
    const variables = (keys: string[]) =>
      resourceFindings(/^E3031$/, 'AWS::Lambda::Function', 'Role: arn:aws:iam::123456789012:role/f', 'Code: {ZipFile: x}', 'Runtime: python3.12', 'Handler: index.handler', `Environment: {Variables: {${keys.map((key) => `${key}: v`).join(', ')}}}`);
    assert.deepEqual(variables(['TABLE_NAME', 'Ab', 'x1_y']), []);
    assert.deepEqual(variables(['my-var', '1ABC', 'A']), [
      "E3031 Resources/R/Properties/Environment/Variables/my-var: 'my-var' is not a valid key of Variables: it must match ^[a-zA-Z][a-zA-Z0-9_]+$",
      "E3031 Resources/R/Properties/Environment/Variables/1ABC: '1ABC' is not a valid key of Variables: it must match ^[a-zA-Z][a-zA-Z0-9_]+$",
      "E3031 Resources/R/Properties/Environment/Variables/A: 'A' is not a valid key of Variables: it must match ^[a-zA-Z][a-zA-Z0-9_]+$",
    ]);
    const sam = findingsOf(/^E3031$/, ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  F:', '    Type: AWS::Serverless::Function', '    Properties:', '      Runtime: python3.12', '      Handler: app.handler', '      CodeUri: src/', '      Environment: {Variables: {app.mode: x}}']);
    assert.equal(sam.length, 1);
    assert.equal(resourceFindings(/^E3031$/, 'AWS::Synthetics::Canary', 'RunConfig: {EnvironmentVariables: {base-url: x, BASE_URL: y}}').length, 1);
  });
  it('E3030/E3020/E3021 a health check every 10 or 30 seconds, a metric filter\'s default value without dimensions, a filtered replication rule\'s priority', () => {
    const interval = (seconds: number) => resourceFindings(/^E3030$/, 'AWS::Route53::HealthCheck', `HealthCheckConfig: {Type: HTTPS, FullyQualifiedDomainName: example.com, RequestInterval: ${seconds}}`);
    assert.deepEqual(interval(10), []);
    assert.deepEqual(interval(30), []);
    assert.deepEqual(interval(15), ["E3030 Resources/R/Properties/HealthCheckConfig/RequestInterval: RequestInterval must be one of 10, 30, not '15' (did you mean '10'?)"]);
    const transform = (extra: string) => resourceFindings(/^E3020$/, 'AWS::Logs::MetricFilter', 'LogGroupName: app', "FilterPattern: '{ $.status = 500 }'", `MetricTransformations: [{MetricName: Errors, MetricNamespace: App, MetricValue: '1'${extra}}]`);
    assert.deepEqual(transform(', DefaultValue: 0'), []);
    assert.deepEqual(transform(', Dimensions: [{Key: Service, Value: $.service}]'), []);
    assert.deepEqual(transform(', DefaultValue: 0, Dimensions: [{Key: Service, Value: $.service}]'), ['E3020 Resources/R/Properties/MetricTransformations/0/Dimensions: Dimensions cannot be given together with DefaultValue']);
    const rule = (extra: string) => resourceFindings(/^E3021$/, 'AWS::S3::Bucket', 'VersioningConfiguration: {Status: Enabled}', `ReplicationConfiguration: {Role: arn:aws:iam::123456789012:role/r, Rules: [{Status: Enabled, Destination: {Bucket: arn:aws:s3:::dest}${extra}}]}`);
    assert.deepEqual(rule(', Prefix: logs/'), []);
    assert.deepEqual(rule(', Filter: {Prefix: logs/}, DeleteMarkerReplication: {Status: Disabled}, Priority: 1'), []);
    assert.deepEqual(rule(', Filter: {Prefix: logs/}, DeleteMarkerReplication: {Status: Disabled}'), ['E3021 Resources/R/Properties/ReplicationConfiguration/Rules/0/Filter: Filter needs Priority too']);
  });
  it('E3030/E3031 a KMS key usage its key spec allows, ECS log drivers, canary rates from 1 minute to 1 hour', () => {
    const key = (spec: string, usage: string) => resourceFindings(/^E3030$/, 'AWS::KMS::Key', `KeySpec: ${spec}`, `KeyUsage: ${usage}`);
    assert.deepEqual(key('HMAC_256', 'GENERATE_VERIFY_MAC'), []);
    assert.deepEqual(key('RSA_2048', 'SIGN_VERIFY'), []);
    assert.deepEqual(key('ECC_NIST_P256', 'KEY_AGREEMENT'), []);
    assert.deepEqual(key('HMAC_256', 'ENCRYPT_DECRYPT'), ["E3030 Resources/R/Properties/KeyUsage: KeyUsage must be GENERATE_VERIFY_MAC when KeySpec is HMAC_256, not 'ENCRYPT_DECRYPT'"]);
    assert.deepEqual(key('RSA_4096', 'GENERATE_VERIFY_MAC'), ["E3030 Resources/R/Properties/KeyUsage: KeyUsage must be one of ENCRYPT_DECRYPT, SIGN_VERIFY when KeySpec is RSA_4096, not 'GENERATE_VERIFY_MAC'"]);
    assert.deepEqual(key('!Ref Spec', 'ENCRYPT_DECRYPT'), []);
    const driver = (name: string) => resourceFindings(/^E3030$/, 'AWS::ECS::TaskDefinition', `ContainerDefinitions: [{Name: app, Image: nginx, LogConfiguration: {LogDriver: ${name}}}]`);
    assert.deepEqual(driver('awslogs'), []);
    assert.deepEqual(driver('awsfirelens'), []);
    assert.equal(driver('awslog').length, 1);
    const canary = (expression: string) => resourceFindings(/^E3031$/, 'AWS::Synthetics::Canary', `Schedule: {Expression: '${expression}'}`);
    for (const ok of ['rate(1 minute)', 'rate(5 minutes)', 'rate(60 minutes)', 'rate(1 hour)', 'rate(0 minute)', 'cron(0/10 * * * ? *)']) assert.deepEqual(canary(ok), [], ok);
    for (const bad of ['rate(2 days)', 'rate(2 hours)', 'rate(90 minutes)']) assert.equal(canary(bad).length, 1, bad);
  });
  it('E3030/E3034 Auto Scaling notification types, a launch template\'s metadata hop limit, a pipeline action\'s run order', () => {
    const notifications = (types: string) => resourceFindings(/^E3030$/, 'AWS::AutoScaling::AutoScalingGroup', 'MinSize: "1"', 'MaxSize: "2"', `NotificationConfigurations: [{TopicARN: arn:aws:sns:us-east-1:123456789012:t, NotificationTypes: [${types}]}]`);
    assert.deepEqual(notifications('autoscaling:EC2_INSTANCE_LAUNCH, autoscaling:EC2_INSTANCE_TERMINATE_ERROR'), []);
    assert.equal(notifications('autoscaling:EC2_INSTANCE_LAUNCHED').length, 1);
    const hops = (limit: number) => resourceFindings(/^E3034$/, 'AWS::EC2::LaunchTemplate', `LaunchTemplateData: {MetadataOptions: {HttpTokens: required, HttpPutResponseHopLimit: ${limit}}}`);
    assert.deepEqual(hops(2), []);
    assert.equal(hops(100).length, 1);
    const order = (runOrder: number) =>
      resourceFindings(/^E3034$/, 'AWS::CodePipeline::Pipeline', 'RoleArn: arn:aws:iam::123456789012:role/p', 'ArtifactStore: {Type: S3, Location: artifacts}', `Stages: [{Name: Source, Actions: [{Name: S, RunOrder: ${runOrder}, ActionTypeId: {Category: Source, Owner: AWS, Provider: S3, Version: '1'}, Configuration: {S3Bucket: b, S3ObjectKey: k}, OutputArtifacts: [{Name: Src}]}]}]`);
    assert.deepEqual(order(1), []);
    assert.equal(order(0).length, 1);
  });
  it('E3030 allowed values the registry schemas lack, from the API references: CloudFront, API Gateway, CodeBuild, ElastiCache', () => {
    const origin = (policy: string) =>
      resourceFindings(/^E3030$/, 'AWS::CloudFront::Distribution', `DistributionConfig: {Enabled: true, Origins: [{Id: web, DomainName: example.com, CustomOriginConfig: {OriginProtocolPolicy: ${policy}}}], DefaultCacheBehavior: {TargetOriginId: web, ViewerProtocolPolicy: redirect-to-https, AllowedMethods: [GET, HEAD], CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6}}`);
    assert.deepEqual(origin('https-only'), []);
    assert.deepEqual(origin('https'), ["E3030 Resources/R/Properties/DistributionConfig/Origins/0/CustomOriginConfig/OriginProtocolPolicy: OriginProtocolPolicy must be one of http-only, match-viewer, https-only, not 'https' (did you mean 'https-only'?)"]);
    const endpoint = (type: string) => resourceFindings(/^E3030$/, 'AWS::ApiGateway::RestApi', 'Name: orders', `EndpointConfiguration: {Types: [${type}]}`);
    assert.deepEqual(endpoint('REGIONAL'), []);
    assert.equal(endpoint('REGION').length, 1);
    // CodeBuild reads these in any letter case and without underscores (linuxContainer deploys for LINUX_CONTAINER).
    const variable = (type: string) => resourceFindings(/^E3030$/, 'AWS::CodeBuild::Project', `Environment: {Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0, EnvironmentVariables: [{Name: TOKEN, Value: /ci/token, Type: ${type}}]}`);
    assert.deepEqual(variable('PARAMETER_STORE'), []);
    assert.deepEqual(variable('parameterStore'), []);
    assert.equal(variable('SECRET').length, 1);
    // cfn-lint's schemas list values taken in any letter case under enumCaseInsensitive: they are allowed values too.
    const cluster = (mode: string) => resourceFindings(/^E3030$/, 'AWS::ElastiCache::ReplicationGroup', 'ReplicationGroupDescription: cache', `ClusterMode: ${mode}`);
    assert.deepEqual(cluster('Enabled'), []);
    assert.equal(cluster('on').length, 1);
  });
  it('E3030/E3032/E3034/E3021 from the second examiner round: notification targets, noncurrent expiry, tag groups, CloudFront Functions on viewer events, a CodeBuild source location', () => {
    const target = (type: string) => resourceFindings(/^E3030$/, 'AWS::CodeStarNotifications::NotificationRule', 'Name: pr', 'DetailType: BASIC', 'Resource: arn:aws:codecommit:us-east-1:123456789012:repo', 'EventTypeIds: [codecommit-repository-pull-request-created]', `Targets: [{TargetType: ${type}, TargetAddress: arn:aws:sns:us-east-1:123456789012:t}]`);
    assert.deepEqual(target('SNS'), []);
    assert.equal(target('SNSTopic').length, 1);
    const expiry = (days: number) => resourceFindings(/^E3034$/, 'AWS::S3::Bucket', `LifecycleConfiguration: {Rules: [{Status: Enabled, NoncurrentVersionExpiration: {NoncurrentDays: ${days}}}]}`);
    assert.deepEqual(expiry(30), []);
    assert.equal(expiry(0).length, 1);
    const groups = (count: number) => resourceFindings(/^E3032$/, 'AWS::CodeDeploy::DeploymentGroup', 'ApplicationName: app', 'ServiceRoleArn: arn:aws:iam::123456789012:role/cd', `Ec2TagSet: {Ec2TagSetList: [${Array.from({ length: count }, (_, index) => `{Ec2TagGroup: [{Key: k${index}, Value: v, Type: KEY_AND_VALUE}]}`).join(', ')}]}`);
    assert.deepEqual(groups(3), []);
    assert.equal(groups(4).length, 1);
    const edge = (event: string) => resourceFindings(/^E3030$/, 'AWS::CloudFront::Distribution', `DistributionConfig: {Enabled: true, DefaultCacheBehavior: {TargetOriginId: web, ViewerProtocolPolicy: https-only, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6, FunctionAssociations: [{EventType: ${event}, FunctionARN: arn:aws:cloudfront::123456789012:function/f}]}, Origins: [{Id: web, DomainName: example.com, CustomOriginConfig: {OriginProtocolPolicy: https-only}}]}`);
    assert.deepEqual(edge('viewer-request'), []);
    assert.equal(edge('origin-request').length, 1);
    const source = (extra: string) => resourceFindings(/^E3021$/, 'AWS::CodeBuild::Project', 'ServiceRole: arn:aws:iam::123456789012:role/cb', 'Artifacts: {Type: NO_ARTIFACTS}', 'Environment: {Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0}', `Source: {Type: ${extra}}`);
    assert.deepEqual(source('CODECOMMIT, Location: https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app'), []);
    assert.deepEqual(source('CODEPIPELINE'), []);
    assert.deepEqual(source('NO_SOURCE, BuildSpec: "version: 0.2"'), []);
    assert.equal(source('CODECOMMIT').length, 1);
  });

  it('E3020/E3030/E3031/E3017/E3021 from the examiner rounds left open: ECR scan frequencies per scan type, rotation windows, RDS log types, patch rule approvals, reserved document names, alarm extended statistics, records without a TTL', () => {
    const scanning = (type: string, frequency: string) => resourceFindings(/^E3030$/, 'AWS::ECR::RegistryScanningConfiguration', `ScanType: ${type}`, `Rules: [{ScanFrequency: ${frequency}, RepositoryFilters: [{Filter: "*", FilterType: WILDCARD}]}]`);
    assert.deepEqual(scanning('BASIC', 'SCAN_ON_PUSH'), []);
    assert.deepEqual(scanning('ENHANCED', 'CONTINUOUS_SCAN'), []);
    assert.deepEqual(scanning('BASIC', 'CONTINUOUS_SCAN'), ["E3030 Resources/R/Properties/Rules/0/ScanFrequency: ScanFrequency must be SCAN_ON_PUSH, not 'CONTINUOUS_SCAN'"]);
    const rotation = (duration: string) => resourceFindings(/^E3031$/, 'AWS::SecretsManager::RotationSchedule', 'SecretId: s', `RotationRules: {ScheduleExpression: "rate(10 days)", Duration: ${duration}}`);
    for (const duration of ['1h', '3h', '24h']) assert.deepEqual(rotation(duration), [], duration);
    for (const duration of ['30h', '0h', '3 hours']) assert.equal(rotation(duration).length, 1, duration);
    const exports = (kind: string, logs: string) => resourceFindings(/^E3030$/, `AWS::RDS::${kind}`, 'Engine: !Ref EngineName', `EnableCloudwatchLogsExports: [${logs}]`);
    assert.deepEqual(exports('DBInstance', 'error, general, slowquery, iam-db-auth-error'), []);
    assert.deepEqual(exports('DBCluster', 'audit, instance, postgresql'), []);
    assert.equal(exports('DBInstance', 'error, general-log').length, 1);
    assert.equal(exports('DBCluster', 'slow_query').length, 1);
    const baseline = (system: string, rule: string) =>
      resourceFindings(/^E3017$/, 'AWS::SSM::PatchBaseline', 'Name: web-baseline', ...(system ? [`OperatingSystem: ${system}`] : []), `ApprovalRules: {PatchRules: [{PatchFilterGroup: {PatchFilters: [{Key: CLASSIFICATION, Values: [Security]}]}${rule}}]}`);
    assert.deepEqual(baseline('', ', ApproveAfterDays: 7'), []);
    assert.deepEqual(baseline('AMAZON_LINUX_2023', ', ApproveUntilDate: "2026-12-31"'), []);
    assert.deepEqual(baseline('UBUNTU', ''), []);
    assert.deepEqual(baseline('', ''), ['E3017 Resources/R/Properties/ApprovalRules/PatchRules/0: This object matches none of the forms PatchRules accepts (ApproveAfterDays is required; or ApproveUntilDate is required)']);
    assert.equal(baseline('WINDOWS', '').length, 1);
    const document = (name: string) => resourceFindings(/^E3031$/, 'AWS::SSM::Document', `Name: ${name}`, 'DocumentType: Automation', 'Content: {schemaVersion: "0.3", mainSteps: []}');
    for (const name of ['restart-web', 'Web-AWS-Restart', 'Amazing']) assert.deepEqual(document(name), [], name);
    for (const name of ['awsRestart', 'amazon-restart', 'amzn-restart', 'AWSSupport-Restart']) assert.equal(document(name).length, 1, name);
    const statistic = (value: string) => resourceFindings(/^E3031$/, 'AWS::CloudWatch::Alarm', 'Namespace: AWS/ApplicationELB', 'MetricName: TargetResponseTime', `ExtendedStatistic: "${value}"`, 'Period: 60', 'EvaluationPeriods: 3', 'Threshold: 1', 'ComparisonOperator: GreaterThanThreshold');
    for (const value of ['p90', 'p99.9', 'p100', 'tm90', 'wm99', 'IQM', 'PR(0:300)', 'TM(10%:90%)', 'TC(:95%)']) assert.deepEqual(statistic(value), [], value);
    for (const value of ['90p', 'p101', 'percentile90', 'avg']) assert.equal(statistic(value).length, 1, value);
    const record = (lines: string) => resourceFindings(/^E3021$/, 'AWS::Route53::RecordSet', 'HostedZoneId: Z123456ABCDEFG', 'Name: www.example.com', lines);
    assert.deepEqual(record('Type: CNAME\n      TTL: 300\n      ResourceRecords: [app.example.net]'), []);
    assert.deepEqual(record('Type: A\n      AliasTarget: {DNSName: d111111abcdef8.cloudfront.net, HostedZoneId: Z2FDTNDATAQYW2}'), []);
    assert.deepEqual(record('Type: CNAME\n      ResourceRecords: [app.example.net]'), ['E3021 Resources/R/Properties/ResourceRecords: ResourceRecords needs TTL too']);
    const group = resourceFindings(/^E3021$/, 'AWS::Route53::RecordSetGroup', 'HostedZoneName: example.com.', 'RecordSets: [{Name: api.example.com, Type: A, ResourceRecords: [192.0.2.1]}]');
    assert.deepEqual(group, ['E3021 Resources/R/Properties/RecordSets/0/ResourceRecords: ResourceRecords needs TTL too']);
    const backtrack = (engine: string, window: string) => resourceFindings(/^E3030$/, 'AWS::RDS::DBCluster', `Engine: ${engine}`, 'MasterUsername: admin', 'ManageMasterUserPassword: true', `BacktrackWindow: ${window}`);
    assert.deepEqual(backtrack('aurora-mysql', '86400'), []);
    assert.deepEqual(backtrack('aurora-postgresql', '0'), []);
    assert.deepEqual(backtrack('aurora-postgresql', '86400'), ["E3030 Resources/R/Properties/BacktrackWindow: BacktrackWindow must be 0 when Engine is aurora-postgresql, not '86400'"]);
    const secret = (...lines: string[]) => resourceFindings(/^E3020$/, 'AWS::SecretsManager::Secret', 'Name: app/db', ...lines);
    assert.deepEqual(secret('GenerateSecretString: {SecretStringTemplate: \'{"username":"admin"}\', GenerateStringKey: password}'), []);
    assert.deepEqual(secret('SecretString: \'{"username":"admin"}\'', 'GenerateSecretString: {PasswordLength: 32}'), [
      'E3020 Resources/R/Properties/GenerateSecretString: GenerateSecretString cannot be given together with SecretString',
    ]);
    const target = (index: number) => `{Id: t${index}, Arn: arn:aws:sns:us-east-1:123456789012:t${index}}`;
    const rule = (count: number) => resourceFindings(/^E3032$/, 'AWS::Events::Rule', 'ScheduleExpression: rate(5 minutes)', `Targets: [${Array.from({ length: count }, (_, index) => target(index)).join(', ')}]`);
    assert.deepEqual(rule(5), []);
    assert.deepEqual(rule(6), ['E3032 Resources/R/Properties/Targets: Targets takes at most 5 items; it has 6']);
    const service = (launchType: string) => resourceFindings(/^E3020$/, 'AWS::ECS::Service', `LaunchType: ${launchType}`, 'TaskDefinition: web:1', 'PlacementConstraints: [{Type: distinctInstance}]');
    assert.deepEqual(service('EC2'), []);
    assert.deepEqual(service('FARGATE'), ['E3020 Resources/R/Properties/PlacementConstraints: PlacementConstraints cannot be given when LaunchType is FARGATE']);
    const composite = (...lines: string[]) => resourceFindings(/^E3021$/, 'AWS::CloudWatch::CompositeAlarm', 'AlarmRule: ALARM(web-5xx)', ...lines);
    assert.deepEqual(composite(), []);
    assert.deepEqual(composite('ActionsSuppressor: maintenance', 'ActionsSuppressorWaitPeriod: 120', 'ActionsSuppressorExtensionPeriod: 180'), []);
    assert.deepEqual(composite('ActionsSuppressor: maintenance'), [
      'E3021 Resources/R/Properties/ActionsSuppressor: ActionsSuppressor needs ActionsSuppressorWaitPeriod and ActionsSuppressorExtensionPeriod too',
    ]);
  });

  it('E3018/E3030 a DynamoDB key schema takes its HASH key first and its RANGE key second (the registry\'s prefixItems, by position)', () => {
    const keys = (type: string, schema: string) =>
      resourceFindings(/^E30(18|30)$/, type, 'BillingMode: PAY_PER_REQUEST', 'AttributeDefinitions: [{AttributeName: pk, AttributeType: S}, {AttributeName: sk, AttributeType: S}]', `KeySchema: ${schema}`, ...(type.endsWith('GlobalTable') ? ['Replicas: [{Region: us-east-1}]'] : []));
    for (const type of ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable']) {
      assert.deepEqual(keys(type, '[{AttributeName: pk, KeyType: HASH}, {AttributeName: sk, KeyType: RANGE}]'), [], type);
      assert.deepEqual(keys(type, '[{AttributeName: pk, KeyType: HASH}]'), [], type);
      assert.equal(keys(type, '[{AttributeName: pk, KeyType: PARTITION}]').length, 1, type);
      assert.equal(keys(type, '[{AttributeName: pk, KeyType: HASH}, {AttributeName: sk, KeyType: HASH}]').length, 1, type);
      // Both positions are wrong: one finding for the Table's oneOf form, one per key on the GlobalTable.
      assert.equal(keys(type, '[{AttributeName: sk, KeyType: RANGE}, {AttributeName: pk, KeyType: HASH}]').length, type.endsWith('GlobalTable') ? 2 : 1, type);
      assert.deepEqual(keys(type, '[{AttributeName: pk, KeyType: HASH}, !If [Sorted, {AttributeName: sk, KeyType: RANGE}, !Ref AWS::NoValue]]'), [], type);
    }
    assert.deepEqual(keys('AWS::DynamoDB::GlobalTable', '[{AttributeName: pk, KeyType: HASH}, {AttributeName: sk, KeyType: HASH}]'), ["E3030 Resources/R/Properties/KeySchema/1/KeyType: KeyType must be \"RANGE\", not 'HASH'"]);
  });

  it('E3020/E3030/E3031/E3034 from the third examiner round: website index documents, SSM names, NACL rule numbers, EFS keys, replication destinations, RDS log types per engine and storage sizes', () => {
    const site = (index: string) => resourceFindings(/^E3031$/, 'AWS::S3::Bucket', `WebsiteConfiguration: {IndexDocument: "${index}"}`);
    assert.deepEqual(site('index.html'), []);
    assert.equal(site('/index.html').length, 1);
    const parameter = (name: string) => resourceFindings(/^E3031$/, 'AWS::SSM::Parameter', `Name: ${name}`, 'Type: String', 'Value: x');
    for (const name of ['/lab/aws/config', 'lab-config', 'Assm']) assert.deepEqual(parameter(name), [], name);
    for (const name of ['aws-lab-config', 'AWSconfig', 'ssm-lab', 'Ssm']) assert.equal(parameter(name).length, 1, name);
    const rule = (number: number) => resourceFindings(/^E3034$/, 'AWS::EC2::NetworkAclEntry', 'NetworkAclId: acl-12345678', `RuleNumber: ${number}`, 'Protocol: -1', 'RuleAction: allow', 'CidrBlock: 10.0.0.0/16');
    assert.deepEqual(rule(32766), []);
    assert.equal(rule(32767).length, 1);
    assert.equal(rule(0).length, 1);
    const fileSystem = (encrypted: string) => resourceFindings(/^E3020$/, 'AWS::EFS::FileSystem', ...(encrypted ? [`Encrypted: ${encrypted}`] : []), 'KmsKeyId: alias/efs-key');
    assert.deepEqual(fileSystem('true'), []);
    assert.equal(fileSystem('false').length, 1);
    assert.equal(fileSystem('').length, 1);
    const replication = (bucket: string) => resourceFindings(/^E3031$/, 'AWS::S3::Bucket', 'VersioningConfiguration: {Status: Enabled}', `ReplicationConfiguration: {Role: arn:aws:iam::123456789012:role/r, Rules: [{Status: Enabled, Destination: {Bucket: ${bucket}}}]}`);
    assert.deepEqual(replication('arn:aws:s3:::dest-bucket'), []);
    assert.deepEqual(replication('!GetAtt Dest.Arn'), []);
    assert.equal(replication('dest-bucket').length, 1);
    const logs = (type: string, engine: string, exported: string) => resourceFindings(/^E3030$/, `AWS::RDS::${type}`, `Engine: ${engine}`, `EnableCloudwatchLogsExports: [${exported}]`);
    assert.deepEqual(logs('DBInstance', 'MySQL', 'error, slowquery, audit'), []);
    assert.deepEqual(logs('DBInstance', 'sqlserver-ex', 'agent, error'), []);
    assert.deepEqual(logs('DBInstance', 'oracle-ee', 'alert, listener'), []);
    assert.equal(logs('DBInstance', 'mysql', 'error, postgresql').length, 1);
    assert.equal(logs('DBInstance', 'postgres', 'slowquery').length, 1);
    assert.deepEqual(logs('DBCluster', 'aurora-mysql', 'audit, instance'), []);
    assert.equal(logs('DBCluster', 'aurora-postgresql', 'slowquery').length, 1);
    assert.equal(logs('DBCluster', 'mysql', 'audit').length, 1);
    const storage = (...lines: string[]) => resourceFindings(/^E3034$/, 'AWS::RDS::DBInstance', 'DBInstanceClass: db.t3.micro', ...lines);
    assert.deepEqual(storage('Engine: mysql', 'AllocatedStorage: "20"'), []);
    assert.deepEqual(storage('Engine: mysql', 'StorageType: standard', 'AllocatedStorage: "5"'), []);
    assert.deepEqual(storage('Engine: aurora-mysql', 'DBClusterIdentifier: c', 'AllocatedStorage: "1"'), []);
    assert.equal(storage('Engine: mysql', 'StorageType: gp3', 'AllocatedStorage: "10"').length, 1);
    assert.equal(storage('Engine: postgres', 'AllocatedStorage: 5').length, 1);
  });

  it('E3030/E3031 from examiner round 4 and hunt 3: stage cache sizes and variable names, root objects, SNS keys, bundle types', () => {
    const stage = (...lines: string[]) => resourceFindings(/^E30(30|31)$/, 'AWS::ApiGateway::Stage', 'RestApiId: api', ...lines);
    assert.deepEqual(stage('CacheClusterSize: "0.5"', 'Variables: {db_host: x}'), []);
    assert.equal(stage('CacheClusterSize: "2"').length, 1);
    assert.equal(stage('Variables: {db-host: x}').length, 1);
    const root = (value: string) => resourceFindings(/^E3031$/, 'AWS::CloudFront::Distribution', `DistributionConfig: {Enabled: true, DefaultRootObject: ${value}}`);
    assert.deepEqual(root('index.html'), []);
    assert.equal(root('/index.html').length, 1);
    // SNS checks the key when a message is published, not when the topic is created.
    assert.deepEqual(resourceFindings(/^E30/, 'AWS::SNS::Topic', 'KmsMasterKeyId: String'), []);
    const bundle = (type: string) =>
      resourceFindings(/^E3030$/, 'AWS::CodeDeploy::DeploymentGroup', 'ApplicationName: a', 'ServiceRoleArn: arn:aws:iam::123456789012:role/r', `Deployment: {Revision: {RevisionType: S3, S3Location: {Bucket: b, Key: k, BundleType: ${type}}}}`);
    assert.deepEqual(bundle('Zip'), []);
    assert.equal(bundle('rar').length, 1);
    const union = (filter: string) =>
      resourceFindings(/^E3030$/, 'AWS::CloudFormation::StackSet', 'StackSetName: s', 'PermissionModel: SERVICE_MANAGED', `StackInstancesGroup: [{Regions: [us-east-1], DeploymentTargets: {OrganizationalUnitIds: [ou-a1b2-c3d4e5f6], Accounts: ['123456789012'], AccountFilterType: ${filter}}}]`);
    assert.deepEqual(union('DIFFERENCE'), []);
    assert.equal(union('UNION').length, 1);
  });

  it('SAM: a CloudWatchEvent event takes the dead-letter queue and retry policy SAM deploys on it, as an EventBridgeRule event does', () => {
    const event = (extra: string) =>
      findingsOf(/^E30/, ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      Runtime: python3.13', '      Handler: index.handler', '      InlineCode: x', '      Events:', `        Tick: {Type: CloudWatchEvent, Properties: {Pattern: {source: [my.app]}${extra}}}`]);
    assert.deepEqual(event(', DeadLetterConfig: {Type: SQS}, RetryPolicy: {MaximumRetryAttempts: 6}'), []);
    assert.equal(event(', Retries: 6').length, 1);
  });

  it('E3021/E3020/E1041 from this stop\'s examiner round: TTL attribute, replication destination ARN, maintenance window task limits, resource labels, secret attachment target types, conformance pack buckets, state machine log groups, associations on a rate', () => {
    const ttl = (spec: string) =>
      resourceFindings(/^E30/, 'AWS::DynamoDB::Table', 'AttributeDefinitions: [{AttributeName: id, AttributeType: S}]', 'KeySchema: [{AttributeName: id, KeyType: HASH}]', 'BillingMode: PAY_PER_REQUEST', `TimeToLiveSpecification: ${spec}`);
    assert.deepEqual(ttl('{Enabled: true}'), ['E3021 Resources/R/Properties/TimeToLiveSpecification/Enabled: AttributeName is required when Enabled is true']);
    assert.deepEqual(ttl('{Enabled: true, AttributeName: expires}'), []);
    assert.deepEqual(ttl('{Enabled: false}'), []);
    const task = (...extra: string[]) =>
      resourceFindings(/^E30/, 'AWS::SSM::MaintenanceWindowTask', 'WindowId: mw-0123456789abcdef0', 'Priority: 1', 'TaskType: RUN_COMMAND', 'TaskArn: AWS-RunPatchBaseline', ...extra);
    assert.deepEqual(task('Targets: [{Key: WindowTargetIds, Values: [abc]}]'), ['E3021 Resources/R/Properties/Targets: Targets needs MaxConcurrency and MaxErrors too']);
    assert.deepEqual(task('Targets: [{Key: WindowTargetIds, Values: [abc]}]', 'MaxConcurrency: "2"', 'MaxErrors: "1"'), []);
    assert.deepEqual(task(), []);
    const label = (metric: string) =>
      resourceFindings(/^E30/, 'AWS::ApplicationAutoScaling::ScalingPolicy', 'PolicyName: p', 'PolicyType: TargetTrackingScaling', 'ScalingTargetId: t',
        `TargetTrackingScalingPolicyConfiguration: {TargetValue: 50, PredefinedMetricSpecification: {PredefinedMetricType: ${metric}, ResourceLabel: app/a/b/targetgroup/c/d}}`);
    assert.equal(label('ECSServiceAverageCPUUtilization').length, 1);
    assert.deepEqual(label('ALBRequestCountPerTarget'), []);
    const replication = (bucket: string) =>
      findingsOf(/^E(30|104)/, ['Resources:', '  Src:', '    Type: AWS::S3::Bucket', '    Properties:', '      VersioningConfiguration: {Status: Enabled}', '      ReplicationConfiguration:',
        '        Role: arn:aws:iam::123456789012:role/r', `        Rules: [{Status: Enabled, Destination: {Bucket: ${bucket}}}]`, '  Dst:', '    Type: AWS::S3::Bucket']);
    assert.deepEqual(replication('!Ref Dst').map((line) => line.split(':')[0]), ['E1041 Resources/Src/Properties/ReplicationConfiguration/Rules/0/Destination/Bucket']);
    assert.match(replication('my-replica')[0], /^E3031 .*'my-replica' is not a valid Bucket: it takes the destination bucket's ARN/);
    assert.deepEqual(replication('!GetAtt Dst.Arn'), []);
    assert.deepEqual(replication("!Sub 'arn:${AWS::Partition}:s3:::my-replica'"), []);
    const attachment = (type: string) => resourceFindings(/^E3030/, 'AWS::SecretsManager::SecretTargetAttachment', 'SecretId: s', 'TargetId: db', `TargetType: ${type}`);
    assert.match(attachment('AWS::RDS::Instance')[0], /^E3030 .*TargetType must be one of .*, not 'AWS::RDS::Instance' \(did you mean 'AWS::RDS::DBInstance'\?\)$/);
    assert.deepEqual(attachment('AWS::RDS::DBCluster'), []);
    const pack = (bucket: string) => resourceFindings(/^E303/, 'AWS::Config::ConformancePack', 'ConformancePackName: ops', `DeliveryS3Bucket: ${bucket}`, 'TemplateS3Uri: s3://b/t.yaml');
    assert.match(pack('my-config-bucket')[0], /^E3031 .*'my-config-bucket' is not a valid DeliveryS3Bucket: the bucket's name must begin with awsconfigconforms$/);
    assert.deepEqual(pack('awsconfigconforms-ops'), []);
    assert.deepEqual(pack('""'), []);
    const logs = (arn: string) => resourceFindings(/^E303/, 'AWS::StepFunctions::StateMachine', 'RoleArn: arn:aws:iam::123456789012:role/sfn', 'DefinitionString: "{}"',
      `LoggingConfiguration: {Level: ALL, Destinations: [{CloudWatchLogsLogGroup: {LogGroupArn: ${arn}}}]}`);
    assert.equal(logs('arn:aws:logs:us-east-1:123456789012:log-group:/aws/sfn/x').length, 1);
    assert.deepEqual(logs("'arn:aws:logs:us-east-1:123456789012:log-group:/aws/sfn/x:*'"), []);
    assert.deepEqual(logs("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/sfn/x:*'"), []);
    const association = (schedule: string) => resourceFindings(/^E303/, 'AWS::SSM::Association', 'Name: AWS-RunPatchBaseline', `ScheduleExpression: ${schedule}`, 'ApplyOnlyAtCronInterval: true');
    assert.deepEqual(association('rate(14 days)'), ["E3030 Resources/R/Properties/ApplyOnlyAtCronInterval: ApplyOnlyAtCronInterval must be false, not 'true'"]);
    assert.deepEqual(association('cron(0 2 ? * SUN *)'), []);
  });
});
