import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { circuitBreakerThreshold, planEcsRolling } from '../../../src/core/simulate/ecs/rollingPlan';
import { linearStepCount } from '../../../src/core/simulate/ecs/shiftLimit';
import { problemCodes, serving, timelineOf } from './helpers';

const ROLLING = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html';
const CIRCUIT_BREAKER = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html';
const CANARY = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CanaryConfiguration.html';
const LINEAR = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinearConfiguration.html';
const CFN_CANARY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-canaryconfiguration.html';
const CFN_LINEAR = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-linearconfiguration.html';
const API_DEPLOYMENT_CONFIGURATION = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html';
const DAEMON_DEFAULTS = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html';

const service = (configuration: string[], desired = 'DesiredCount: 4') => [
  'Resources:',
  '  Service:',
  '    Type: AWS::ECS::Service',
  '    Properties:',
  `      ${desired}`,
  '      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
  ...(configuration.length > 0 ? ['      DeploymentConfiguration:', ...configuration.map((line) => `        ${line}`)] : []),
];

describe(`ECS rolling update (${ROLLING})`, () => {
  it('minimum 50% of four tasks: two old tasks may stop before two new ones start', () => {
    const plan = planEcsRolling({ desired: 4, minimumHealthyPercent: 50, maximumPercent: 100 });
    assert.deepEqual(plan.waves[0], { stop: 2, start: 2, oldBefore: 4, newBefore: 0 });
  });

  it('maximum 200% of four tasks: four new tasks may start before the four old ones stop', () => {
    const plan = planEcsRolling({ desired: 4, minimumHealthyPercent: 100, maximumPercent: 200 });
    assert.deepEqual(plan.waves, [{ stop: 0, start: 4, oldBefore: 4, newBefore: 0 }, { stop: 4, start: 0, oldBefore: 4, newBefore: 4 }]);
  });

  it('75% of two tasks rounds up to two (none may stop); 125% of three rounds down to three (none may start)', () => {
    assert.equal(planEcsRolling({ desired: 2, minimumHealthyPercent: 75, maximumPercent: 100 }).stuck, true);
    assert.equal(planEcsRolling({ desired: 3, minimumHealthyPercent: 100, maximumPercent: 125 }).stuck, true);
  });

  it('defaults 100/200 with a circuit breaker: full capacity throughout', () => {
    const timeline = timelineOf(service(['DeploymentCircuitBreaker: {Enable: true, Rollback: true}']), 'Service', 'ecs-rolling');
    assert.equal(timeline.summary, '2 steps, never fewer than 4 tasks in service, at most 8 running, circuit breaker after 3 failures with rollback');
    assert.deepEqual(serving(timeline), [[4, 0], [0, 4]]);
  });

  it(`a DAEMON service: the API defaults 0%/100%, one task per container instance, the instance count assumed (${DAEMON_DEFAULTS})`, () => {
    const timeline = timelineOf(service([], 'SchedulingStrategy: DAEMON'), 'Service', 'ecs-rolling');
    assert.deepEqual(timeline.settings, [
      { name: 'MinimumHealthyPercent', value: '0', origin: 'default' },
      { name: 'MaximumPercent', value: '100', origin: 'default' },
    ]);
    assert.deepEqual(timeline.fleet, { size: 4, source: 'one task per container instance; the instance count is not in the template', origin: 'assumed' });
    assert.deepEqual(timeline.steps.map((step) => [step.inService, step.running]), [[{ old: 0, new: 0 }, { old: 0, new: 4 }]]);
    assert.equal(timeline.summary, '1 step, never fewer than 0 tasks in service, at most 4 running, no circuit breaker');
  });

  it('100/100 is stuck (the catalogue check CX1713)', () => {
    const timeline = timelineOf(service(['MinimumHealthyPercent: 100', 'MaximumPercent: 100']), 'Service', 'ecs-rolling');
    assert.deepEqual(problemCodes(timeline), ['tasks-stuck']);
    assert.deepEqual(timeline.problems[0].rules, ['CX1713']);
  });
});

describe(`deployment circuit breaker threshold (${CIRCUIT_BREAKER})`, () => {
  it('half the desired count, at least 3 and at most 200', () => {
    assert.deepEqual([1, 25, 400, 800].map(circuitBreakerThreshold), [3, 13, 200, 200]);
  });
});

describe('ECS-native blue/green, canary and linear deployments', () => {
  it(`CANARY with the defaults: 5% for 10 minutes, then the rest (${CANARY})`, () => {
    const timeline = timelineOf(service(['Strategy: CANARY', 'BakeTimeInMinutes: 15']), 'Service', 'ecs-blue-green');
    assert.equal(timeline.summary, 'green 4 tasks beside blue, production traffic in 2 steps over 10 min, then 15 min bake time');
    assert.deepEqual(timeline.steps.map((step) => step.traffic?.new), [0, 0, 5, 100, 100, 100]);
    assert.deepEqual(timeline.duration, { min: 1500 });
  });

  it(`LINEAR with the defaults: 10% every 6 minutes, no wait after 100% (${LINEAR})`, () => {
    const timeline = timelineOf(service(['Strategy: LINEAR', 'BakeTimeInMinutes: 0']), 'Service', 'ecs-blue-green');
    assert.equal(timeline.summary, 'green 4 tasks beside blue, production traffic in 10 steps over 54 min, then 0 min bake time');
  });

  it(`BLUE_GREEN without BakeTimeInMinutes: no default is claimed, the bake is left open (${API_DEPLOYMENT_CONFIGURATION})`, () => {
    const timeline = timelineOf(service(['Strategy: BLUE_GREEN']), 'Service', 'ecs-blue-green');
    assert.deepEqual(timeline.settings.find((setting) => setting.name === 'BakeTimeInMinutes'), { name: 'BakeTimeInMinutes', value: 'not set', origin: 'assumed' });
    assert.equal(timeline.summary, 'green 4 tasks beside blue, all production traffic at once, then a bake time the template does not set');
    assert.equal(timeline.steps.at(-2)!.title, 'Bake: both revisions run for a time the template does not set');
    assert.deepEqual(timeline.duration, { min: 0 });
    assert.ok(timeline.notes.includes('BakeTimeInMinutes is not set, and the AWS documentation gives no default the simulation can rely on (the ECS API asks for it with BLUE_GREEN): the bake time is left open.'));
  });

  it('BLUE_GREEN with lifecycle hooks: the hooks wait at their stages', () => {
    const timeline = timelineOf(
      service(['Strategy: BLUE_GREEN', 'BakeTimeInMinutes: 5', 'LifecycleHooks:', '  - {HookTargetArn: arn:aws:lambda:us-east-1:123456789012:function:check, RoleArn: arn:aws:iam::123456789012:role/hook, LifecycleStages: [POST_TEST_TRAFFIC_SHIFT]}']),
      'Service',
      'ecs-blue-green',
    );
    assert.deepEqual(timeline.steps[1].waits, [{ kind: 'hook', text: '1 lifecycle hook at POST_TEST_TRAFFIC_SHIFT' }]);
    assert.equal(timeline.lowestInService, 4);
  });
});

describe('CloudFormation rejects ECS canary and linear deployments over 33 hours (the catalogue check CX1723)', () => {
  it(`linear steps: (100 ÷ StepPercent) − 1 when it divides 100 evenly, else the floor of 100 ÷ StepPercent (${CFN_LINEAR})`, () => {
    assert.deepEqual([10, 11, 25, 30, 33, 50].map(linearStepCount), [9, 9, 3, 3, 3, 1]);
  });

  it(`LINEAR: BakeTimeInMinutes 1440 + 61 min × 9 steps = 1989 min`, () => {
    const timeline = timelineOf(service(['Strategy: LINEAR', 'BakeTimeInMinutes: 1440', 'LinearConfiguration: {StepPercent: 10, StepBakeTimeInMinutes: 61}']), 'Service', 'ecs-blue-green');
    assert.deepEqual(timeline.problems, [
      {
        code: 'bake-time-too-long',
        message: 'BakeTimeInMinutes + StepBakeTimeInMinutes × 9 steps is 1989 min, more than the 33 hours (1980 min) CloudFormation accepts for a linear deployment: it rejects the deployment',
        rules: ['CX1723'],
      },
    ]);
    const within = timelineOf(service(['Strategy: LINEAR', 'BakeTimeInMinutes: 1440', 'LinearConfiguration: {StepPercent: 10, StepBakeTimeInMinutes: 60}']), 'Service', 'ecs-blue-green');
    assert.deepEqual(within.problems, []);
  });

  it(`CANARY: BakeTimeInMinutes 1440 + CanaryBakeTimeInMinutes 600 = 2040 min (${CFN_CANARY})`, () => {
    const timeline = timelineOf(service(['Strategy: CANARY', 'BakeTimeInMinutes: 1440', 'CanaryConfiguration: {CanaryPercent: 10, CanaryBakeTimeInMinutes: 600}']), 'Service', 'ecs-blue-green');
    assert.deepEqual(timeline.problems.map((problem) => [problem.message, problem.rules]), [
      ['BakeTimeInMinutes + CanaryBakeTimeInMinutes is 2040 min, more than the 33 hours (1980 min) CloudFormation accepts for a canary deployment: it rejects the deployment', ['CX1723']],
    ]);
  });

  it('without BakeTimeInMinutes, counts the strategy\'s own waits as a lower bound', () => {
    const timeline = timelineOf(service(['Strategy: LINEAR', 'LinearConfiguration: {StepPercent: 1, StepBakeTimeInMinutes: 30}']), 'Service', 'ecs-blue-green');
    assert.deepEqual(timeline.problems.map((problem) => problem.message), [
      'BakeTimeInMinutes + StepBakeTimeInMinutes × 99 steps is at least 2970 min, more than the 33 hours (1980 min) CloudFormation accepts for a linear deployment: it rejects the deployment',
    ]);
  });
});
