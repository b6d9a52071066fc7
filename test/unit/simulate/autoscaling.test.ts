import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planRollingUpdate, signalsNeeded } from '../../../src/core/simulate/autoscaling/batches';
import { planRefresh } from '../../../src/core/simulate/autoscaling/refresh';
import { group, problemCodes, serving, timelineOf } from './helpers';

const UPDATE_POLICY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html';
const CREATION_POLICY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html';
const REFRESH_PREFERENCES = 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_RefreshPreferences.html';

describe(`AutoScalingRollingUpdate (${UPDATE_POLICY})`, () => {
  it('the issue example: 4 instances, batches of 2, at least 2 in service, signals with the default PauseTime PT5M', () => {
    const timeline = timelineOf(
      group(['MinSize: "2"', 'MaxSize: "6"', 'DesiredCapacity: "4"'], ['AutoScalingRollingUpdate:', '  MaxBatchSize: 2', '  MinInstancesInService: 2', '  WaitOnResourceSignals: true']),
      'Web',
      'asg-rolling',
    );
    assert.equal(timeline.summary, '2 batches of 2, never fewer than 2 in service, up to 2 × 5 min waiting for signals');
    assert.deepEqual(serving(timeline), [[2, 0], [0, 2]]);
    assert.deepEqual(timeline.duration, { min: 0, max: 600 });
    assert.equal(timeline.lowestInService, 2);
    assert.deepEqual(timeline.fleet, { size: 4, source: 'DesiredCapacity', origin: 'template' });
  });

  it('defaults: MaxBatchSize 1, MinInstancesInService 0, PauseTime PT0S without signals', () => {
    const timeline = timelineOf(group(['MinSize: 1', 'MaxSize: 4', 'DesiredCapacity: 3'], ['AutoScalingRollingUpdate: {}']), 'Web', 'asg-rolling');
    assert.equal(timeline.summary, '3 batches of 1, never fewer than 2 in service, no wait between batches');
    assert.deepEqual(
      timeline.settings.map(({ name, value, origin }) => `${name}=${value} (${origin})`),
      ['WaitOnResourceSignals=false (default)', 'PauseTime=PT0S (default)', 'MaxSize=4 (template)', 'MaxBatchSize=1 (default)', 'MinInstancesInService=0 (default)', 'MinSuccessfulInstancesPercent=100 (default)'],
    );
  });

  it('the CreationPolicy page example: DesiredCapacity 3, MaxBatchSize 2, MinInstancesInService 1, PauseTime PT1M with signals', () => {
    // The example group of the CreationPolicy page (its UpdatePolicy shows the same update settings).
    const lines = group(
      ['DesiredCapacity: "3"', 'MinSize: "1"', 'MaxSize: "4"'],
      ['AutoScalingScheduledAction:', "  IgnoreUnmodifiedGroupSizeProperties: 'true'", 'AutoScalingRollingUpdate:', "  MinInstancesInService: '1'", "  MaxBatchSize: '2'", '  PauseTime: PT1M', "  WaitOnResourceSignals: 'true'"],
      ['    CreationPolicy:', '      ResourceSignal:', "        Count: '3'", '        Timeout: PT15M'],
    );
    const update = timelineOf(lines, 'Web', 'asg-rolling');
    assert.equal(update.summary, '2 batches of up to 2, never fewer than 1 in service, up to 2 × 1 min waiting for signals');
    assert.deepEqual(serving(update), [[1, 0], [0, 2]]);
    const creation = timelineOf(lines, 'Web', 'asg-create');
    assert.equal(creation.summary, 'waits up to 15 min for 3 success signals from 3 new instances');
    assert.deepEqual(creation.duration, { min: 0, max: 900 });
  });

  it('MinSuccessfulInstancesPercent: updating five instances at 50% needs three signals', () => {
    assert.equal(signalsNeeded(5, 50), 3);
    assert.equal(signalsNeeded(4, 100), 4);
    assert.equal(signalsNeeded(10, 0), 0);
  });

  it('MinInstancesInService must be less than MaxSize, or no instance can be replaced', () => {
    const timeline = timelineOf(group(['MinSize: 2', 'MaxSize: 2'], ['AutoScalingRollingUpdate:', '  MinInstancesInService: 2']), 'Web', 'asg-rolling');
    assert.deepEqual(problemCodes(timeline), ['min-not-below-max']);
    assert.deepEqual(timeline.problems[0].rules, ['CX0910']);
    assert.equal(timeline.summary, 'cannot run: MinInstancesInService 2 is not less than MaxSize 2');
    assert.deepEqual(planRollingUpdate({ fleet: 2, maxSize: 2, maxBatchSize: 1, minInService: 2 }), { surge: 0, batches: [], blocked: true });
  });

  it('a minimum equal to the desired capacity but below MaxSize: CloudFormation adds instances first, up to MaxSize', () => {
    const timeline = timelineOf(group(['MinSize: 2', 'MaxSize: 3', 'DesiredCapacity: 2'], ['AutoScalingRollingUpdate:', '  MinInstancesInService: 2']), 'Web', 'asg-rolling');
    assert.equal(timeline.summary, '1 extra instance first, 2 batches of 1, never fewer than 2 in service, no wait between batches');
    assert.deepEqual(serving(timeline), [[2, 0], [1, 1], [0, 2]]);
    assert.deepEqual(timeline.steps.map((step) => step.running), [{ old: 2, new: 1 }, { old: 1, new: 2 }, { old: 0, new: 2 }]);
    assert.deepEqual(timeline.problems, []);
  });

  it('a batch larger than the group replaces everything at once', () => {
    const timeline = timelineOf(group(['MinSize: 2', 'MaxSize: 4'], ['AutoScalingRollingUpdate:', '  MaxBatchSize: 5']), 'Web', 'asg-rolling');
    assert.deepEqual(problemCodes(timeline), ['batch-exceeds-fleet', 'whole-fleet-at-once']);
    assert.equal(timeline.lowestInService, 0);
    assert.equal(timeline.summary, '1 batch of 2, never fewer than 0 in service, no wait between batches');
  });

  it('MaxBatchSize above 100 and PauseTime above PT1H are beyond the limits', () => {
    const timeline = timelineOf(
      group(['MinSize: 200', 'MaxSize: 400'], ['AutoScalingRollingUpdate:', '  MaxBatchSize: 101', '  MinInstancesInService: 150', '  PauseTime: PT2H']),
      'Web',
      'asg-rolling',
    );
    assert.deepEqual(problemCodes(timeline), ['batch-size-limit', 'pause-too-long']);
  });

  it('reads sizes and settings from parameter defaults, and the view can change the fleet size', () => {
    const lines = [
      'Parameters:',
      '  Size: {Type: Number, Default: 6}',
      '  Batch: {Type: Number, Default: 3}',
      ...group(['MinSize: 1', 'MaxSize: 10', 'DesiredCapacity: !Ref Size'], ['AutoScalingRollingUpdate:', '  MaxBatchSize: !Ref Batch']),
    ];
    const fromTemplate = timelineOf(lines, 'Web', 'asg-rolling');
    assert.deepEqual(fromTemplate.fleet, { size: 6, source: 'DesiredCapacity', origin: 'parameter', parameter: 'Size' });
    assert.equal(fromTemplate.summary, '2 batches of 3, never fewer than 3 in service, no wait between batches');
    const chosen = timelineOf(lines, 'Web', 'asg-rolling', { fleet: { Web: 9 } });
    assert.deepEqual(chosen.fleet, { size: 9, source: 'chosen in the view', origin: 'view' });
    assert.equal(chosen.summary, '3 batches of 3, never fewer than 6 in service, no wait between batches');
  });

  it('WillReplace takes precedence over a rolling update; without a CreationPolicy nothing is awaited', () => {
    const timeline = timelineOf(
      group(['MinSize: 2', 'MaxSize: 4'], ['AutoScalingReplacingUpdate:', '  WillReplace: true', 'AutoScalingRollingUpdate:', '  MaxBatchSize: 1']),
      'Web',
      'asg-replacing',
    );
    assert.deepEqual(problemCodes(timeline), ['no-creation-policy']);
    assert.deepEqual(serving(timeline), [[2, 0], [2, 2], [0, 2]]);
  });

  it('a replacing update waits for MinSuccessfulInstancesPercent of the new group within the CreationPolicy Timeout', () => {
    const timeline = timelineOf(
      group(
        ['MinSize: 5', 'MaxSize: 10'],
        ['AutoScalingReplacingUpdate:', '  WillReplace: true'],
        ['    CreationPolicy:', '      AutoScalingCreationPolicy: {MinSuccessfulInstancesPercent: 50}', '      ResourceSignal: {Count: 5, Timeout: PT10M}'],
      ),
      'Web',
      'asg-replacing',
    );
    assert.equal(timeline.summary, 'new group of 5 beside the old one, old group kept until 3 signals arrive (up to 10 min), then deleted at cleanup');
    assert.equal(timeline.lowestInService, 5);
  });

  it('scheduled actions without IgnoreUnmodifiedGroupSizeProperties: the update resets the sizes', () => {
    const lines = [
      ...group(['MinSize: 2', 'MaxSize: 4'], ['AutoScalingRollingUpdate: {}']),
      '  Evening:',
      '    Type: AWS::AutoScaling::ScheduledAction',
      '    Properties: {AutoScalingGroupName: !Ref Web, DesiredCapacity: 4, Recurrence: "0 18 * * *"}',
    ];
    assert.deepEqual(problemCodes(timelineOf(lines, 'Web', 'asg-rolling')), ['size-reset-by-update']);
  });
});

describe(`CreationPolicy (${CREATION_POLICY})`, () => {
  it('Count 1 and Timeout PT5M when left out; more signals than instances can never arrive', () => {
    const timeline = timelineOf(group(['MinSize: 2', 'MaxSize: 4'], [], ['    CreationPolicy:', '      ResourceSignal: {Count: 3}']), 'Web', 'asg-create');
    assert.deepEqual(problemCodes(timeline), ['signals-exceed-fleet']);
    const defaults = timelineOf(group(['MinSize: 2', 'MaxSize: 4'], [], ['    CreationPolicy:', '      ResourceSignal: {}']), 'Web', 'asg-create');
    assert.equal(defaults.summary, 'waits up to 5 min for 1 success signal from 2 new instances');
  });
});

describe(`AutoScalingInstanceRefresh (${REFRESH_PREFERENCES})`, () => {
  it('MinHealthyPercentage 100 replaces one instance at a time; 0 replaces all at once; the default is 90', () => {
    assert.deepEqual(planRefresh({ fleet: 10, minHealthyPercentage: 100, maxHealthyPercentage: 100 }), { batch: 1, lowest: 9, headroom: 0 });
    assert.deepEqual(planRefresh({ fleet: 10, minHealthyPercentage: 0, maxHealthyPercentage: 100 }), { batch: 10, lowest: 0, headroom: 0 });
    const timeline = timelineOf(group(['MinSize: 10', 'MaxSize: 12'], ['AutoScalingInstanceRefresh:', '  Strategy: Rolling']), 'Web', 'asg-refresh');
    assert.equal(timeline.summary, '10 batches of 1, never fewer than 9 in service (MinHealthyPercentage 90, MaxHealthyPercentage 100)');
  });

  it('MaxHealthyPercentage above 100 launches new instances before old ones go', () => {
    assert.deepEqual(planRefresh({ fleet: 10, minHealthyPercentage: 100, maxHealthyPercentage: 110 }), { batch: 1, lowest: 10, headroom: 1 });
  });

  it('cannot sit beside a rolling update', () => {
    const timeline = timelineOf(group(['MinSize: 2', 'MaxSize: 4'], ['AutoScalingInstanceRefresh: {Strategy: Rolling}', 'AutoScalingRollingUpdate: {}']), 'Web', 'asg-refresh');
    assert.deepEqual(problemCodes(timeline), ['refresh-beside-rolling']);
  });
});
