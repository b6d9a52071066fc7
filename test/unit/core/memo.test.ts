import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keep, kept, memoKey, memoized } from '../../../src/core/memo';

describe('memo kept on its owner', () => {
  it('computes once per owner, undefined and null included', () => {
    let calls = 0;
    const nothing = (): undefined => void calls++;
    const owner = {};
    assert.equal(memoized(owner, nothing), undefined);
    assert.equal(memoized(owner, nothing), undefined);
    assert.equal(calls, 1);
    const other = {};
    memoized(other, nothing);
    assert.equal(calls, 2);
  });

  it('keeps values by key, replacing what was kept', () => {
    const owner = { a: 1 };
    const key = memoKey<string>('test');
    assert.equal(kept(owner, key), undefined);
    keep(owner, key, 'one');
    keep(owner, key, 'two');
    assert.equal(kept(owner, key), 'two');
    assert.equal(kept({ a: 1 }, key), undefined);
  });

  it('is not carried along by a spread, and does not change what deep equality sees', () => {
    const owner = { a: 1 };
    const key = memoKey<number>('test');
    keep(owner, key, 5);
    const copy = { ...owner };
    assert.equal(kept(copy, key), undefined);
    assert.deepStrictEqual(owner, { a: 1 });
    assert.deepEqual(Object.keys(owner), ['a']);
  });

  it('gives a Proxy of an owner a memo of its own (a check\'s recording stand-in must not see the template\'s)', () => {
    const owner = {};
    const compute = () => ({});
    const proxy = new Proxy(owner, {});
    assert.notEqual(memoized(proxy, compute), memoized(owner, compute));
  });
});
