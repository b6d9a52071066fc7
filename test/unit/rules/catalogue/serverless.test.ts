/** Edge cases of the SAM, API Gateway and Lambda version checks (T18–T19): Globals, intrinsics, JSON, quick fixes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, only } from '../exam/helpers';
import { check, findingPaths, paths } from './helpers';
import { paths as checkPaths, resources as checkResources } from './checkObjects';
import { lambdaPackageSettings } from '../../../../src/core/rules/catalogue/serverless/lambdaPackages';
import { sqsVisibilityBelowTimeout } from '../../../../src/core/rules/catalogue/serverless/sqsTimeouts';

function sam(globals: string, functionProperties: string, extra = ''): string {
  return `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
${globals}Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
${functionProperties}${extra}`;
}

describe('SAM deployment checks', () => {
  it('CX1810 reads Globals and reports a global ProvisionedConcurrencyConfig once', () => {
    const pc = '    ProvisionedConcurrencyConfig:\n      ProvisionedConcurrentExecutions: 2\n';
    assert.deepEqual(paths('CX1810', sam(pc + '    AutoPublishAlias: live\n', '')), []);
    const second = '  Other:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: b.handler\n      CodeUri: src/\n';
    assert.deepEqual(paths('CX1810', sam(pc, '', second)), ['Globals/Function/ProvisionedConcurrencyConfig']);
    assert.deepEqual(paths('CX1810', sam('', '      ProvisionedConcurrencyConfig: !If [C, {ProvisionedConcurrentExecutions: 2}, !Ref AWS::NoValue]\n')), []);
  });

  it('CX1811 accepts the full CodeDeploy name and skips disabled preferences', () => {
    const preference = (type: string, enabled = '') => `      AutoPublishAlias: live\n      DeploymentPreference:\n        Type: ${type}\n${enabled}`;
    assert.equal(paths('CX1811', sam('', preference('CodeDeployDefault.LambdaAllAtOnce'))).length, 1);
    assert.deepEqual(paths('CX1811', sam('', preference('AllAtOnce', "        Enabled: 'false'\n"))), []);
  });

  it('CX1812 proposes the predefined type and leaves custom configurations of the template alone', () => {
    const text = sam('', '      AutoPublishAlias: live\n      DeploymentPreference:\n        Type: linear10PercentEvery1Minute\n');
    const found = only(check('CX1812', text));
    assert.match(found.message, /Linear10PercentEvery1Minute/);
    assert.deepEqual(check('CX1812', applyEdits(text, found.fixes![0].edits)), []);
    const custom = '  Custom:\n    Type: AWS::CodeDeploy::DeploymentConfig\n    Properties:\n      DeploymentConfigName: Canary10Percent5Minute\n      ComputePlatform: Lambda\n      TrafficRoutingConfig: {Type: AllAtOnce}\n';
    assert.deepEqual(paths('CX1812', sam('', '      AutoPublishAlias: live\n      DeploymentPreference:\n        Type: Canary10Percent5Minute\n', custom)), []);
    // A shortened unit is a prefix of the name it means.
    assert.match(only(check('CX1812', sam('', '      AutoPublishAlias: live\n      DeploymentPreference:\n        Type: Canary10Percent10Min\n'))).message, /did you mean 'Canary10Percent10Minutes'/);
  });
});

describe('SAM traffic hooks', () => {
  const deploying = (role = '') =>
    `      AutoPublishAlias: live\n      DeploymentPreference:\n        Type: Canary10Percent5Minutes\n${role}        Hooks:\n          PreTraffic: !Ref Hook\n`;
  const hook = (properties: string) => `  Hook:
    Type: AWS::Serverless::Function
    Properties:
      Handler: hook.handler
      CodeUri: hooks/
${properties}`;

  it('CX1813 knows managed policies and SAM policy templates without the report call', () => {
    assert.equal(paths('CX1813', sam('', deploying(), hook('      Policies: AWSLambdaBasicExecutionRole\n'))).length, 1);
    assert.equal(paths('CX1813', sam('', deploying(), hook('      Policies:\n        - LambdaInvokePolicy:\n            FunctionName: !Ref Fn\n'))).length, 1);
    assert.deepEqual(paths('CX1813', sam('', deploying(), hook('      Policies:\n        - CodeDeployHookPolicy: {}\n'))), []);
    const allowed = "      Policies:\n        - Statement:\n            - Effect: Allow\n              Action: 'codedeploy:Put*'\n              Resource: '*'\n";
    assert.deepEqual(paths('CX1813', sam('', deploying(), hook(allowed))), []);
  });

  it('CX1814 accepts a Sub name with the prefix, skips custom roles, and its quick fix names the hook', () => {
    assert.deepEqual(paths('CX1814', sam('', deploying(), hook("      FunctionName: !Sub 'CodeDeployHook_${AWS::StackName}'\n"))), []);
    assert.deepEqual(paths('CX1814', sam('', deploying('        Role: !GetAtt HookRole.Arn\n'), hook(''))), []);
    const text = sam('', deploying(), hook('      Timeout: 30\n'));
    const found = only(check('CX1814', text));
    assert.deepEqual(check('CX1814', applyEdits(text, found.fixes![0].edits)), []);
  });
});

describe('API Gateway deployments', () => {
  const api = (deployment: string, body = '') => `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: api
${body}  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      Integration: {Type: MOCK}
  Other:
    Type: AWS::CloudWatch::Dashboard
    DependsOn: Method
    Properties:
      DashboardBody: '{}'
  Deployment:
    Type: AWS::ApiGateway::Deployment
${deployment}    Properties:
      RestApiId: !Ref Api
`;

  it('CX1910 follows dependencies through other resources and skips APIs defined by an OpenAPI body', () => {
    assert.deepEqual(paths('CX1910', api('    DependsOn: Other\n')), []);
    assert.deepEqual(paths('CX1910', api('', '      Body: {openapi: 3.0.1}\n')), []);
    const text = api('');
    const found = only(check('CX1910', text));
    assert.deepEqual(check('CX1910', applyEdits(text, found.fixes![0].edits)), []);
  });
});

describe('Lambda aliases', () => {
  it('CX1914 and CX1915 need $LATEST written literally', () => {
    const alias = (version: string, extra: string) => `Parameters:
  Version:
    Type: String
Resources:
  Alias:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: fn
      Name: live
      FunctionVersion: ${version}
${extra}`;
    const pc = '      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 1}\n';
    const routing = "      RoutingConfig: {AdditionalVersionWeights: [{FunctionVersion: '2', FunctionWeight: 0.1}]}\n";
    assert.equal(paths('CX1914', alias("'$LATEST'", pc)).length, 1);
    assert.deepEqual(paths('CX1914', alias('!Ref Version', pc)), []);
    assert.deepEqual(paths('CX1915', alias("'$LATEST'", routing)), ['Resources/Alias/Properties/FunctionVersion']);
    assert.deepEqual(paths('CX1915', alias("'1'", routing)), []);
  });
});

describe('CX1815 SQS visibility timeout and function timeout', () => {
  const template = (queue: string, timeout: string) =>
    checkResources(`  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n${queue}      DelaySeconds: 0\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Handler: i.h\n      Role: !Ref RoleArn\n      Code: { ZipFile: x }\n${timeout}  Mapping:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties:\n      EventSourceArn: !GetAtt Queue.Arn\n      FunctionName: !Ref Fn\n`);
  const at = ['Resources/Mapping/Properties/EventSourceArn'];

  it('compares with the defaults: 30 s for the queue, 3 s for the function', () => {
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, template('', '      Timeout: 31\n')), at);
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, template('', '      Timeout: 30\n')), []);
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, template('      VisibilityTimeout: 2\n', '')), at);
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, template('      VisibilityTimeout: "180"\n', '      Timeout: "30"\n')), []);
  });

  it('leaves computed timeouts and queues or functions from elsewhere alone', () => {
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, template('      VisibilityTimeout: !Ref Visibility\n', '      Timeout: 60\n')), []);
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, template('', '      Timeout: !If [Slow, 60, 10]\n')), []);
    const imported = template('', '      Timeout: 60\n').replace('EventSourceArn: !GetAtt Queue.Arn', 'EventSourceArn: !ImportValue QueueArn');
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, imported), []);
  });

  it("reads a SAM function's SQS event and its Timeout from Globals", () => {
    const sam = (timeout: string) =>
      `Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Timeout: ${timeout}\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: i.h\n      InlineCode: x\n      Events:\n        Work:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Queue.Arn\n`;
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, sam('45')), ['Resources/Fn/Properties/Events/Work/Properties/Queue']);
    assert.deepEqual(checkPaths(sqsVisibilityBelowTimeout, sam('25')), []);
  });
});

describe('CX1816 Lambda package settings', () => {
  const func = (properties: string) => checkResources(`  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: !Ref RoleArn\n${properties}`);

  it('needs a Runtime for a .zip archive, inline or in S3', () => {
    assert.deepEqual(checkPaths(lambdaPackageSettings, func('      Handler: i.h\n      Code: { ZipFile: x }\n')), ['Resources/Fn/Properties/Code']);
    assert.deepEqual(checkPaths(lambdaPackageSettings, func('      Handler: i.h\n      PackageType: Zip\n      Code: { S3Bucket: b, S3Key: k }\n')), ['Resources/Fn/Properties/Code']);
    assert.deepEqual(checkPaths(lambdaPackageSettings, func('      Runtime: python3.13\n      Handler: i.h\n      Code: { ZipFile: x }\n')), []);
    assert.deepEqual(checkPaths(lambdaPackageSettings, func('      Runtime: !Ref AWS::NoValue\n      Code: { ZipFile: x }\n')), ['Resources/Fn/Properties/Code']);
  });

  it('refuses a Runtime on a container image, and leaves a computed PackageType alone', () => {
    assert.deepEqual(checkPaths(lambdaPackageSettings, func('      PackageType: Image\n      Runtime: python3.13\n      Code: { ImageUri: !Ref Image }\n')), ['Resources/Fn/Properties/Runtime']);
    assert.deepEqual(checkPaths(lambdaPackageSettings, func('      PackageType: Image\n      Code: { ImageUri: !Ref Image }\n')), []);
    assert.deepEqual(checkPaths(lambdaPackageSettings, func('      PackageType: !Ref Kind\n      Code: { ImageUri: !Ref Image }\n')), []);
  });

  it('refuses a Runtime of its own on a SAM image function; a .zip SAM function may take its Runtime from Globals', () => {
    const sam = (properties: string) => checkResources(`  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n${properties}`);
    assert.deepEqual(checkPaths(lambdaPackageSettings, sam('      PackageType: Image\n      Runtime: provided.al2023\n      ImageUri: repo:tag\n')), ['Resources/Fn/Properties/Runtime']);
    assert.deepEqual(checkPaths(lambdaPackageSettings, sam('      PackageType: Image\n      ImageUri: repo:tag\n')), []);
    assert.deepEqual(checkPaths(lambdaPackageSettings, sam('      Handler: i.h\n      CodeUri: s3://b/k\n')), []);
  });
});

describe('CX1917 SnapStart set in SAM Globals', () => {
  const template = (functionLines: string) => `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: java21
    SnapStart: {ApplyOn: PublishedVersions}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.Handler::handle
      CodeUri: s3://bucket/app.zip
      AutoPublishAlias: live
${functionLines}`;

  it('judges a function that inherits SnapStart as one that sets it', () => {
    assert.deepEqual(paths('CX1917', template('      EphemeralStorage: {Size: 2048}\n')), ['Resources/Fn/Properties/EphemeralStorage/Size']);
    assert.deepEqual(paths('CX1917', template('      Runtime: nodejs22.x\n')), ['Resources/Fn']);
    assert.deepEqual(paths('CX1917', template('      EphemeralStorage: {Size: 512}\n')), []);
  });
});

describe('CX1918 Lambda integrations called with another method than POST', () => {
  const method = (integration: string) =>
    `Resources:\n  Get:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: api\n      ResourceId: res\n      HttpMethod: GET\n      AuthorizationType: NONE\n      Integration:\n${integration}`;
  const lambdaUri = '        Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations\n';
  const PATH = ['Resources/Get/Properties/Integration/IntegrationHttpMethod'];

  it('reports proxy and custom Lambda integrations with GET, the Uri written with Fn::Sub or Fn::Join, and fixes it to POST', () => {
    assert.deepEqual(paths('CX1918', method(`        Type: AWS_PROXY\n        IntegrationHttpMethod: GET\n${lambdaUri}`)), PATH);
    const joined = '        Uri: !Join ["", ["arn:aws:apigateway:", !Ref "AWS::Region", ":lambda:path/2015-03-31/functions/", !GetAtt Fn.Arn, "/invocations"]]\n';
    const found = check('CX1918', method(`        Type: AWS\n        IntegrationHttpMethod: get\n${joined}`));
    assert.deepEqual(findingPaths(found), PATH);
    assert.deepEqual(check('CX1918', applyEdits(method(`        Type: AWS\n        IntegrationHttpMethod: get\n${joined}`), found[0].fixes![0].edits)), []);
  });

  it('says that ANY fails only the calls made with another method than POST', () => {
    assert.match(check('CX1918', method(`        Type: AWS_PROXY\n        IntegrationHttpMethod: ANY\n${lambdaUri}`))[0].message, /so every call a client makes with another method fails$/);
    assert.match(check('CX1918', method(`        Type: AWS_PROXY\n        IntegrationHttpMethod: GET\n${lambdaUri}`))[0].message, /so every call would fail$/);
  });

  it('leaves POST, HTTP integrations, other AWS services and a method given by a parameter alone', () => {
    assert.deepEqual(paths('CX1918', method(`        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n${lambdaUri}`)), []);
    assert.deepEqual(paths('CX1918', method('        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: https://example.com/items\n')), []);
    assert.deepEqual(paths('CX1918', method('        Type: AWS\n        IntegrationHttpMethod: GET\n        Uri: !Sub arn:aws:apigateway:${AWS::Region}:s3:path/bucket/key\n')), []);
    assert.deepEqual(paths('CX1918', method(`        Type: AWS_PROXY\n        IntegrationHttpMethod: !Ref Verb\n${lambdaUri}`)), []);
  });
});
