import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RestartPolicy } from '../../../src/client/restartPolicy';

describe('the client restart policy', () => {
  it('restarts a crashed server three times, then stops and says how to restart by hand', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 180_000, () => now);
    const decisions = [0, 1_000, 2_000, 3_000, 4_000].map((time) => {
      now = time;
      return policy.serverStopped();
    });
    assert.deepEqual(decisions.map((decision) => decision.restart), [true, true, true, false, false]);
    assert.match(decisions[3].message, /stopped 4 times in 3 minutes and will not be restarted/);
    assert.match(decisions[3].message, /Restart Language Server/);
  });

  it('forgets crashes older than the window, so a rare crash is always restarted', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 180_000, () => now);
    const decisions = [0, 100_000, 200_000, 300_000, 400_000, 500_000].map((time) => {
      now = time;
      return policy.serverStopped().restart;
    });
    assert.deepEqual(decisions, [true, true, true, true, true, true]);
  });
});
