/** The mock exam while it runs: one question at a time, the timer, flags for review, and the overview. */
import { escapeHtml as esc } from '../../study/inlineMarkdown';
import type { MockExam } from '../mockExam';
import { questionHtml } from './questionHtml';

export interface ExamView {
  exam: MockExam;
  index: number;
  answers: ReadonlyMap<string, readonly string[]>;
  flagged: ReadonlySet<string>;
  /** Asking whether to submit. */
  confirming: boolean;
}

/** "2:59:59" for a number of milliseconds (never below zero). */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

function answeredCount(view: ExamView): number {
  return view.exam.questions.filter((question) => (view.answers.get(question.id) ?? []).length > 0).length;
}

function examHeader(view: ExamView, now: number): string {
  const total = view.exam.questions.length;
  return (
    `<header class="exam"><h1>Mock exam</h1>` +
    `<p class="summary"><span id="timer" role="timer" data-deadline="${view.exam.deadline}">${clockText(view.exam.deadline - now)}</span> left · ` +
    `<span data-summary="answered">${answeredCount(view)} of ${total} answered</span> · <span data-summary="flagged">${view.flagged.size} flagged</span></p></header>`
  );
}

export function examQuestionHtml(view: ExamView, now: number): string {
  const { exam, index } = view;
  const question = exam.questions[index];
  const flagged = view.flagged.has(question.id);
  const last = index + 1 === exam.questions.length;
  return (
    examHeader(view, now) +
    questionHtml(question, { index, total: exam.questions.length, source: flagged ? 'flagged for review' : 'mock exam' }, view.answers.get(question.id) ?? []) +
    `<p class="actions">` +
    `<button type="button" class="secondary" data-action="previous"${index === 0 ? ' disabled' : ''}>Previous <kbd>P</kbd></button> ` +
    `<button type="button" data-action="${last ? 'review' : 'next'}" data-enter>${last ? 'Review all questions' : 'Next'} <kbd>N</kbd></button> ` +
    `<button type="button" class="secondary" data-action="flag" aria-pressed="${flagged}">${flagged ? 'Unflag' : 'Flag for review'} <kbd>F</kbd></button> ` +
    `<button type="button" class="secondary" data-action="review">All questions</button> ` +
    `<button type="button" class="secondary" data-action="submitExam">Submit the exam</button></p>` +
    (view.confirming ? confirmHtml(view) : '') +
    `<p class="hint">Keys: <kbd>1</kbd>–<kbd>${question.options.length}</kbd> or arrows to choose, <kbd>N</kbd>/<kbd>Enter</kbd> next, <kbd>P</kbd> previous, <kbd>F</kbd> flag.</p>`
  );
}

function confirmHtml(view: ExamView): string {
  const unanswered = view.exam.questions.length - answeredCount(view);
  return (
    `<div class="confirm" role="alertdialog" aria-labelledby="confirm-text"><p id="confirm-text">Submit the exam now? ${unanswered} unanswered (they count as wrong), ${view.flagged.size} flagged.</p>` +
    `<p><button type="button" data-action="confirmSubmit" data-focus-after>Submit now</button> <button type="button" class="secondary" data-action="cancelSubmit">Keep going</button></p></div>`
  );
}

/** Every question as a button: answered or not, flagged or not; a click goes to it. */
export function examReviewHtml(view: ExamView, now: number): string {
  const buttons = view.exam.questions.map((question, index) => {
    const answered = (view.answers.get(question.id) ?? []).length > 0;
    const flagged = view.flagged.has(question.id);
    const state = `${answered ? 'answered' : 'unanswered'}${flagged ? ', flagged' : ''}`;
    return (
      `<li><button type="button" class="cell${answered ? ' answered' : ''}${flagged ? ' flagged' : ''}" data-action="goto" data-index="${index}" ` +
      `aria-label="Question ${index + 1}, ${state}"${index === 0 ? ' data-autofocus' : ''}>${index + 1}${flagged ? ' ⚑' : ''}</button></li>`
    );
  });
  return (
    examHeader(view, now) +
    `<h2>All questions</h2><p class="hint">Answered questions are filled in; ⚑ marks those flagged for review.</p>` +
    `<ol class="grid">${buttons.join('')}</ol>` +
    `<p class="actions"><button type="button" data-action="goto" data-index="${view.index}">Back to question ${view.index + 1}</button> ` +
    `<button type="button" class="secondary" data-action="submitExam">Submit the exam</button></p>` +
    (view.confirming ? confirmHtml(view) : '') +
    `<p class="hint">${esc('Time keeps running while you review.')}</p>`
  );
}
