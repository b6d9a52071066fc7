import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineStartBefore } from '../../../src/core/lines';

describe('lineStartBefore', () => {
  it('finds the start of the line after \\n, \\r\\n or a lone \\r, and 0 on the first line', () => {
    assert.equal(lineStartBefore('ab\ncd', 4), 3);
    assert.equal(lineStartBefore('ab\r\ncd', 5), 4);
    assert.equal(lineStartBefore('ab\rcd', 4), 3);
    assert.equal(lineStartBefore('abcd', 3), 0);
    assert.equal(lineStartBefore('ab\n', 3), 3);
    assert.equal(lineStartBefore('ab', 99), 0);
  });
});
