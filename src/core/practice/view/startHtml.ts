/** The practice panel's first page: what to practise, the Leitner boxes, and the mock exam. */
import type { DomainId } from '../../knowledge/note';
import { domainOf } from '../../knowledge/topics';
import { escapeHtml as esc } from '../../study/inlineMarkdown';
import { studyTopics } from '../../study/topics';
import { EXAM, EXAM_GUIDE_URL } from '../examFacts';
import { BOX_INTERVAL_DAYS } from '../leitner';

export interface StartView {
  bankCount: number;
  templateCount: number;
  /** The template the "this template" round would use, with its number of questions. */
  currentTemplate?: { name: string; questions: number };
  /** Topics and domains that have questions. */
  topics: readonly string[];
  domains: readonly DomainId[];
  boxes: readonly number[];
  due: number;
  /** The round size last chosen. */
  size: number;
}

export const ROUND_SIZES: readonly number[] = [5, 10, 20];

export function startHtml(view: StartView): string {
  const titles = new Map(studyTopics().map((topic) => [topic.id, topic.title]));
  const sizes = ROUND_SIZES.map((size) => `<option value="${size}"${size === view.size ? ' selected' : ''}>${size}</option>`).join('');
  const topics = view.topics.map((id) => `<option value="${esc(id)}">${esc(id)} ${esc(titles.get(id) ?? '')}</option>`).join('');
  const domains = view.domains.map((id) => `<option value="${id}">${id} ${esc(domainOf(id).name)}</option>`).join('');
  const hasCurrent = (view.currentTemplate?.questions ?? 0) > 0;
  const current = view.currentTemplate
    ? `<button type="button" data-action="start" data-scope="template"${hasCurrent ? ' data-autofocus' : ' disabled'}>This template: ${esc(view.currentTemplate.name)} (${view.currentTemplate.questions} questions)</button>`
    : '<button type="button" data-action="start" data-scope="template" disabled>This template (open a template in the editor first)</button>';
  const boxes = view.boxes
    .map((count, index) => `<li>Box ${index + 1}: <strong>${count}</strong> <span class="hint">${index === 0 ? 'every round' : `every ${BOX_INTERVAL_DAYS[index]} days`}</span></li>`)
    .join('');
  return (
    `<header><h1>Exam practice</h1><p class="summary" data-summary="pool">${view.bankCount} bank questions · ${view.templateCount} questions from your templates · ${view.due} due for review</p></header>` +
    `<section aria-labelledby="round-heading"><h2 id="round-heading">A practice round</h2>` +
    `<p><label for="size">Questions per round</label> <select id="size">${sizes}</select></p>` +
    `<ul class="choices">` +
    `<li>${current}</li>` +
    `<li><button type="button" data-action="start" data-scope="weakest"${hasCurrent ? '' : ' data-autofocus'}>My weakest topics</button> <span class="hint">the three topics with the lowest share of right answers</span></li>` +
    `<li><button type="button" data-action="start" data-scope="all">Due questions first, then new ones</button></li>` +
    `<li><label for="topic">Topic</label> <select id="topic">${topics}</select> <button type="button" data-action="start" data-scope="topic">Practise this topic</button></li>` +
    `<li><label for="domain">Domain</label> <select id="domain">${domains}</select> <button type="button" data-action="start" data-scope="domain">Practise this domain</button></li>` +
    `</ul></section>` +
    `<section aria-labelledby="exam-heading"><h2 id="exam-heading">Mock exam</h2>` +
    `<p>${EXAM.questions} questions in ${EXAM.minutes} minutes, as on the real DOP-C02 exam: ${EXAM.scoredQuestions} scored and ${EXAM.unscoredQuestions} unscored (you are not told which), ` +
    `spread over the six domains by weight. The result is an estimate on the exam's ${EXAM.minScore}–${EXAM.maxScore.toLocaleString('en-US')} scale, ${EXAM.passingScore} to pass. ` +
    `<a href="${EXAM_GUIDE_URL}" data-action="openUrl" data-url="${EXAM_GUIDE_URL}">Exam guide</a></p>` +
    shortExamNote(view.bankCount + view.templateCount) +
    `<p><button type="button" data-action="startExam">Start the mock exam</button></p></section>` +
    `<section aria-labelledby="boxes-heading"><h2 id="boxes-heading">Spaced repetition</h2><ul class="boxes">${boxes}</ul>` +
    `<p><button type="button" class="secondary" data-action="reset">Reset practice progress</button></p></section>`
  );
}

function shortExamNote(available: number): string {
  if (available >= EXAM.questions) return '';
  return `<p class="hint" data-summary="short-exam">There are ${available} questions to draw from so far, so this mock exam has ${available}.</p>`;
}
