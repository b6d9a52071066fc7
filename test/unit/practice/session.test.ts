import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyRecord, recordAnswer } from '../../../src/core/practice/leitner';
import { seededRandom } from '../../../src/core/practice/random';
import { chooseRound, isCorrect, poolTopics } from '../../../src/core/practice/session';
import type { TemplateQuestion } from '../../../src/core/practice/types';
import { bankQuestion, fixtureBank, templateQuestion } from './fixtureBank';

const NOW = Date.UTC(2026, 0, 10);
const DAY = 86_400_000;
const random = () => seededRandom(7);

describe('chooseRound', () => {
  const bank = fixtureBank(4);
  const fromTemplate = [
    templateQuestion('asg-fewest-in-service:file:///a.yaml#G', 'asg-fewest-in-service', 'file:///a.yaml', ['T09'], 'D3'),
    templateQuestion('stack-delete-data:file:///a.yaml#B', 'stack-delete-data', 'file:///a.yaml', ['T23', 'T28'], 'D2'),
    templateQuestion('stack-delete-data:file:///b.yaml#B', 'stack-delete-data', 'file:///b.yaml', ['T23', 'T28'], 'D2'),
  ];
  const pool = [...bank, ...fromTemplate];

  it('keeps to the scope: a topic, a domain, one template', () => {
    const ids = (scope: Parameters<typeof chooseRound>[2]['scope'], size = 50) => chooseRound(pool, emptyRecord(), { scope, size, now: NOW, random: random() }).questions.map((question) => question.id).sort();
    assert.deepEqual(ids({ kind: 'topic', topic: 'T09' }), ['asg-fewest-in-service:file:///a.yaml#G', 'bank-D3-1']);
    assert.deepEqual(ids({ kind: 'domain', domain: 'D4' }), ['bank-D4-0', 'bank-D4-1', 'bank-D4-2', 'bank-D4-3']);
    assert.deepEqual(ids({ kind: 'template', uri: 'file:///a.yaml' }), ['asg-fewest-in-service:file:///a.yaml#G', 'stack-delete-data:file:///a.yaml#B']);
    assert.equal(ids({ kind: 'all' }, 10).length, 10);
  });

  it('puts questions due for review first (lowest box first), then new ones, then those not yet due', () => {
    let record = emptyRecord();
    const [dueLow, dueHigh, notDue] = bank.filter((question) => question.domain === 'D1');
    record = recordAnswer(record, dueLow, false, NOW - DAY); // box 1, due
    record = recordAnswer(recordAnswer(record, dueHigh, true, NOW - 10 * DAY), dueHigh, true, NOW - 10 * DAY); // box 3, due
    record = recordAnswer(record, notDue, true, NOW); // box 2, due tomorrow
    const round = chooseRound(bank, record, { scope: { kind: 'domain', domain: 'D1' }, size: 3, now: NOW, random: random() });
    assert.deepEqual(round.questions.map((question) => question.id).sort(), [dueLow.id, dueHigh.id, 'bank-D1-3'].sort());
    const two = chooseRound(bank, record, { scope: { kind: 'domain', domain: 'D1' }, size: 2, now: NOW, random: random() });
    assert.deepEqual(two.questions.map((question) => question.id).sort(), [dueLow.id, dueHigh.id].sort());
    const one = chooseRound(bank, record, { scope: { kind: 'domain', domain: 'D1' }, size: 1, now: NOW, random: random() });
    assert.deepEqual(one.questions.map((question) => question.id), [dueLow.id]);
  });

  it('spreads new questions over kinds and topics', () => {
    const round = chooseRound(fromTemplate.slice(0, 3), emptyRecord(), { scope: { kind: 'all' }, size: 2, now: NOW, random: random() });
    assert.deepEqual(new Set(round.questions.map((question) => (question as TemplateQuestion).kind)), new Set(['asg-fewest-in-service', 'stack-delete-data']));
  });

  it('draws a weakest-topics round from the three topics with the lowest estimated share right', () => {
    let record = emptyRecord();
    for (const question of bank) record = recordAnswer(record, question, !['T21', 'T31', 'T30'].includes(question.topics[0]), NOW - 30 * DAY);
    const round = chooseRound(bank, record, { scope: { kind: 'weakest' }, size: 20, now: NOW, random: random() });
    assert.deepEqual([...round.topics!].sort(), ['T21', 'T30', 'T31']);
    assert.deepEqual([...new Set(round.questions.map((question) => question.topics[0]))].sort(), ['T21', 'T30', 'T31']);
  });

  it('lists the topics the pool covers', () => {
    assert.deepEqual(poolTopics(fromTemplate), ['T09', 'T23', 'T28']);
  });
});

describe('isCorrect', () => {
  it('wants exactly the right options, in any order', () => {
    const multi = bankQuestion('m', ['T06'], 'D1', ['A', 'C']);
    assert.equal(isCorrect(multi, ['C', 'A']), true);
    assert.equal(isCorrect(multi, ['A']), false);
    assert.equal(isCorrect(multi, ['A', 'C', 'D']), false);
    assert.equal(isCorrect(bankQuestion('s', ['T06'], 'D1'), ['B']), true);
    assert.equal(isCorrect(bankQuestion('s', ['T06'], 'D1'), []), false);
  });
});
