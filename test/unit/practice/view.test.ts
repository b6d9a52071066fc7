import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MockExam } from '../../../src/core/practice/mockExam';
import { scoreMockExam } from '../../../src/core/practice/mockExam';
import { clockText, examQuestionHtml, examReviewHtml, type ExamView } from '../../../src/core/practice/view/examHtml';
import { explanationHtml, questionHtml } from '../../../src/core/practice/view/questionHtml';
import { mockResultHtml } from '../../../src/core/practice/view/resultHtml';
import { roundHtml, roundSummaryHtml } from '../../../src/core/practice/view/roundHtml';
import { startHtml } from '../../../src/core/practice/view/startHtml';
import { bankQuestion, templateQuestion } from './fixtureBank';

const PLACE = { index: 2, total: 10, source: 'Question bank' };
const NOTE = { id: 'asg-health-check-type', inline: 'ELB health checks replace instances', does: 'Adds `ELB` checks.', exam: 'Pick `ELB`.', trap: 'EC2 only by default.', url: 'https://docs.aws.amazon.com/x' };

describe('question HTML', () => {
  it('renders radio buttons for one answer and checkboxes for several, numbered for the keys, text escaped', () => {
    const single = { ...bankQuestion('q1', ['T07'], 'D3'), stem: 'Pick <one> `ELB`' };
    const html = questionHtml(single, PLACE);
    assert.match(html, /^<section class="question" data-question="q1" data-multi="false"><p class="meta"><span class="position">Question 3 of 10<\/span> · <span class="topics">T07<\/span> · <span class="domain">D3 Resilient Cloud Solutions<\/span> · <span class="source">Question bank<\/span><\/p>/);
    assert.match(html, /<legend class="stem">Pick &#60;one&#62; <code>ELB<\/code><\/legend><p class="choose">Choose one answer\.<\/p>/);
    assert.equal((html.match(/type="radio"/g) ?? []).length, 4);
    assert.match(html, /<input type="radio" name="answer" value="A" data-autofocus><span class="key" aria-hidden="true">1<\/span> <span class="letter">A\.<\/span>/);
    const multi = questionHtml(bankQuestion('q2', ['T06'], 'D1', ['A', 'C']), PLACE, ['C']);
    assert.match(multi, /Choose two answers\./);
    assert.match(multi, /<input type="checkbox" name="answer" value="C" checked>/);
  });

  it('explains every option after the answer, with the notes and pages, and a way back to the template', () => {
    const question = templateQuestion('t1', 'stack-delete-data', 'file:///a.yaml', ['T07'], 'D3');
    const wrong = explanationHtml(question, PLACE, { chosen: ['A'], notes: { [NOTE.id]: NOTE } });
    assert.match(wrong, /data-correct="false"/);
    assert.match(wrong, /<p class="verdict incorrect" role="status" tabindex="-1" data-focus-after>Not quite: the answer is B\.<\/p>/);
    assert.match(wrong, /<li class="explained wrong picked" data-option="A">.*\(your answer\)/);
    assert.match(wrong, /<li class="explained right" data-option="B"><p><span class="mark right" aria-label="right answer">✓<\/span>/);
    assert.match(wrong, /<p class="why">Why B<\/p>/);
    assert.match(wrong, /<summary>ELB health checks replace instances<\/summary><p>Adds <code>ELB<\/code> checks\.<\/p><p><strong>Exam angle\.<\/strong> Pick <code>ELB<\/code>\.<\/p><p class="trap">/);
    assert.match(wrong, /<button type="button" class="link" data-action="showInEditor">Show it in the template<\/button>/);
    const right = explanationHtml(bankQuestion('b1', ['T07'], 'D3'), PLACE, { chosen: ['B'], notes: {} });
    assert.match(right, /<p class="verdict correct" role="status" tabindex="-1" data-focus-after>Correct\.<\/p>/);
    assert.doesNotMatch(right, /showInEditor|Exam notes/);
  });

  it('offers submit before the answer and next after it, with the running score', () => {
    const question = bankQuestion('q1', ['T07'], 'D3');
    assert.match(roundHtml({ title: 'Practice: T07', question, place: PLACE, right: 1 }), /1 of 2 right so far.*data-action="submit" data-enter>Submit answer/);
    const answered = roundHtml({ title: 'Practice: T07', question, place: { ...PLACE, index: 9 }, right: 9, answered: { chosen: ['B'], notes: {} } });
    assert.match(answered, /9 of 10 right so far.*data-action="next" data-enter>See the results <kbd>N<\/kbd>/);
    assert.match(roundSummaryHtml('Practice: T07', [{ question, correct: true, source: 'Question bank' }, { question, correct: false, source: 'Question bank' }]), /1 of 2 right/);
  });
});

describe('start page', () => {
  it('offers every way to practise, the mock exam with its facts, and the boxes', () => {
    const html = startHtml({ bankCount: 6, templateCount: 12, currentTemplate: { name: 'app.yaml', questions: 5 }, topics: ['T07', 'T09'], domains: ['D1', 'D3'], boxes: [3, 1, 0, 0, 0], due: 3, size: 10 });
    assert.match(html, /6 bank questions · 12 questions from your templates · 3 due for review/);
    assert.match(html, /data-scope="template" data-autofocus>This template: app\.yaml \(5 questions\)/);
    for (const scope of ['weakest', 'all', 'topic', 'domain']) assert.match(html, new RegExp(`data-scope="${scope}"`));
    assert.match(html, /<option value="T09">T09 Group updates, signals<\/option>/);
    assert.match(html, /<option value="10" selected>10<\/option>/);
    assert.match(html, /75 questions in 180 minutes, as on the real DOP-C02 exam: 65 scored and 10 unscored .* 100–1,000 scale, 750 to pass/);
    assert.match(html, /Box 1: <strong>3<\/strong>/);
    assert.match(startHtml({ bankCount: 6, templateCount: 0, topics: [], domains: [], boxes: [0, 0, 0, 0, 0], due: 0, size: 5 }), /data-scope="template" disabled>This template \(open a template in the editor first\)/);
  });
});

describe('mock exam HTML', () => {
  const questions = [bankQuestion('a', ['T07'], 'D3'), bankQuestion('b', ['T01'], 'D1'), bankQuestion('c', ['T21'], 'D6')];
  const exam: MockExam = { questions, unscored: ['c'], startedAt: 0, deadline: 180 * 60_000 };
  const view: ExamView = { exam, index: 1, answers: new Map([['a', ['B']]]), flagged: new Set(['b']), confirming: false };

  it('shows the timer, the counts, the flag and the navigation', () => {
    assert.equal(clockText(180 * 60_000), '3:00:00');
    assert.equal(clockText(61_500), '0:01:02');
    assert.equal(clockText(-5), '0:00:00');
    const html = examQuestionHtml(view, 60_000);
    assert.match(html, /<span id="timer" role="timer" data-deadline="10800000">2:59:00<\/span> left · <span data-summary="answered">1 of 3 answered<\/span> · <span data-summary="flagged">1 flagged<\/span>/);
    assert.match(html, /data-action="flag" aria-pressed="true">Unflag <kbd>F<\/kbd>/);
    assert.doesNotMatch(html, /alertdialog/);
    assert.match(examQuestionHtml({ ...view, confirming: true }, 0), /Submit the exam now\? 2 unanswered \(they count as wrong\), 1 flagged\./);
    assert.match(examReviewHtml(view, 0), /aria-label="Question 1, answered" data-autofocus>1<\/button>.*aria-label="Question 2, unanswered, flagged">2 ⚑<\/button>/);
  });

  it('reports the estimated score against 750, explains that it is an estimate, and breaks domains down', () => {
    const answers = new Map([['a', ['B']], ['b', ['A']], ['c', ['B']]]);
    const html = mockResultHtml({ exam, answers, result: scoreMockExam(exam, answers), notes: {}, finishedAt: 30 * 60_000, timedOut: false });
    assert.match(html, /Estimated score: <strong>550<\/strong> of 1,000 — below the pass mark \(750 needed\)/);
    assert.match(html, /1 of 2 scored questions right; 1 more was unscored/);
    assert.match(html, /not public/);
    assert.match(html, /<tr data-domain="D3"><th scope="row">D3 Resilient Cloud Solutions<\/th><td>15%<\/td><td>1 of 1<\/td>/);
    assert.match(html, /<tr data-domain="D6">.*<td>0 of 0<\/td><td>—<\/td>/);
    assert.match(html, /\(right, unscored\)/);
  });
});
