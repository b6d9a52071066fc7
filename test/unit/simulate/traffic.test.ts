import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { increments, secondsToFullShift } from '../../../src/core/simulate/traffic/shift';
import { samTypeConfig } from '../../../src/core/simulate/codedeploy/predefined';
import { problemCodes, timelineOf } from './helpers';

const CONFIGURATIONS = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html';
const SAM_PREFERENCE = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html';
const LINEAR_CONFIG = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentconfig-timebasedlinear.html';
const HOOK_SYNTAX = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green-hook-syntax.html';
const HOOK_DEFAULTS = 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.CfnTrafficRoutingTimeBasedCanary.html';

const trafficOf = (timeline: { steps: { traffic?: { new: number } }[] }) => timeline.steps.flatMap((step) => (step.traffic ? [step.traffic.new] : []));

describe(`traffic-shifting configurations (${CONFIGURATIONS})`, () => {
  it('Canary10Percent5Minutes: 10% first, the remaining 90% five minutes later', () => {
    const routing = samTypeConfig('Canary10Percent5Minutes')!.routing!;
    assert.deepEqual(increments(routing), [10, 100]);
    assert.equal(secondsToFullShift(routing), 300);
  });

  it(`Linear10PercentEvery1Minute: ten increments of 10%, a minute between each, so all traffic after 9 minutes (${LINEAR_CONFIG})`, () => {
    const routing = samTypeConfig('Linear10PercentEvery1Minute')!.routing!;
    assert.deepEqual(increments(routing), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    assert.equal(secondsToFullShift(routing), 540);
  });

  it('AllAtOnce moves everything in one step', () => {
    assert.deepEqual(increments(samTypeConfig('AllAtOnce')!.routing!), [100]);
  });
});

const SAM = (preference: string[], extra: string[] = []) => [
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  Api:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      Runtime: python3.12',
  '      Handler: app.handler',
  '      CodeUri: src/',
  '      AutoPublishAlias: live',
  '      DeploymentPreference:',
  ...preference.map((line) => `        ${line}`),
  ...extra,
];

describe(`SAM DeploymentPreference (${SAM_PREFERENCE})`, () => {
  it('a canary with hooks and an alarm: hook, 10%, 5 minutes, the rest, hook', () => {
    const timeline = timelineOf(
      SAM(
        ['Type: Canary10Percent5Minutes', 'Alarms: [!Ref Errors]', 'Hooks: {PreTraffic: !Ref Check, PostTraffic: !Ref Check}'],
        ['  Check:', '    Type: AWS::Serverless::Function', '    Properties: {Runtime: python3.12, Handler: c.handler, CodeUri: c/}', '  Errors:', '    Type: AWS::CloudWatch::Alarm', '    Properties: {MetricName: Errors, Namespace: AWS/Lambda, Statistic: Sum, Period: 60, EvaluationPeriods: 2, Threshold: 1, ComparisonOperator: GreaterThanThreshold}'],
      ),
      'Api',
      'traffic-shift',
    );
    assert.equal(timeline.summary, '10% first, the rest after 5 min, 1 alarm watched');
    assert.deepEqual(timeline.steps.map((step) => step.title), ['Hook BeforeAllowTraffic (PreTraffic: Check)', 'Shift to 10% on the new version', 'Shift to 100% on the new version', 'Hook AfterAllowTraffic (PostTraffic: Check)']);
    assert.deepEqual(trafficOf(timeline), [0, 10, 100, 100]);
    assert.deepEqual(timeline.problems, []);
    assert.equal(timeline.duration.min, 300);
    assert.equal(timeline.duration.max, undefined);
  });

  it('an alarm that needs longer than the whole shift cannot stop it', () => {
    const timeline = timelineOf(
      SAM(['Type: Canary10Percent5Minutes', 'Alarms: [!Ref Errors]'], ['  Errors:', '    Type: AWS::CloudWatch::Alarm', '    Properties: {MetricName: Errors, Namespace: AWS/Lambda, Statistic: Sum, Period: 300, EvaluationPeriods: 3, Threshold: 1, ComparisonOperator: GreaterThanThreshold}']),
      'Api',
      'traffic-shift',
    );
    assert.deepEqual(problemCodes(timeline), ['alarm-slower-than-shift']);
    assert.equal(timeline.problems[0].message, 'Alarm Errors needs 15 min of breaching data before it can go into ALARM, but all traffic is on the new version after 5 min: it cannot stop the shift in time');
  });

  it('no alarms: only failing hooks roll back', () => {
    assert.deepEqual(problemCodes(timelineOf(SAM(['Type: Linear10PercentEvery10Minutes']), 'Api', 'traffic-shift')), ['no-alarms']);
  });
});

describe('Lambda alias with CodeDeployLambdaAliasUpdate', () => {
  it('uses the configuration, alarms and rollback of the deployment group it names', () => {
    const lines = [
      'Resources:',
      '  Alias:',
      '    Type: AWS::Lambda::Alias',
      '    UpdatePolicy:',
      '      CodeDeployLambdaAliasUpdate: {ApplicationName: !Ref App, DeploymentGroupName: !Ref Group, BeforeAllowTrafficHook: !Ref Pre}',
      '    Properties: {FunctionName: f, FunctionVersion: "1", Name: live}',
      '  App:',
      '    Type: AWS::CodeDeploy::Application',
      '    Properties: {ComputePlatform: Lambda}',
      '  Group:',
      '    Type: AWS::CodeDeploy::DeploymentGroup',
      '    Properties:',
      '      ApplicationName: !Ref App',
      '      ServiceRoleArn: arn:aws:iam::123456789012:role/deploy',
      '      DeploymentConfigName: CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
      '      DeploymentStyle: {DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL}',
      '      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}',
      '  Pre:',
      '    Type: AWS::Lambda::Function',
      '    Properties: {Runtime: python3.12, Handler: a.h, Role: arn:aws:iam::123456789012:role/r, Code: {ZipFile: x}}',
    ];
    const timeline = timelineOf(lines, 'Alias', 'traffic-shift');
    assert.equal(timeline.summary, '10% more every 3 min: all traffic after 27 min, no alarm watched');
    assert.equal(timeline.steps[0].title, 'Hook BeforeAllowTraffic (Pre)');
    assert.equal(
      timeline.steps[1].onFailure,
      'A hook reporting Failed: CodeDeploy rolls back, and all traffic returns to the original version. A manual stop: the deployment ends and traffic stays where it is until you redeploy (DEPLOYMENT_STOP_ON_REQUEST is not among the rollback events).',
    );
    assert.equal(timelineOf(lines, 'Group', 'traffic-shift').summary, '10% more every 3 min: all traffic after 27 min, no alarm watched');
  });
});

describe(`AWS::CodeDeploy::BlueGreen hook (${HOOK_SYNTAX})`, () => {
  it(`TimeBasedCanary with the defaults of 15% and 5 minutes (${HOOK_DEFAULTS}); tasks of both task sets run`, () => {
    const lines = [
      'Transform: [AWS::CodeDeployBlueGreen]',
      'Hooks:',
      '  CodeDeployBlueGreenHook:',
      '    Type: AWS::CodeDeploy::BlueGreen',
      '    Properties:',
      '      TrafficRoutingConfig: {Type: TimeBasedCanary}',
      '      AdditionalOptions: {TerminationWaitTimeInMinutes: 10}',
      '      Applications: [{Target: {Type: AWS::ECS::Service, LogicalID: Service}}]',
      'Resources:',
      '  Service:',
      '    Type: AWS::ECS::Service',
      '    Properties: {DesiredCount: 3, DeploymentController: {Type: EXTERNAL}}',
    ];
    const timeline = timelineOf(lines, 'Service', 'traffic-shift');
    assert.equal(timeline.summary, '15% first, the rest after 5 min, no alarm watched');
    assert.deepEqual(trafficOf(timeline), [0, 15, 100, 100]);
    assert.deepEqual(timeline.steps.at(-1)!.running, { old: 3, new: 3 });
    assert.deepEqual(timeline.duration, { min: 900 });
  });
});
