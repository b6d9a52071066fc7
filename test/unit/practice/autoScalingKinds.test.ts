// Auto Scaling kinds. The expected answers are worked out by hand from the UpdatePolicy page
// (MaxBatchSize default 1, MinInstancesInService default 0, PauseTime default PT5M with signals and
// PT0S without, WillReplace wins) and the health checks page (EC2 status checks always, ELB only when asked).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asgFewestInService } from '../../../src/core/practice/generate/kinds/asgFewestInService';
import { asgUnhealthyInstance } from '../../../src/core/practice/generate/kinds/asgUnhealthyInstance';
import { asgUpdateBehaviour } from '../../../src/core/practice/generate/kinds/asgUpdateBehaviour';
import { rollingUpdateWait } from '../../../src/core/practice/generate/kinds/rollingUpdateWait';
import { ask, askOne, rightTexts, whyOf, wrongTexts } from './ask';

/** A group with these sizes and UpdatePolicy lines (indented under UpdatePolicy). */
function group(sizes: { min: number; max: number; desired?: number | string }, ...policy: string[]): string[] {
  return [
    'Parameters:',
    '  Size: {Type: Number, Default: 6}',
    'Resources:',
    '  Web:',
    '    Type: AWS::AutoScaling::AutoScalingGroup',
    ...(policy.length > 0 ? ['    UpdatePolicy:', ...policy.map((line) => `      ${line}`)] : []),
    '    Properties:',
    `      MinSize: "${sizes.min}"`,
    `      MaxSize: "${sizes.max}"`,
    ...(sizes.desired === undefined ? [] : [`      DesiredCapacity: ${sizes.desired}`]),
    '      TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc]',
  ];
}

describe('asg-fewest-in-service', () => {
  const cases: Array<[string, Parameters<typeof group>[0], string[], string]> = [
    // desired 4, batch 2, min 1: max(1, 4 - 2) = 2
    ['batch-bound', { min: 2, max: 6, desired: 4 }, ['AutoScalingRollingUpdate: {MaxBatchSize: 2, MinInstancesInService: 1}'], '2 instances'],
    // desired 4, batch 3, min 3: max(3, 1) = 3 (new instances first)
    ['minimum-bound', { min: 2, max: 6, desired: 4 }, ['AutoScalingRollingUpdate: {MaxBatchSize: 3, MinInstancesInService: 3}'], '3 instances'],
    // defaults: batch 1, min 0; desired from MinSize 3: max(0, 2) = 2
    ['defaults', { min: 3, max: 6 }, ['AutoScalingRollingUpdate: {}'], '2 instances'],
    // desired from the parameter default 6, batch 6: max(0, 0) = 0
    ['parameter', { min: 1, max: 8, desired: '!Ref Size' }, ['AutoScalingRollingUpdate: {MaxBatchSize: 6}'], '0 instances'],
  ];
  for (const [name, sizes, policy, expected] of cases) {
    it(`computes the floor (${name})`, () => {
      const question = askOne(asgFewestInService, ...group(sizes, ...policy));
      assert.deepEqual(rightTexts(question), [expected]);
      assert.equal(wrongTexts(question).length, 3);
    });
  }

  it('names the parameter whose default gives the capacity', () => {
    assert.match(askOne(asgFewestInService, ...group({ min: 1, max: 8, desired: '!Ref Size' }, 'AutoScalingRollingUpdate: {MaxBatchSize: 6}')).stem, /`6` \(the default of parameter `Size`\)/);
  });

  it('asks nothing without a rolling update, when WillReplace wins, or when the minimum reaches MaxSize', () => {
    assert.deepEqual(ask(asgFewestInService, ...group({ min: 2, max: 4, desired: 2 })), []);
    assert.deepEqual(ask(asgFewestInService, ...group({ min: 2, max: 4, desired: 2 }, 'AutoScalingRollingUpdate: {}', 'AutoScalingReplacingUpdate: {WillReplace: true}')), []);
    assert.deepEqual(ask(asgFewestInService, ...group({ min: 2, max: 4, desired: 2 }, 'AutoScalingRollingUpdate: {MinInstancesInService: 4}')), []);
  });
});

describe('asg-update-behaviour', () => {
  it('tells rolling, replacing and no update apart', () => {
    assert.deepEqual(rightTexts(askOne(asgUpdateBehaviour, ...group({ min: 2, max: 4 }, 'AutoScalingRollingUpdate: {MaxBatchSize: 2, MinInstancesInService: 1}'))), [
      'CloudFormation replaces them in batches of up to 2, keeping at least 1 in service',
    ]);
    assert.deepEqual(rightTexts(askOne(asgUpdateBehaviour, ...group({ min: 2, max: 4 }, 'AutoScalingRollingUpdate: {}', 'AutoScalingReplacingUpdate: {WillReplace: true}'))), [
      'CloudFormation creates a new Auto Scaling group, then deletes the old one once the new one is created',
    ]);
    assert.deepEqual(rightTexts(askOne(asgUpdateBehaviour, ...group({ min: 2, max: 4 }))), ['Nothing: they keep running as they are, and only instances launched later use the new version']);
    assert.deepEqual(rightTexts(askOne(asgUpdateBehaviour, ...group({ min: 2, max: 4 }, 'AutoScalingReplacingUpdate: {WillReplace: false}'))), [
      'Nothing: they keep running as they are, and only instances launched later use the new version',
    ]);
  });

  it('leaves instance refresh and computed policies alone', () => {
    assert.deepEqual(ask(asgUpdateBehaviour, ...group({ min: 2, max: 4 }, 'AutoScalingInstanceRefresh: {}')), []);
    assert.deepEqual(ask(asgUpdateBehaviour, ...group({ min: 2, max: 4 }, 'AutoScalingRollingUpdate: {MaxBatchSize: !GetAtt X.Y}')), []);
  });
});

describe('rolling-update-wait', () => {
  it('waits for signals up to PauseTime (5 minutes when left out)', () => {
    assert.deepEqual(rightTexts(askOne(rollingUpdateWait, ...group({ min: 2, max: 4 }, 'AutoScalingRollingUpdate: {WaitOnResourceSignals: true}'))), [
      'It waits up to 5 min for success signals (cfn-signal) from the new instances; without them the update fails and rolls back',
    ]);
    assert.deepEqual(rightTexts(askOne(rollingUpdateWait, ...group({ min: 2, max: 4 }, 'AutoScalingRollingUpdate: {WaitOnResourceSignals: true, PauseTime: PT20M}'))), [
      'It waits up to 20 min for success signals (cfn-signal) from the new instances; without them the update fails and rolls back',
    ]);
  });

  it('without signals, pauses for PauseTime or not at all', () => {
    assert.deepEqual(rightTexts(askOne(rollingUpdateWait, ...group({ min: 2, max: 4 }, 'AutoScalingRollingUpdate: {PauseTime: PT2M}'))), [
      'It waits 2 min, then goes on whether or not the new instances work',
    ]);
    const immediate = askOne(rollingUpdateWait, ...group({ min: 2, max: 4 }, 'AutoScalingRollingUpdate: {}'));
    assert.deepEqual(rightTexts(immediate), ['It goes on to the next batch as soon as the new instances are launched']);
    assert.equal(whyOf(immediate, rightTexts(immediate)[0]), 'The policy does not set `WaitOnResourceSignals: true`, and has no `PauseTime`, which without signals defaults to `PT0S` (no wait).');
    assert.ok(wrongTexts(immediate).includes("It waits until the new instances pass the load balancer's health checks"));
  });
});

describe('asg-unhealthy-instance', () => {
  const withType = (type?: string) => [...group({ min: 2, max: 4 }), ...(type ? [`      HealthCheckType: ${type}`] : [])];

  it('replaces the instance only when the group counts ELB health checks', () => {
    assert.deepEqual(rightTexts(askOne(asgUnhealthyInstance, ...withType('ELB'))), ['The group marks it unhealthy, terminates it and launches a replacement']);
    assert.deepEqual(rightTexts(askOne(asgUnhealthyInstance, ...withType('"EC2,ELB"'))), ['The group marks it unhealthy, terminates it and launches a replacement']);
    assert.deepEqual(rightTexts(askOne(asgUnhealthyInstance, ...withType())), ['The load balancer stops sending it requests, but the group keeps it running']);
    assert.deepEqual(rightTexts(askOne(asgUnhealthyInstance, ...withType('EC2'))), ['The load balancer stops sending it requests, but the group keeps it running']);
  });

  it('asks nothing about a group behind no load balancer', () => {
    assert.deepEqual(ask(asgUnhealthyInstance, ...group({ min: 2, max: 4 }).filter((line) => !line.includes('TargetGroupARNs'))), []);
  });
});
