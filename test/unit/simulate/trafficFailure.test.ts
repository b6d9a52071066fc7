// What a traffic-shifting deployment does when something goes wrong, and when its ECS hooks run. Expected
// values come from the CodeDeploy pages: the AppSpec hooks of an ECS deployment (BeforeInstall runs
// before the replacement task set is created, when no rollback is possible), the rollback options of a
// deployment group (one event per cause), and the CDK's mirror of the BlueGreen hook's schema
// (TerminationWaitTimeInMinutes 5 by default).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollbackText } from '../../../src/core/simulate/traffic/rollback';
import { timelineOf } from './helpers';

const ECS_HOOKS = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-ecs';
const ROLLBACK_OPTIONS = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html';
const HOOK_OPTIONS = 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.CfnCodeDeployBlueGreenAdditionalOptions.html';

const ROLLS_BACK = 'CodeDeploy rolls back, and all traffic returns to the original version.';

function lambdaGroup(rollback: string): string[] {
  return [
    'Resources:',
    '  App:',
    '    Type: AWS::CodeDeploy::Application',
    '    Properties: {ComputePlatform: Lambda}',
    '  Group:',
    '    Type: AWS::CodeDeploy::DeploymentGroup',
    '    Properties:',
    '      ApplicationName: !Ref App',
    '      ServiceRoleArn: arn:aws:iam::123456789012:role/deploy',
    '      DeploymentConfigName: CodeDeployDefault.LambdaCanary10Percent5Minutes',
    '      DeploymentStyle: {DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL}',
    '      AlarmConfiguration: {Enabled: true, Alarms: [{Name: errors}]}',
    `      AutoRollbackConfiguration: ${rollback}`,
  ];
}

const ECS_GROUP = [
  'Resources:',
  '  Service:',
  '    Type: AWS::ECS::Service',
  '    Properties: {DesiredCount: 4, DeploymentController: {Type: CODE_DEPLOY}}',
  '  Group:',
  '    Type: AWS::CodeDeploy::DeploymentGroup',
  '    Properties:',
  '      ApplicationName: app',
  '      ServiceRoleArn: arn:aws:iam::123456789012:role/deploy',
  '      DeploymentConfigName: CodeDeployDefault.ECSCanary10Percent5Minutes',
  '      ECSServices: [{ClusterName: c, ServiceName: !GetAtt Service.Name}]',
  '      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}',
];

describe(`rollback follows the group's events one by one (${ROLLBACK_OPTIONS})`, () => {
  it('DEPLOYMENT_FAILURE alone: a failed hook rolls back, an alarm or a manual stop does not', () => {
    const timeline = timelineOf(lambdaGroup('{Enabled: true, Events: [DEPLOYMENT_FAILURE]}'), 'Group', 'traffic-shift');
    assert.equal(
      timeline.steps[1].onFailure,
      `A hook reporting Failed: ${ROLLS_BACK} An alarm going into ALARM or a manual stop: the deployment ends and traffic stays where it is until you redeploy (DEPLOYMENT_STOP_ON_ALARM and DEPLOYMENT_STOP_ON_REQUEST are not among the rollback events).`,
    );
  });

  it('all three events (as SAM sets them): every cause rolls back', () => {
    const timeline = timelineOf(lambdaGroup('{Enabled: true, Events: [DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM, DEPLOYMENT_STOP_ON_REQUEST]}'), 'Group', 'traffic-shift');
    assert.equal(timeline.steps[1].onFailure, `A hook reporting Failed, an alarm going into ALARM or a manual stop: ${ROLLS_BACK}`);
  });

  it('rollback disabled: nothing rolls back', () => {
    const timeline = timelineOf(lambdaGroup('{Enabled: false, Events: [DEPLOYMENT_FAILURE]}'), 'Group', 'traffic-shift');
    assert.equal(timeline.steps[1].onFailure, 'A hook reporting Failed, an alarm going into ALARM or a manual stop: the deployment ends and traffic stays where it is until you redeploy (automatic rollback is off).');
  });

  it('leaves alarms out of the text when no alarm is watched', () => {
    assert.equal(rollbackText(['DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_FAILURE'], false), `A hook reporting Failed: ${ROLLS_BACK} A manual stop: the deployment ends and traffic stays where it is until you redeploy (DEPLOYMENT_STOP_ON_REQUEST is not among the rollback events).`);
  });
});

describe(`ECS blue/green through CodeDeploy: BeforeInstall runs before the replacement task set (${ECS_HOOKS})`, () => {
  it('BeforeInstall with no new task running and nothing to roll back, then the task set, then AfterInstall', () => {
    const timeline = timelineOf(ECS_GROUP, 'Group', 'traffic-shift');
    assert.deepEqual(timeline.steps.slice(0, 3).map((step) => step.title), [
      'Hook BeforeInstall (if the AppSpec names a hook)',
      'Start the replacement task set (4 tasks)',
      'Hook AfterInstall (if the AppSpec names a hook)',
    ]);
    assert.deepEqual(timeline.steps[0].running, { old: 4, new: 0 });
    assert.equal(timeline.steps[0].onFailure, 'A hook reporting Failed here ends the deployment before the replacement task set exists: there is nothing to roll back yet, and the original task set keeps all traffic.');
    assert.deepEqual(timeline.steps[1].running, { old: 4, new: 4 });
  });
});

describe(`AWS::CodeDeploy::BlueGreen hook: TerminationWaitTimeInMinutes 5 when left out (${HOOK_OPTIONS})`, () => {
  const lines = [
    'Transform: [AWS::CodeDeployBlueGreen]',
    'Hooks:',
    '  CodeDeployBlueGreenHook:',
    '    Type: AWS::CodeDeploy::BlueGreen',
    '    Properties:',
    '      TrafficRoutingConfig: {Type: AllAtOnce}',
    '      LifecycleEventHooks: {BeforeInstall: Check, AfterInstall: Check}',
    '      Applications: [{Target: {Type: AWS::ECS::Service, LogicalID: Service}}]',
    'Resources:',
    '  Service:',
    '    Type: AWS::ECS::Service',
    '    Properties: {DesiredCount: 2, DeploymentController: {Type: EXTERNAL}}',
  ];

  it('keeps the original task set 5 minutes after the shift', () => {
    const timeline = timelineOf(lines, 'Service', 'traffic-shift');
    assert.deepEqual(timeline.settings.find((setting) => setting.name === 'TerminationWaitTimeInMinutes'), { name: 'TerminationWaitTimeInMinutes', value: '5', origin: 'default' });
    assert.equal(timeline.steps.at(-1)!.title, 'Terminate the original task set after 5 min');
    assert.deepEqual(timeline.duration, { min: 300 });
  });

  it('runs the hook\'s BeforeInstall function before the replacement task set, AfterInstall after it', () => {
    const timeline = timelineOf(lines, 'Service', 'traffic-shift');
    assert.deepEqual(timeline.steps.slice(0, 3).map((step) => step.title), ['Hook BeforeInstall (Check)', 'Start the replacement task set (2 tasks)', 'Hook AfterInstall (Check)']);
  });
});
