// Deployment kinds. Expected answers come from the CodeDeploy pages (alarms stop a deployment only when
// AlarmConfiguration is enabled; DEPLOYMENT_STOP_ON_ALARM turns the stop into a rollback; predefined
// configurations; TimeBasedLinear shifts its share at the start of each interval), the ECS circuit
// breaker page and Elastic Beanstalk's deployment policies, worked out by hand for each template.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beanstalkDeployment } from '../../../src/core/practice/generate/kinds/beanstalkDeployment';
import { codeDeployAlarmOutcome } from '../../../src/core/practice/generate/kinds/codeDeployAlarmOutcome';
import { codeDeployRollbackSettings } from '../../../src/core/practice/generate/kinds/codeDeployRollbackSettings';
import { deploymentPreferenceType } from '../../../src/core/practice/generate/kinds/deploymentPreferenceType';
import { ecsFailedDeployment } from '../../../src/core/practice/generate/kinds/ecsFailedDeployment';
import { trafficShiftTime } from '../../../src/core/practice/generate/kinds/trafficShiftTime';
import { ask, askOne, rightTexts, wrongTexts } from './ask';

function deploymentGroup(...properties: string[]): string[] {
  return [
    'Resources:',
    '  Errors:',
    '    Type: AWS::CloudWatch::Alarm',
    '    Properties: {MetricName: Errors, Namespace: App, Statistic: Sum, Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: GreaterThanThreshold}',
    '  Group:',
    '    Type: AWS::CodeDeploy::DeploymentGroup',
    '    Properties:',
    '      ApplicationName: app',
    '      ServiceRoleArn: arn:aws:iam::123456789012:role/codedeploy',
    ...properties.map((line) => `      ${line}`),
  ];
}

const WATCHED = 'AlarmConfiguration: {Enabled: true, Alarms: [{Name: !Ref Errors}]}';

describe('codedeploy-alarm-outcome', () => {
  it('ignores an alarm the group does not watch (not listed, or the configuration not enabled)', () => {
    const ignored = 'Nothing: the deployment carries on to the end';
    assert.deepEqual(rightTexts(askOne(codeDeployAlarmOutcome, ...deploymentGroup())), [ignored]);
    assert.deepEqual(rightTexts(askOne(codeDeployAlarmOutcome, ...deploymentGroup('AlarmConfiguration: {Alarms: [{Name: !Ref Errors}]}'))), [ignored]);
  });

  it('stops without rolling back unless DEPLOYMENT_STOP_ON_ALARM is an enabled rollback event', () => {
    assert.deepEqual(rightTexts(askOne(codeDeployAlarmOutcome, ...deploymentGroup(WATCHED, 'AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}'))), [
      'It stops the deployment; whatever it had already changed stays as it is',
    ]);
    assert.deepEqual(rightTexts(askOne(codeDeployAlarmOutcome, ...deploymentGroup(WATCHED, 'AutoRollbackConfiguration: {Enabled: false, Events: [DEPLOYMENT_STOP_ON_ALARM]}'))), [
      'It stops the deployment; whatever it had already changed stays as it is',
    ]);
    assert.deepEqual(rightTexts(askOne(codeDeployAlarmOutcome, ...deploymentGroup(WATCHED, 'AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_STOP_ON_ALARM]}'))), [
      'It stops the deployment and redeploys the last successful revision as a new deployment',
    ]);
  });

  it('words the stop and the rollback by compute platform: instances, a Lambda alias, ECS task sets', () => {
    const outcomes = (...platform: string[]) =>
      [
        rightTexts(askOne(codeDeployAlarmOutcome, ...deploymentGroup(WATCHED, 'AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}', ...platform)))[0],
        rightTexts(askOne(codeDeployAlarmOutcome, ...deploymentGroup(WATCHED, 'AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_STOP_ON_ALARM]}', ...platform)))[0],
      ];
    assert.deepEqual(outcomes('Ec2TagFilters: [{Key: app, Value: web, Type: KEY_AND_VALUE}]'), [
      'It stops the deployment; instances keep whatever revision they had reached',
      'It stops the deployment and redeploys the last successful revision to the instances as a new deployment',
    ]);
    assert.deepEqual(outcomes('ECSServices: [{ClusterName: c, ServiceName: web}]'), [
      'It stops the deployment without rolling back; production traffic is not moved back to the original task set',
      'It stops the deployment and rolls back: a new deployment sends all production traffic back to the original task set',
    ]);
    const lambda = (rollback: string) => [
      ...deploymentGroup(WATCHED, rollback).map((line) => line.replace('ApplicationName: app', 'ApplicationName: !Ref App')),
      '  App:',
      '    Type: AWS::CodeDeploy::Application',
      '    Properties: {ComputePlatform: Lambda}',
    ];
    assert.deepEqual(rightTexts(askOne(codeDeployAlarmOutcome, ...lambda('AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}'))), [
      'It stops the deployment without rolling back; the alias can be left splitting traffic between the two versions',
    ]);
    assert.deepEqual(rightTexts(askOne(codeDeployAlarmOutcome, ...lambda('AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_STOP_ON_ALARM]}'))), [
      "It stops the deployment and rolls back: a new deployment points all of the alias's traffic at the original version again",
    ]);
  });

  it('asks nothing when the settings are computed or there is no alarm to name', () => {
    assert.deepEqual(ask(codeDeployAlarmOutcome, ...deploymentGroup('AlarmConfiguration: {Enabled: !Ref On, Alarms: [{Name: !Ref Errors}]}')), []);
    assert.deepEqual(ask(codeDeployAlarmOutcome, ...deploymentGroup().filter((_line, index) => index === 0 || index > 3)), []);
  });
});

describe('codedeploy-rollback-settings', () => {
  it('is a choose-two question whose answers are the alarm configuration and the rollback event', () => {
    const question = askOne(codeDeployRollbackSettings, ...deploymentGroup(WATCHED));
    assert.match(question.stem, /\(Choose two\.\)$/);
    assert.equal(question.options.length, 6);
    assert.deepEqual(rightTexts(question).sort(), [
      '`AlarmConfiguration` with `Enabled: true` and `Errors` in `Alarms`',
      '`AutoRollbackConfiguration` with `Enabled: true` and `DEPLOYMENT_STOP_ON_ALARM` in `Events`',
    ]);
    assert.match(question.options.find((option) => option.text.startsWith('`AlarmConfiguration` with `Enabled'))!.why, /already watches it/);
  });
});

function samFunction(type: string): string[] {
  return ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      Runtime: python3.12',
    '      Handler: app.handler', '      CodeUri: src/', '      AutoPublishAlias: live', `      DeploymentPreference: {Type: ${type}}`];
}

describe('traffic-shift-time', () => {
  const cases: Array<[string, string]> = [
    ['Canary10Percent30Minutes', '30 minutes'], // 10% now, the rest after 30 minutes
    ['Linear10PercentEvery1Minute', '9 minutes'], // 10% at the start of each of 10 one-minute increments: 100% at minute 9
    ['Linear10PercentEvery10Minutes', '90 minutes'],
    ['AllAtOnce', 'Immediately: all traffic moves in one step'],
  ];
  for (const [type, expected] of cases) {
    it(`${type}: ${expected}`, () => {
      const question = askOne(trafficShiftTime, ...samFunction(type));
      assert.deepEqual(rightTexts(question), [expected]);
      assert.equal(new Set(question.options.map((option) => option.text)).size, 4);
    });
  }

  it('offers the one-interval-too-many slip for a linear shift', () => {
    assert.ok(wrongTexts(askOne(trafficShiftTime, ...samFunction('Linear10PercentEvery10Minutes'))).includes('100 minutes'));
  });

  it('reads the predefined ECS configuration of a CodeDeploy deployment group', () => {
    const question = askOne(trafficShiftTime, ...deploymentGroup('DeploymentConfigName: CodeDeployDefault.ECSLinear10PercentEvery3Minutes'));
    assert.deepEqual(rightTexts(question), ['27 minutes']);
    assert.deepEqual(question.topics, ['T17']);
  });

  it('asks nothing about a disabled preference or an EC2 configuration', () => {
    assert.deepEqual(ask(trafficShiftTime, ...samFunction('Canary10Percent5Minutes').slice(0, -1), '      DeploymentPreference: {Type: AllAtOnce, Enabled: false}'), []);
    assert.deepEqual(ask(trafficShiftTime, ...deploymentGroup('DeploymentConfigName: CodeDeployDefault.OneAtATime')), []);
  });
});

describe('deployment-preference-type', () => {
  it('describes the type and offers other shapes as the wrong options', () => {
    const question = askOne(deploymentPreferenceType, ...samFunction('Canary10Percent5Minutes'));
    assert.deepEqual(rightTexts(question), ['Shifts 10% of traffic to the new version, then the remaining 90% 5 minutes later']);
    assert.deepEqual(wrongTexts(question), [
      'Shifts 10% more traffic to the new version every 1 minute, reaching 100% after 9 minutes',
      'Shifts 10% of traffic to the new version, then the remaining 90% 10 minutes later',
      'Shifts all traffic to the new version in one step',
    ]);
  });
});

function ecsService(...configuration: string[]): string[] {
  return ['Resources:', '  Api:', '    Type: AWS::ECS::Service', '    Properties:', '      Cluster: main', '      DesiredCount: 2', '      TaskDefinition: api:1',
    ...configuration.map((line) => `      ${line}`)];
}

describe('ecs-failed-deployment', () => {
  it('rolls back, fails or keeps trying as the circuit breaker says', () => {
    assert.deepEqual(rightTexts(askOne(ecsFailedDeployment, ...ecsService('DeploymentConfiguration: {DeploymentCircuitBreaker: {Enable: true, Rollback: true}}'))), [
      'ECS marks the deployment failed and returns the service to its last completed deployment',
    ]);
    assert.deepEqual(rightTexts(askOne(ecsFailedDeployment, ...ecsService('DeploymentConfiguration: {DeploymentCircuitBreaker: {Enable: true, Rollback: false}}'))), [
      'ECS marks the deployment failed and stops it, without going back to the previous task definition',
    ]);
    assert.deepEqual(rightTexts(askOne(ecsFailedDeployment, ...ecsService())), ['ECS keeps launching new tasks that fail, and the deployment never completes']);
  });

  it('leaves CodeDeploy-controlled and blue/green services alone', () => {
    assert.deepEqual(ask(ecsFailedDeployment, ...ecsService('DeploymentController: {Type: CODE_DEPLOY}')), []);
    assert.deepEqual(ask(ecsFailedDeployment, ...ecsService('DeploymentConfiguration: {Strategy: BLUE_GREEN}')), []);
  });
});

describe('beanstalk-deployment', () => {
  const environment = (policy?: string) => ['Resources:', '  Env:', '    Type: AWS::ElasticBeanstalk::Environment', '    Properties:', '      ApplicationName: shop',
    '      SolutionStackName: 64bit Amazon Linux 2023 v4.3.0 running Python 3.11', '      OptionSettings:', '        - {Namespace: "aws:autoscaling:asg", OptionName: MinSize, Value: "2"}',
    ...(policy ? [`        - {Namespace: "aws:elasticbeanstalk:command", OptionName: DeploymentPolicy, Value: ${policy}}`] : [])];

  it('describes the policy the environment sets directly', () => {
    assert.deepEqual(rightTexts(askOne(beanstalkDeployment, ...environment('Immutable'))), [
      'A full set of new instances starts in a temporary Auto Scaling group and joins only after passing health checks',
    ]);
    assert.deepEqual(rightTexts(askOne(beanstalkDeployment, ...environment('Rolling'))), ['Batches of instances are taken out of service and updated in turn, with reduced capacity meanwhile']);
  });

  it('asks nothing when the template does not set the policy (saved configurations or .ebextensions may)', () => {
    assert.deepEqual(ask(beanstalkDeployment, ...environment()), []);
  });
});
