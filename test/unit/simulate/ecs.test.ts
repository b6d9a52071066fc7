import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { circuitBreakerThreshold, planEcsRolling } from '../../../src/core/simulate/ecs/rollingPlan';
import { problemCodes, serving, timelineOf } from './helpers';

const ROLLING = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html';
const CIRCUIT_BREAKER = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html';
const CANARY = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CanaryConfiguration.html';
const LINEAR = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinearConfiguration.html';

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
