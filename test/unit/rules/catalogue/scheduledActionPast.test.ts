/** CX0818: a scheduled action whose start time has passed. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setToday } from '../../../../src/core/clock';
import { scheduledActionInPast } from '../../../../src/core/rules/catalogue/autoscaling/scheduledActionPast';
import { paths, resources } from './checkObjects';

const action = (start: string) =>
  resources(`  Grow:\n    Type: AWS::AutoScaling::ScheduledAction\n    Properties: {AutoScalingGroupName: web, DesiredCapacity: 5, StartTime: "${start}"}\n`);

describe('CX0818 scheduled action in the past', () => {
  it('reports a start before yesterday, leaving a day for time zones behind UTC', () => {
    try {
      setToday('2026-12-07');
      assert.deepEqual(paths(scheduledActionInPast, action('2025-06-01T08:00:00Z')), ['Resources/Grow/Properties/StartTime']);
      assert.deepEqual(paths(scheduledActionInPast, action('2026-12-05T23:00:00Z')), ['Resources/Grow/Properties/StartTime']);
      assert.deepEqual(paths(scheduledActionInPast, action('2026-12-06T23:00:00Z')), []);
      assert.deepEqual(paths(scheduledActionInPast, action('2027-01-01T00:00:00Z')), []);
      assert.deepEqual(paths(scheduledActionInPast, action('soon')), []);
    } finally {
      setToday(undefined);
    }
  });
});
