/** The mock exam's result: the estimated scaled score against the pass mark, domains, and every question explained. */
import type { NoteSummary } from '../../study/coverage';
import { escapeHtml as esc, inlineMarkdownToHtml as md } from '../../study/inlineMarkdown';
import { EXAM, EXAM_GUIDE_URL } from '../examFacts';
import type { MockExam, MockResult } from '../mockExam';
import { isCorrect } from '../session';
import { clockText } from './examHtml';
import { explanationHtml } from './questionHtml';

export interface ResultView {
  exam: MockExam;
  answers: ReadonlyMap<string, readonly string[]>;
  result: MockResult;
  notes: Readonly<Record<string, NoteSummary>>;
  finishedAt: number;
  /** Time ran out before the exam was submitted. */
  timedOut: boolean;
}

export function mockResultHtml(view: ResultView): string {
  const { result, exam } = view;
  const verdict = result.passed ? 'pass' : 'below the pass mark';
  const unscored = new Set(exam.unscored);
  return (
    `<header><h1>Mock exam result</h1>${view.timedOut ? '<p class="verdict incorrect">Time is up: the exam was submitted as it stood.</p>' : ''}</header>` +
    `<p class="score ${result.passed ? 'pass' : 'fail'}" data-summary="score" tabindex="-1" data-autofocus>Estimated score: <strong>${result.scaledScore}</strong> of ${EXAM.maxScore.toLocaleString('en-US')} — ${verdict} (${EXAM.passingScore} needed)</p>` +
    `<p>${result.right} of ${result.scored} scored questions right; ${exam.unscored.length} more ${exam.unscored.length === 1 ? 'was' : 'were'} unscored, as on the real exam. ` +
    `You answered ${result.answered} of ${exam.questions.length} in ${clockText(Math.min(view.finishedAt, exam.deadline) - exam.startedAt)}.</p>` +
    `<p class="hint">How AWS turns answers into the scaled score is not public (it equates exam forms of different difficulty). This estimate maps the share of ` +
    `scored questions you got right onto ${EXAM.minScore}–${EXAM.maxScore.toLocaleString('en-US')} in a straight line, so ${EXAM.passingScore} means about 72% right. ` +
    `Use it as a guide, not a prediction. <a href="${EXAM_GUIDE_URL}" data-action="openUrl" data-url="${EXAM_GUIDE_URL}">Exam guide</a></p>` +
    domainTable(result) +
    `<h2>Every question</h2><ol class="review">${exam.questions.map((question, index) => reviewItem(view, index, unscored.has(question.id))).join('')}</ol>` +
    `<p class="actions"><button type="button" data-action="home">Back to practice</button></p>`
  );
}

function domainTable(result: MockResult): string {
  const rows = result.domains.map((domain) => {
    const share = domain.total === 0 ? undefined : Math.round((100 * domain.right) / domain.total);
    return (
      `<tr data-domain="${domain.domain}"><th scope="row">${domain.domain} ${esc(domain.name)}</th><td>${domain.weight}%</td>` +
      `<td>${domain.right} of ${domain.total}</td><td>${share === undefined ? '—' : `<meter min="0" max="100" value="${share}"></meter> ${share}%`}</td></tr>`
    );
  });
  return (
    `<h2>By domain</h2><table class="domains"><thead><tr><th scope="col">Domain</th><th scope="col">Weight</th><th scope="col">Right</th><th scope="col">Share</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function reviewItem(view: ResultView, index: number, unscored: boolean): string {
  const question = view.exam.questions[index];
  const chosen = view.answers.get(question.id) ?? [];
  const correct = isCorrect(question, chosen);
  const label = chosen.length === 0 ? 'unanswered' : correct ? 'right' : 'wrong';
  return (
    `<li class="${correct ? 'right' : 'wrong'}"><details><summary><span class="mark">${correct ? '✓' : '✗'}</span> ${md(question.stem)} ` +
    `<span class="hint">(${label}${unscored ? ', unscored' : ''})</span></summary>` +
    explanationHtml(question, { index, total: view.exam.questions.length, source: unscored ? 'unscored' : 'scored' }, { chosen, notes: view.notes }) +
    `</details></li>`
  );
}
