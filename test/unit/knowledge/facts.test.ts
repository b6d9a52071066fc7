import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_NOTES, type Note } from '../../../src/core/knowledge';

/** The note with this id; the test fails when it is gone. */
function note(id: string): Note {
  const found = ALL_NOTES.find((candidate) => candidate.id === id);
  assert.ok(found, `note ${id} exists`);
  return found;
}

function text(id: string): string {
  const { inline, does, exam, trap } = note(id);
  return [inline, does, exam, trap ?? ''].join(' ');
}

// Each fact below was checked against the AWS page the note links (see the note's url).
describe('facts the notes state', () => {
  it('rolling update PauseTime: PT5M with WaitOnResourceSignals, no default (no pause) without it', () => {
    assert.match(text('asg-rolling-pause-time'), /defaults to `PT5M`; without `WaitOnResourceSignals` no default is set, so no pause is made/);
  });

  it('MaxBatchSize: 1 by default, 100 at most', () => {
    assert.match(text('asg-rolling-max-batch-size'), /1 by default, 100 at most/);
  });

  it('CreationPolicy ResourceSignal Count: 1 when left out', () => {
    assert.match(text('asg-creation-policy-signal'), /`Count` is the number of success signals needed \(1 when left out\)/);
  });

  it('AutoScalingInstanceRefresh has a note on its UpdatePolicy key', () => {
    assert.deepEqual(note('asg-instance-refresh').key, { type: 'AWS::AutoScaling::AutoScalingGroup', path: 'UpdatePolicy.AutoScalingInstanceRefresh' });
    assert.match(text('asg-instance-refresh'), /cannot sit beside `AutoScalingRollingUpdate`/);
  });

  it('hosted rotation names both AWS::SecretsManager transform versions, the newer first', () => {
    assert.match(text('secretsmanager-rotation'), /`AWS::SecretsManager-2024-09-16`, the newer version, or `AWS::SecretsManager-2020-07-23`/);
  });

  it('Snapshot on a type without snapshots is read as Delete, not refused', () => {
    assert.match(text('update-replace-policy-snapshot'), /accepts the setting and reads it as Delete/);
  });

  it('deleting a same-region source promotes its read replicas', () => {
    assert.match(text('rds-read-replica'), /same region promotes each replica to a standalone instance/);
  });

  it('a read replica is promoted by deleting its source or dropping SourceDBInstanceIdentifier, not by a region failure', () => {
    assert.doesNotMatch(text('rds-read-replica'), /never automatic/);
    assert.match(text('rds-read-replica'), /A region failure does not promote the replica for you/);
  });

  it('manual approval: 7 days unless TimeoutInMinutes sets 5 minutes to 60 days', () => {
    assert.match(text('codepipeline-manual-approval'), /fails after 7 days, or after the action's `TimeoutInMinutes` \(5 minutes to 60 days\)/);
  });

  it('rotation schedules cover managed external secrets, which need no Lambda', () => {
    assert.match(text('secretsmanager-rotation'), /`ExternalSecretRotationRoleArn`/);
  });

  it('SCPs do not cap the management account', () => {
    assert.match(text('iam-admin-access'), /not those of the management account or service-linked roles/);
  });

  it('EventBridge: permission errors are not retried, they go to the dead-letter queue', () => {
    assert.match(text('events-rule'), /A permission error is not retried: the event goes straight to the target's dead-letter queue/);
    assert.equal(note('events-rule').url, 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html');
  });

  it('DynamoDB: at most 5 local secondary indexes, a default quota of 20 global ones', () => {
    assert.match(text('dynamodb-lsi'), /at most 5 per table/);
    assert.match(text('dynamodb-gsi'), /20 by default \(a quota that can be raised\)/);
  });

  it("SAM's DeploymentPreference lists every deployment type", () => {
    const types = [
      'Canary10Percent5Minutes', 'Canary10Percent10Minutes', 'Canary10Percent15Minutes', 'Canary10Percent30Minutes',
      'Linear10PercentEvery1Minute', 'Linear10PercentEvery2Minutes', 'Linear10PercentEvery3Minutes', 'Linear10PercentEvery10Minutes',
      'AllAtOnce',
    ];
    assert.deepEqual(types.filter((type) => !text('sam-deployment-preference').includes(`\`${type}\``)), []);
  });

  it('Config automatic remediation: MaximumAutomaticAttempts between 1 and 25', () => {
    assert.match(text('config-remediation-automatic'), /`MaximumAutomaticAttempts` \(1 to 25, default 5\)/);
  });
});
