import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollingWholeGroupAtOnce } from '../../../../src/core/rules/catalogue/autoscaling/rollingCapacity';
import { alarmSlowerThanShift } from '../../../../src/core/rules/catalogue/codedeploy/alarmTiming';
import { paths, resources } from './checkObjects';

const group = (sizes: string, policy: string) =>
  resources(`  Web:
    Type: AWS::AutoScaling::AutoScalingGroup
    UpdatePolicy:
      AutoScalingRollingUpdate: ${policy}
    Properties: {${sizes}, LaunchTemplate: {LaunchTemplateId: lt-1, Version: "1"}}
`);

describe('CX0920 rolling update with the whole group in one batch (from the deployment simulator)', () => {
  it('reports MaxBatchSize as large as the group with no minimum in service', () => {
    assert.deepEqual(paths(rollingWholeGroupAtOnce, group('MinSize: 3, MaxSize: 6', '{MaxBatchSize: 3}')), ['Resources/Web/UpdatePolicy/AutoScalingRollingUpdate/MaxBatchSize']);
  });

  it('is silent with a minimum in service, a smaller batch, a group of one, or sizes the template does not fix', () => {
    assert.deepEqual(paths(rollingWholeGroupAtOnce, group('MinSize: 3, MaxSize: 6', '{MaxBatchSize: 3, MinInstancesInService: 1}')), []);
    assert.deepEqual(paths(rollingWholeGroupAtOnce, group('MinSize: 3, MaxSize: 6', '{MaxBatchSize: 2}')), []);
    assert.deepEqual(paths(rollingWholeGroupAtOnce, group('MinSize: 1, MaxSize: 1', '{}')), []);
    assert.deepEqual(paths(rollingWholeGroupAtOnce, group('MinSize: !Ref Size, MaxSize: 6', '{MaxBatchSize: 3}')), []);
  });
});

describe('CX0615 rollback alarm slower than the traffic shift (from the deployment simulator)', () => {
  const deploymentGroup = (config: string, period: number, periods: number) =>
    resources(`  App:
    Type: AWS::CodeDeploy::Application
    Properties: {ComputePlatform: Lambda}
  Group:
    Type: AWS::CodeDeploy::DeploymentGroup
    Properties:
      ApplicationName: !Ref App
      ServiceRoleArn: arn:aws:iam::123456789012:role/deploy
      DeploymentConfigName: ${config}
      DeploymentStyle: {DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL}
      AlarmConfiguration: {Enabled: true, Alarms: [{Name: !Ref Errors}]}
  Errors:
    Type: AWS::CloudWatch::Alarm
    Properties: {Namespace: AWS/Lambda, MetricName: Errors, Statistic: Sum, Period: ${period}, EvaluationPeriods: ${periods}, Threshold: 1, ComparisonOperator: GreaterThanThreshold}
`);

  it('reports the alarm entry of a deployment group whose canary ends before the alarm can fire', () => {
    assert.deepEqual(paths(alarmSlowerThanShift, deploymentGroup('CodeDeployDefault.LambdaCanary10Percent5Minutes', 300, 2)), ['Resources/Group/Properties/AlarmConfiguration/Alarms/0/Name']);
  });

  it('is silent when the alarm fits in the shift, and for all-at-once deployments', () => {
    assert.deepEqual(paths(alarmSlowerThanShift, deploymentGroup('CodeDeployDefault.LambdaCanary10Percent5Minutes', 60, 5)), []);
    assert.deepEqual(paths(alarmSlowerThanShift, deploymentGroup('CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', 300, 5)), []);
    assert.deepEqual(paths(alarmSlowerThanShift, deploymentGroup('CodeDeployDefault.LambdaAllAtOnce', 300, 5)), []);
  });
});
