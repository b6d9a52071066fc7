import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_RULES } from '../../../src/core/rules';

describe('rule ids', () => {
  it('give each rule in ALL_RULES an id of its own', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    assert.deepEqual(repeated, []);
  });
});
