import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idle, RunSlots } from '../../../src/server/cfnLint/scheduling';

describe('the slots cfn-lint runs take', () => {
  it('are handed out up to the limit, then in the order asked for as they are released', async () => {
    const slots = new RunSlots(2);
    const signal = new AbortController().signal;
    const order: string[] = [];
    assert.equal(await slots.acquire(signal), true);
    assert.equal(await slots.acquire(signal), true);
    const third = slots.acquire(signal).then((held) => order.push(`third ${held}`));
    const fourth = slots.acquire(signal).then((held) => order.push(`fourth ${held}`));
    assert.equal(slots.inUse, 2);
    slots.release();
    await third;
    assert.deepEqual(order, ['third true']);
    slots.release();
    await fourth;
    assert.deepEqual(order, ['third true', 'fourth true']);
    slots.release();
    slots.release();
    assert.equal(slots.inUse, 0);
  });

  it('are not taken by a wait that was aborted', async () => {
    const slots = new RunSlots(1);
    assert.equal(await slots.acquire(new AbortController().signal), true);
    const cancelled = new AbortController();
    const waiting = slots.acquire(cancelled.signal);
    cancelled.abort();
    assert.equal(await waiting, false);
    const next = slots.acquire(new AbortController().signal);
    slots.release();
    assert.equal(await next, true);
    assert.equal(slots.inUse, 1);
    assert.equal(await slots.acquire(AbortSignal.abort()), false);
  });
});

describe('waiting for a pause', () => {
  it('ends at once when woken (a save), false when aborted (a newer edit), true after the pause', async () => {
    let wake = (): void => undefined;
    const woken = idle(60_000, new AbortController().signal, (callback) => (wake = callback));
    wake();
    assert.equal(await woken, true);

    const edited = new AbortController();
    const aborted = idle(60_000, edited.signal, () => undefined);
    edited.abort();
    assert.equal(await aborted, false);

    assert.equal(await idle(1, new AbortController().signal, () => undefined), true);
    assert.equal(await idle(60_000, AbortSignal.abort(), () => undefined), false);
  });
});
