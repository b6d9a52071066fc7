import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAM, estimatedScaledScore } from '../../../src/core/practice/examFacts';
import { composeMockExam, domainQuotas, scoreMockExam } from '../../../src/core/practice/mockExam';
import { seededRandom } from '../../../src/core/practice/random';
import { fixtureBank, templateQuestion } from './fixtureBank';

const NOW = Date.UTC(2026, 0, 10, 9);

describe('mock exam', () => {
  it('has the real exam shape: 75 questions, 10 unscored, 180 minutes, 750 of 100-1,000 to pass', () => {
    assert.deepEqual(EXAM, { questions: 75, scoredQuestions: 65, unscoredQuestions: 10, minutes: 180, minScore: 100, maxScore: 1000, passingScore: 750 });
  });

  it('splits 75 questions over the domains by weight: 22/17/15/15/14/17 % gives 17, 13, 11, 11, 10, 13', () => {
    assert.deepEqual([...domainQuotas(75)], [['D1', 17], ['D2', 13], ['D3', 11], ['D4', 11], ['D5', 10], ['D6', 13]]);
  });

  it('draws the quotas from the bank, with unscored questions among them and a deadline 180 minutes on', () => {
    const exam = composeMockExam(fixtureBank(20), [], NOW, seededRandom(3));
    assert.equal(exam.questions.length, 75);
    assert.equal(new Set(exam.questions.map((question) => question.id)).size, 75);
    const counts = new Map<string, number>();
    for (const question of exam.questions) counts.set(question.domain, (counts.get(question.domain) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(counts), { D1: 17, D2: 13, D3: 11, D4: 11, D5: 10, D6: 13 });
    assert.equal(exam.unscored.length, 10);
    assert.ok(exam.unscored.every((id) => exam.questions.some((question) => question.id === id)));
    assert.equal(exam.deadline - exam.startedAt, 180 * 60_000);
  });

  it('fills a domain short of bank questions from the template questions, then from anything left', () => {
    const small = fixtureBank(2);
    const extra = [templateQuestion('t1', 'stack-delete-data', 'file:///a.yaml', ['T28'], 'D2')];
    const exam = composeMockExam(small, extra, NOW, seededRandom(3));
    assert.equal(exam.questions.length, 13);
    assert.ok(exam.questions.some((question) => question.id === 't1'));
    assert.equal(exam.unscored.length, 2); // 13 x 10 / 75, rounded
  });

  it('scores scored questions only, unanswered as wrong, on the estimated scale', () => {
    const exam = composeMockExam(fixtureBank(20), [], NOW, seededRandom(5));
    const scored = exam.questions.filter((question) => !exam.unscored.includes(question.id));
    const answers = new Map<string, string[]>();
    scored.slice(0, 47).forEach((question) => answers.set(question.id, ['B'])); // right
    scored.slice(47, 50).forEach((question) => answers.set(question.id, ['A'])); // wrong
    exam.questions.filter((question) => exam.unscored.includes(question.id)).forEach((question) => answers.set(question.id, ['B']));
    const result = scoreMockExam(exam, answers);
    assert.equal(result.scored, 65);
    assert.equal(result.right, 47);
    assert.equal(result.answered, 60);
    assert.equal(result.scaledScore, Math.round(100 + (900 * 47) / 65)); // 751
    assert.equal(result.passed, true);
    assert.equal(result.domains.reduce((sum, domain) => sum + domain.total, 0), 65);
    assert.equal(result.domains.reduce((sum, domain) => sum + domain.right, 0), 47);
    assert.deepEqual(result.domains.map((domain) => domain.name), ['SDLC Automation', 'Configuration Management and IaC', 'Resilient Cloud Solutions', 'Monitoring and Logging', 'Incident and Event Response', 'Security and Compliance']);
  });

  it('estimates 100 for nothing right, 1,000 for everything, and passes from 750', () => {
    assert.equal(estimatedScaledScore(0, 65), 100);
    assert.equal(estimatedScaledScore(65, 65), 1000);
    assert.equal(estimatedScaledScore(46, 65), 737);
    assert.equal(estimatedScaledScore(47, 65), 751);
    assert.equal(estimatedScaledScore(0, 0), 100);
  });
});
