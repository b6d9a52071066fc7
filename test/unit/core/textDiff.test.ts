import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { changedRange } from '../../../src/core/textDiff';

/** The same range found one character at a time. */
function naive(before: string, after: string) {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let suffix = 0;
  while (suffix < shorter - start && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

describe('the changed range between two texts', () => {
  it('is the text between the common prefix and the common suffix, whatever the sizes', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 3000 });
    fc.assert(
      fc.property(text, text, text, text, (prefix, removed, inserted, suffix) => {
        const before = prefix + removed + suffix;
        const after = prefix + inserted + suffix;
        assert.deepEqual(changedRange(before, after), naive(before, after));
      }),
      { seed: 20_261_205, numRuns: 300 },
    );
  });

  it('finds one inserted character in the middle of a large text', () => {
    const half = 'Resources:\n'.repeat(20_000);
    assert.deepEqual(changedRange(half + half, `${half} ${half}`), { start: half.length, oldEnd: half.length, newEnd: half.length + 1 });
  });

  it('is empty for equal texts and the whole text against an empty one', () => {
    assert.deepEqual(changedRange('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changedRange('', 'new'), { start: 0, oldEnd: 0, newEnd: 3 });
  });
});
