import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planInPlace } from '../../../src/core/simulate/codedeploy/healthyHosts';
import { PREDEFINED_CONFIGS, predefinedConfig } from '../../../src/core/simulate/codedeploy/predefined';
import { problemCodes, serving, timelineOf } from './helpers';

const MINIMUM_HEALTHY_HOSTS = 'https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_MinimumHealthyHosts.html';
const CONFIGURATIONS = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html';
const INSTANCE_HEALTH = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html';

const server = (minimum: { type: 'HOST_COUNT' | 'FLEET_PERCENT' | 'MOST_CONCURRENCY'; value: number }, fleet: number) => {
  const plan = planInPlace(fleet, minimum);
  return { atATime: plan.batch, succeedsWith: plan.successNeeded, batches: plan.batches.length };
};

describe(`minimum healthy hosts (${MINIMUM_HEALTHY_HOSTS})`, () => {
  it('nine instances, HOST_COUNT 6: up to three at a time, six must succeed', () => {
    assert.deepEqual(server({ type: 'HOST_COUNT', value: 6 }, 9), { atATime: 3, succeedsWith: 6, batches: 3 });
  });

  it('nine instances, FLEET_PERCENT 40: up to five at a time, four must succeed', () => {
    assert.deepEqual(server({ type: 'FLEET_PERCENT', value: 40 }, 9), { atATime: 5, succeedsWith: 4, batches: 2 });
  });
});

describe(`predefined EC2/on-premises configurations (${CONFIGURATIONS})`, () => {
  it('AllAtOnce: all nine at once, one success is enough', () => {
    assert.deepEqual(server(predefinedConfig('CodeDeployDefault.AllAtOnce')!.minimum!, 9), { atATime: 9, succeedsWith: 1, batches: 1 });
  });

  it('HalfAtATime: up to four of nine at a time (half rounded down), five must succeed (half rounded up)', () => {
    assert.deepEqual(server(predefinedConfig('CodeDeployDefault.HalfAtATime')!.minimum!, 9), { atATime: 4, succeedsWith: 5, batches: 3 });
  });

  it('OneAtATime: one at a time; all but the last must succeed (a single instance must succeed)', () => {
    assert.deepEqual(server(predefinedConfig('CodeDeployDefault.OneAtATime')!.minimum!, 9), { atATime: 1, succeedsWith: 8, batches: 9 });
    assert.deepEqual(server(predefinedConfig('CodeDeployDefault.OneAtATime')!.minimum!, 1), { atATime: 1, succeedsWith: 1, batches: 1 });
  });

  it('lists every predefined Lambda and ECS configuration with its increments', () => {
    const described = PREDEFINED_CONFIGS.filter((config) => config.routing).map((config) => {
      const routing = config.routing!;
      return `${config.name}: ${routing.type === 'AllAtOnce' ? 'all' : `${routing.percent}% ${routing.type === 'TimeBasedCanary' ? 'then the rest after' : 'every'} ${routing.minutes} min`}`;
    });
    assert.deepEqual(described, [
      'CodeDeployDefault.LambdaCanary10Percent5Minutes: 10% then the rest after 5 min',
      'CodeDeployDefault.LambdaCanary10Percent10Minutes: 10% then the rest after 10 min',
      'CodeDeployDefault.LambdaCanary10Percent15Minutes: 10% then the rest after 15 min',
      'CodeDeployDefault.LambdaCanary10Percent30Minutes: 10% then the rest after 30 min',
      'CodeDeployDefault.LambdaLinear10PercentEvery1Minute: 10% every 1 min',
      'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes: 10% every 2 min',
      'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes: 10% every 3 min',
      'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes: 10% every 10 min',
      'CodeDeployDefault.LambdaAllAtOnce: all',
      'CodeDeployDefault.ECSCanary10Percent5Minutes: 10% then the rest after 5 min',
      'CodeDeployDefault.ECSCanary10Percent15Minutes: 10% then the rest after 15 min',
      'CodeDeployDefault.ECSLinear10PercentEvery1Minutes: 10% every 1 min',
      'CodeDeployDefault.ECSLinear10PercentEvery3Minutes: 10% every 3 min',
      'CodeDeployDefault.ECSAllAtOnce: all',
    ]);
  });
});

describe(`instance health (${INSTANCE_HEALTH})`, () => {
  it('85% of ten instances must stay healthy: nine, so one instance at a time and no failure to spare', () => {
    const plan = planInPlace(10, { type: 'FLEET_PERCENT', value: 85 });
    assert.deepEqual([plan.minHealthy, plan.batch], [9, 1]);
  });

  it('even with a minimum of zero, one instance must succeed', () => {
    assert.deepEqual(server({ type: 'HOST_COUNT', value: 0 }, 10), { atATime: 10, succeedsWith: 1, batches: 1 });
  });

  it('a minimum as large as the fleet fails the deployment at once', () => {
    assert.equal(planInPlace(4, { type: 'FLEET_PERCENT', value: 100 }).blocked, true);
    assert.equal(planInPlace(4, { type: 'HOST_COUNT', value: 4 }).blocked, true);
  });
});

const GROUP = [
  'Resources:',
  '  Fleet:',
  '    Type: AWS::AutoScaling::AutoScalingGroup',
  '    Properties: {MinSize: 2, MaxSize: 6, DesiredCapacity: 4, LaunchTemplate: {LaunchTemplateId: lt-1, Version: "1"}}',
  '  Deploy:',
  '    Type: AWS::CodeDeploy::DeploymentGroup',
  '    Properties:',
  '      ApplicationName: web',
  '      ServiceRoleArn: arn:aws:iam::123456789012:role/deploy',
  '      AutoScalingGroups: [!Ref Fleet]',
];

describe('deployment groups in a template', () => {
  it('an EC2 group without DeploymentConfigName uses OneAtATime on the instances of its Auto Scaling group', () => {
    const timeline = timelineOf(GROUP, 'Deploy', 'codedeploy-in-place');
    assert.equal(timeline.summary, '4 batches of 1 instance, never fewer than 3 in service, succeeds when 3 of 4 succeed');
    assert.deepEqual(timeline.fleet, { size: 4, source: 'instances of Fleet', origin: 'template' });
    assert.deepEqual(timeline.settings, [{ name: 'DeploymentConfigName', value: 'CodeDeployDefault.OneAtATime', origin: 'default' }]);
  });

  it('a custom FLEET_PERCENT 100 leaves no instance to deploy to', () => {
    const lines = [...GROUP, '      DeploymentConfigName: !Ref Strict', '  Strict:', '    Type: AWS::CodeDeploy::DeploymentConfig', '    Properties: {MinimumHealthyHosts: {Type: FLEET_PERCENT, Value: 100}}'];
    const timeline = timelineOf(lines, 'Deploy', 'codedeploy-in-place');
    assert.deepEqual(problemCodes(timeline), ['no-healthy-room']);
    assert.deepEqual(timeline.problems[0].rules, ['CX0413']);
  });

  it('AllAtOnce behind a load balancer with traffic control: every instance out of service at once', () => {
    const lines = [...GROUP, '      DeploymentConfigName: CodeDeployDefault.AllAtOnce', '      DeploymentStyle: {DeploymentType: IN_PLACE, DeploymentOption: WITH_TRAFFIC_CONTROL}', '      LoadBalancerInfo: {TargetGroupInfoList: [{Name: web}]}'];
    const timeline = timelineOf(lines, 'Deploy', 'codedeploy-in-place');
    assert.deepEqual(serving(timeline), [[0, 0]]);
    assert.deepEqual(problemCodes(timeline), ['all-at-once-behind-balancer']);
    assert.deepEqual(timeline.steps[0].waits.map((wait) => wait.text.split(':')[0]), ['BlockTraffic', 'lifecycle events ApplicationStop to ValidateService (the AppSpec hooks)', 'AllowTraffic']);
  });

  it('automatic rollback decides the failure path', () => {
    const lines = [...GROUP, '      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}'];
    assert.match(timelineOf(lines, 'Deploy', 'codedeploy-in-place').steps[0].onFailure, /Automatic rollback then deploys the last successful revision/);
    assert.match(timelineOf(GROUP, 'Deploy', 'codedeploy-in-place').steps[0].onFailure, /No automatic rollback on failure/);
  });
});
