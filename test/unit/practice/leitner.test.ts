import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boxCounts, emptyRecord, parseRecord, recordAnswer } from '../../../src/core/practice/leitner';
import { domainScores, topicScores, weakestTopics } from '../../../src/core/practice/scores';
import { bankQuestion } from './fixtureBank';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 10);
const question = bankQuestion('bank-t09-1', ['T09', 'T07'], 'D3');

describe('Leitner boxes', () => {
  it('starts a new question in box 1 and moves it up a box per right answer, due 1, 3, 7 and 14 days later, staying in box 5', () => {
    let record = emptyRecord();
    const dues: number[] = [];
    for (let answer = 0; answer < 6; answer++) {
      record = recordAnswer(record, question, true, NOW);
      dues.push((record.cards[question.id].due - NOW) / DAY);
    }
    assert.deepEqual(dues, [1, 3, 7, 14, 14, 14]);
    assert.equal(record.cards[question.id].box, 5);
    assert.deepEqual(boxCounts(record), [0, 0, 0, 0, 1]);
  });

  it('sends a wrong answer back to box 1, due at once, and counts both', () => {
    let record = recordAnswer(recordAnswer(emptyRecord(), question, true, NOW), question, true, NOW);
    record = recordAnswer(record, question, false, NOW + DAY);
    assert.deepEqual(record.cards[question.id], { box: 1, due: NOW + DAY, right: 2, wrong: 1, topics: ['T09', 'T07'], domain: 'D3' });
  });

  it('never changes the record it is given', () => {
    const before = emptyRecord();
    recordAnswer(before, question, true, NOW);
    assert.deepEqual(before, { cards: {} });
  });

  it('reads back only well-formed cards from storage', () => {
    const stored = { cards: { good: { box: 2, due: NOW, right: 1, wrong: 0, topics: ['T01'], domain: 'D1' }, badBox: { box: 9, due: NOW, right: 0, wrong: 0, topics: [], domain: 'D1' }, badDomain: { box: 1, due: NOW, right: 0, wrong: 0, topics: [], domain: 'D9' }, notACard: 'x' } };
    assert.deepEqual(Object.keys(parseRecord(stored).cards), ['good']);
    assert.deepEqual(parseRecord(undefined), { cards: {} });
    assert.deepEqual(parseRecord({ cards: null }), { cards: {} });
  });
});

describe('practice scores', () => {
  it('adds up answers by topic and by domain', () => {
    let record = recordAnswer(emptyRecord(), question, true, NOW);
    record = recordAnswer(record, question, false, NOW);
    record = recordAnswer(record, bankQuestion('bank-t01-1', ['T01'], 'D1'), true, NOW);
    assert.deepEqual([...topicScores(record)], [['T09', { right: 1, total: 2 }], ['T07', { right: 1, total: 2 }], ['T01', { right: 1, total: 1 }]]);
    assert.deepEqual([...domainScores(record)], [['D3', { right: 1, total: 2 }], ['D1', { right: 1, total: 1 }]]);
  });

  it('ranks the weakest topics by (right + 1) / (answers + 2), a never-practised topic counting as 50%', () => {
    let record = emptyRecord();
    const answer = (id: string, topic: string, correct: boolean) => (record = recordAnswer(record, bankQuestion(id, [topic], 'D1'), correct, NOW));
    answer('a', 'T01', false); // 1/3
    answer('b', 'T02', true); // 2/3
    answer('c', 'T03', false);
    answer('d', 'T03', false); // 1/4
    assert.deepEqual(weakestTopics(record, ['T01', 'T02', 'T03', 'T04'], 3), ['T03', 'T01', 'T04']);
  });
});
