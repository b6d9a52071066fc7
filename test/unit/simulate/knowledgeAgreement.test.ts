/**
 * The exam notes and the exam rules that describe deployment behaviour say what the simulator does:
 * each fact is read out of the note's or the rule's text and compared with the simulator's result, so
 * editing one without the other fails here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_NOTES } from '../../../src/core/knowledge';
import { CATALOGUE_CHECKS } from '../../../src/core/rules/catalogue';
import { explanationOf } from '../../../src/core/rules/catalogue/engine';
import { CREATION_LIMITS } from '../../../src/core/simulate/autoscaling/creation';
import { ROLLING_DEFAULTS, ROLLING_LIMITS } from '../../../src/core/simulate/autoscaling/rolling';
import { BEANSTALK_DEFAULTS } from '../../../src/core/simulate/beanstalk/settings';
import { planInPlace } from '../../../src/core/simulate/codedeploy/healthyHosts';
import { predefinedConfig, samTypeConfig } from '../../../src/core/simulate/codedeploy/predefined';
import { planEcsRolling } from '../../../src/core/simulate/ecs/rollingPlan';
import { durationSeconds } from '../../../src/core/simulate/time';
import { increments, secondsToFullShift } from '../../../src/core/simulate/traffic/shift';
import { group, problemCodes, serving, timelineOf } from './helpers';

function note(id: string): string {
  const found = ALL_NOTES.find((candidate) => candidate.id === id);
  assert.ok(found, `note ${id} exists`);
  return [found.inline, found.does, found.exam, found.trap ?? ''].join(' ');
}

function rule(id: string): string {
  const check = CATALOGUE_CHECKS.find((candidate) => candidate.id === id);
  assert.ok(check, `check ${id} exists`);
  return [check.title, explanationOf(check).text, check.rejection?.quote ?? ''].join(' ');
}

/** The first capture of `pattern` in `text`; the test fails when the text no longer says it. */
function read(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  assert.ok(match, `${pattern} in: ${text}`);
  return match[1];
}

const rolling = (policy: string[], sizes = ['MinSize: 4', 'MaxSize: 8']) =>
  timelineOf(group(sizes, policy.length === 0 ? ['AutoScalingRollingUpdate: {}'] : ['AutoScalingRollingUpdate:', ...policy.map((line) => `  ${line}`)]), 'Web', 'asg-rolling');

describe('Auto Scaling notes and rules agree with the simulator', () => {
  it('PauseTime: its default with signals, no pause without, its maximum', () => {
    const text = note('asg-rolling-pause-time');
    const withSignals = durationSeconds(read(text, /defaults to `(PT\w+)`/))!;
    assert.equal(durationSeconds(ROLLING_DEFAULTS.pauseWithSignals), withSignals);
    assert.deepEqual(rolling(['WaitOnResourceSignals: true']).steps[0].waits[0].seconds, { min: 0, max: withSignals });
    assert.match(text, /without `WaitOnResourceSignals` no default is set, so no pause is made/);
    assert.equal(durationSeconds(ROLLING_DEFAULTS.pauseWithoutSignals), 0);
    assert.equal(rolling([]).summary, '4 batches of 1, never fewer than 3 in service, no wait between batches');
    const maximum = durationSeconds(read(text, /at most `(PT\w+)`/))!;
    assert.equal(maximum, ROLLING_LIMITS.pauseTimeSeconds);
    assert.equal(durationSeconds(read(rule('CX0911'), /The maximum PauseTime is one hour \((PT1H)\)/)), maximum);
    assert.deepEqual(problemCodes(rolling([`PauseTime: PT${maximum}S`])), []);
    assert.deepEqual(problemCodes(rolling([`PauseTime: PT${maximum + 1}S`])), ['pause-too-long']);
  });

  it('MaxBatchSize: its default and its maximum', () => {
    const [, byDefault, most] = /(\d+) by default, (\d+) at most/.exec(note('asg-rolling-max-batch-size'))!;
    assert.equal(Number(byDefault), ROLLING_DEFAULTS.maxBatchSize);
    assert.equal(rolling([]).steps.length, 4 / Number(byDefault));
    assert.equal(Number(most), ROLLING_LIMITS.maxBatchSize);
    const big = ['MinSize: 300', 'MaxSize: 400'];
    assert.deepEqual(problemCodes(rolling([`MaxBatchSize: ${most}`], big)), []);
    assert.deepEqual(problemCodes(rolling([`MaxBatchSize: ${Number(most) + 1}`], big)), ['batch-size-limit']);
  });

  it('MinInstancesInService: 0 by default, and it must be less than MaxSize (CX0910)', () => {
    const text = note('asg-rolling-min-in-service');
    assert.equal(Number(read(text, /Default (\d+)\./)), ROLLING_DEFAULTS.minInService);
    assert.match(text, /It must be lower than the group's `MaxSize`, or the update fails/);
    assert.match(rule('CX0910'), /This value must be less than the MaxSize of the Auto Scaling group/);
    assert.deepEqual(problemCodes(rolling(['MinInstancesInService: 7'])), []);
    const blocked = rolling(['MinInstancesInService: 8']);
    assert.deepEqual(problemCodes(blocked), ['min-not-below-max']);
    assert.deepEqual(blocked.problems[0].rules, ['CX0910']);
  });

  it('WillReplace takes precedence over a rolling update', () => {
    assert.match(note('asg-update-policy'), /If both rolling and replacing policies are present, `WillReplace: true` wins/);
    const both = group(['MinSize: 2', 'MaxSize: 4'], ['AutoScalingReplacingUpdate: {WillReplace: true}', 'AutoScalingRollingUpdate: {}']);
    assert.equal(timelineOf(both, 'Web', 'asg-replacing').kind, 'asg-replacing');
  });

  it('an instance refresh cannot sit beside a rolling update', () => {
    assert.match(note('asg-instance-refresh'), /cannot sit beside `AutoScalingRollingUpdate` on the same group \(the stack update fails\)/);
    const both = group(['MinSize: 2', 'MaxSize: 4'], ['AutoScalingInstanceRefresh: {Strategy: Rolling}', 'AutoScalingRollingUpdate: {}']);
    assert.deepEqual(problemCodes(timelineOf(both, 'Web', 'asg-refresh')), ['refresh-beside-rolling']);
  });

  it('CreationPolicy: one signal when Count is left out, a Timeout of at most 12 hours (CX0912)', () => {
    const text = note('asg-creation-policy-signal');
    assert.equal(Number(read(text, /\((\d+) when left out\)/)), 1);
    const creation = timelineOf(group(['MinSize: 2', 'MaxSize: 4'], [], ['    CreationPolicy:', '      ResourceSignal: {Timeout: PT10M}']), 'Web', 'asg-create');
    assert.equal(creation.summary, 'waits up to 10 min for 1 success signal from 2 new instances');
    const hours = Number(read(text, /at most (\d+) hours/));
    assert.equal(hours * 3600, CREATION_LIMITS.timeoutSeconds);
    assert.match(rule('CX0912'), new RegExp(`at most ${hours} hours`));
  });

  it('WaitOnResourceSignals without cfn-signal times out every batch (CX1002)', () => {
    assert.match(note('asg-rolling-wait-on-signals'), /otherwise every batch times out after `PauseTime` and the update rolls back/);
    const lines = [
      ...group(['MinSize: 2', 'MaxSize: 4'], ['AutoScalingRollingUpdate: {WaitOnResourceSignals: true}']).map((line) => line.replace('LaunchTemplateId: lt-1', 'LaunchTemplateId: !Ref Launch')),
      '  Launch:',
      '    Type: AWS::EC2::LaunchTemplate',
      '    Properties: {LaunchTemplateData: {ImageId: ami-1, UserData: !Base64 "#!/bin/bash\nyum -y update\n"}}',
    ];
    const timeline = timelineOf(lines, 'Web', 'asg-rolling');
    assert.deepEqual(problemCodes(timeline), ['no-signal-sender']);
    assert.deepEqual(timeline.problems[0].rules, ['CX1002']);
  });
});

describe('CodeDeploy notes and rules agree with the simulator', () => {
  const plan = (name: string, fleet: number) => planInPlace(fleet, predefinedConfig(name)!.minimum!);

  it('EC2 deployment groups default to OneAtATime', () => {
    const name = read(note('codedeploy-deployment-config-name'), /EC2 deployment groups default to `([\w.]+)`/);
    const lines = ['Resources:', '  Deploy:', '    Type: AWS::CodeDeploy::DeploymentGroup', '    Properties: {ApplicationName: web, ServiceRoleArn: arn:aws:iam::1:role/d, Ec2TagFilters: [{Key: app, Value: web, Type: KEY_AND_VALUE}]}'];
    assert.deepEqual(timelineOf(lines, 'Deploy', 'codedeploy-in-place').settings, [{ name: 'DeploymentConfigName', value: name, origin: 'default' }]);
  });

  it('AllAtOnce succeeds when one instance does', () => {
    assert.match(note('codedeploy-all-at-once'), /succeeds if at least one instance succeeds/);
    assert.deepEqual([plan('CodeDeployDefault.AllAtOnce', 9).batch, plan('CodeDeployDefault.AllAtOnce', 9).successNeeded], [9, 1]);
  });

  it('HalfAtATime keeps half healthy and needs half to succeed', () => {
    const percent = Number(read(note('codedeploy-half-at-a-time'), /minimum healthy hosts (\d+)%/));
    assert.deepEqual(predefinedConfig('CodeDeployDefault.HalfAtATime')!.minimum, { type: 'FLEET_PERCENT', value: percent });
    assert.deepEqual([plan('CodeDeployDefault.HalfAtATime', 10).batch, plan('CodeDeployDefault.HalfAtATime', 10).successNeeded], [5, 5]);
  });

  it('OneAtATime: one at a time, and a failure on the last instance still succeeds', () => {
    const text = note('codedeploy-one-at-a-time');
    assert.match(text, /Deploys to one instance at a time/);
    assert.match(text, /A failure on the very last instance still leaves the overall deployment successful/);
    assert.deepEqual([plan('CodeDeployDefault.OneAtATime', 6).batch, plan('CodeDeployDefault.OneAtATime', 6).successNeeded], [1, 5]);
  });

  it('a percentage minimum rounds up, and a minimum that leaves no instance fails at once (CX0413, CX0414)', () => {
    assert.match(note('codedeploy-minimum-healthy-hosts'), /a value that leaves no instance to deploy to fails the deployment immediately/);
    assert.match(rule('CX0413'), /A FLEET_PERCENT of 100, or a HOST_COUNT as large as the fleet, leaves no instance/);
    assert.equal(planInPlace(4, { type: 'FLEET_PERCENT', value: 100 }).blocked, true);
    assert.equal(planInPlace(4, { type: 'HOST_COUNT', value: 4 }).blocked, true);
    assert.equal(planInPlace(9, { type: 'FLEET_PERCENT', value: 40 }).minHealthy, 4);
    assert.match(rule('CX0414'), /exactly like CodeDeployDefault\.AllAtOnce/);
    assert.deepEqual(planInPlace(7, { type: 'HOST_COUNT', value: 0 }), plan('CodeDeployDefault.AllAtOnce', 7));
  });
});

describe('SAM and traffic-shifting notes and rules agree with the simulator', () => {
  it('every DeploymentPreference Type the note lists is a configuration the simulator knows', () => {
    const types = [...new Set([...note('sam-deployment-preference').matchAll(/`((?:Canary|Linear)\w+|AllAtOnce)`/g)].map((match) => match[1]))];
    assert.equal(types.length, 9);
    assert.deepEqual(types.filter((type) => samTypeConfig(type) === undefined), []);
  });

  it('Canary10Percent5Minutes: 10%, 5 minutes, then the remaining 90%', () => {
    const [, first, wait, rest] = /Shifts (\d+)% of invocations to the new version, waits (\d+) minutes, then shifts the remaining (\d+)%/.exec(note('sam-canary'))!;
    const routing = samTypeConfig('Canary10Percent5Minutes')!.routing!;
    assert.deepEqual(increments(routing), [Number(first), Number(first) + Number(rest)]);
    assert.equal(secondsToFullShift(routing), Number(wait) * 60);
  });

  it('Linear10PercentEvery1Minute: all traffic after 9 minutes', () => {
    const minutes = Number(read(note('sam-linear'), /all of it after (\d+) minutes/));
    assert.equal(secondsToFullShift(samTypeConfig('Linear10PercentEvery1Minute')!.routing!), minutes * 60);
  });

  it('AllAtOnce moves everything in one step (CX1811)', () => {
    assert.match(note('sam-all-at-once'), /Shifts all invocations to the new version in one step/);
    assert.match(rule('CX1811'), /Canary… sends 10% first for a few minutes; Linear… adds 10% at a fixed interval/);
    assert.deepEqual(increments(samTypeConfig('AllAtOnce')!.routing!), [100]);
  });
});

describe('ECS and Elastic Beanstalk notes and rules agree with the simulator', () => {
  it('100/200 starts a full new set first; 50/100 replaces half at a time without extra capacity', () => {
    assert.match(note('ecs-minimum-healthy-percent'), /100\/200 starts a full new set before stopping old tasks; 50\/100 replaces half at a time without extra capacity/);
    const full = planEcsRolling({ desired: 4, minimumHealthyPercent: 100, maximumPercent: 200 });
    assert.deepEqual(full.waves[0], { stop: 0, start: 4, oldBefore: 4, newBefore: 0 });
    const half = planEcsRolling({ desired: 4, minimumHealthyPercent: 50, maximumPercent: 100 });
    assert.deepEqual(half.waves.map((wave) => [wave.stop, wave.start]), [[2, 2], [2, 2]]);
    assert.equal(half.maxRunning, 4);
  });

  it('MinimumHealthyPercent and MaximumPercent both 100 cannot make progress (CX1713)', () => {
    assert.match(rule('CX1713'), /With both at 100 the scheduler can neither stop an old task nor start a new one/);
    assert.equal(planEcsRolling({ desired: 3, minimumHealthyPercent: 100, maximumPercent: 100 }).stuck, true);
  });

  const environment = (policy?: string) => [
    'Resources:',
    '  Env:',
    '    Type: AWS::ElasticBeanstalk::Environment',
    '    Properties:',
    '      ApplicationName: web',
    '      SolutionStackName: 64bit Amazon Linux 2023 v4.0.0 running Python 3.11',
    '      OptionSettings:',
    '        - {Namespace: "aws:autoscaling:asg", OptionName: MinSize, Value: "4"}',
    ...(policy ? [`        - {Namespace: "aws:elasticbeanstalk:command", OptionName: DeploymentPolicy, Value: ${policy}}`, '        - {Namespace: "aws:elasticbeanstalk:command", OptionName: BatchSize, Value: "25"}'] : []),
  ];

  it('without a DeploymentPolicy, environments deploy all at once', () => {
    assert.match(note('eb-deployment-policy'), /Without it, environments deploy all at once/);
    assert.deepEqual(serving(timelineOf(environment(), 'Env', 'beanstalk')), [[0, 0]]);
  });

  it('the batch size defaults to 100 percent (CX1410)', () => {
    const [, size, type] = /BatchSize defaults to (\d+) with BatchSizeType (\w+)/.exec(rule('CX1410'))!;
    assert.deepEqual([Number(size), type], [BEANSTALK_DEFAULTS.batchSize, BEANSTALK_DEFAULTS.batchSizeType]);
  });

  it('RollingWithAdditionalBatch never drops capacity; Immutable runs a full new set beside the old one', () => {
    assert.match(note('eb-policy-additional-batch'), /so capacity never drops/);
    assert.equal(timelineOf(environment('RollingWithAdditionalBatch'), 'Env', 'beanstalk').lowestInService, 4);
    assert.match(note('eb-policy-immutable'), /launches a full set of new instances in a temporary Auto Scaling group/);
    const immutable = timelineOf(environment('Immutable'), 'Env', 'beanstalk');
    assert.deepEqual(immutable.steps[1].running, { old: 4, new: 4 });
    assert.equal(immutable.lowestInService, 4);
  });
});
