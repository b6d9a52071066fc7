/** The catalogue is data: every check is complete, well-formed and rests on an AWS documentation page. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import topics from '../../../../src/core/knowledge/topics.json';
import { ALL_RULES } from '../../../../src/core/rules';
import { CATALOGUE_CHECKS } from '../../../../src/core/rules/catalogue';

const AWS_DOCS = /^https:\/\/docs\.aws\.amazon\.com\/[^\s#]+$/;

describe('the exam-practice catalogue', () => {
  it('gives every check a unique CX id of its main topic, never used by another rule', () => {
    const ids = CATALOGUE_CHECKS.map((check) => check.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const check of CATALOGUE_CHECKS) {
      assert.match(check.id, /^CX\d{2}[1-9]\d$/);
      assert.equal(check.id.slice(2, 4), check.topics[0].slice(1), `${check.id}: the id's digits are its main topic`);
    }
    const all = ALL_RULES.map((rule) => rule.id);
    assert.equal(new Set(all).size, all.length, 'rule ids are unique across all rules');
  });

  for (const check of CATALOGUE_CHECKS) {
    it(`${check.id} is complete: topics, page, explanation, and the sentence behind an error`, () => {
      assert.ok(check.topics.length > 0);
      for (const topic of check.topics) assert.ok(Object.hasOwn(topics.topics, topic), `${check.id}: unknown topic ${topic}`);
      assert.match(check.url, AWS_DOCS);
      assert.ok(check.title.length > 10 && !check.title.endsWith('.'), check.title);
      assert.ok(check.explanation.what.length > 40 && check.explanation.exam.length > 20);
      assert.ok(check.resourceTypes.length > 0);
      if (check.severity === 'error') {
        assert.ok(check.rejection, `${check.id}: an error needs the documentation sentence that says the request fails`);
        assert.match(check.rejection.url, AWS_DOCS);
        assert.ok(check.rejection.quote.length > 20);
      }
    });
  }
});
