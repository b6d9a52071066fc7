import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex, lineStartBefore } from '../../../src/core/lines';

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

describe('LineIndex', () => {
  it('counts lines ended by \\n alone, and by \\r\\n or a lone \\r, the same way', () => {
    for (const [text, starts] of [
      ['a\nbc\n\nd', [0, 2, 5, 6]],
      ['a\r\nbc\r\n\r\nd', [0, 3, 7, 9]],
      ['a\rbc\n\rd', [0, 2, 5, 6]],
      ['abc', [0]],
      ['abc\n', [0, 4]],
    ] as const) {
      const lines = new LineIndex(text);
      assert.equal(lines.lineCount, starts.length, JSON.stringify(text));
      assert.deepEqual(starts.map((_, line) => lines.lineStart(line)), [...starts]);
      assert.deepEqual(lines.positionAt(text.length), { line: starts.length - 1, character: text.length - starts[starts.length - 1] });
    }
  });
});
