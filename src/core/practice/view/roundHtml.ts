/** A practice round in the panel: the current question or its explanation, and the round's summary. */
import type { NoteSummary } from '../../study/coverage';
import { escapeHtml as esc, inlineMarkdownToHtml as md } from '../../study/inlineMarkdown';
import type { Question } from '../types';
import { explanationHtml, questionHtml, type QuestionPlace } from './questionHtml';

export interface RoundView {
  /** What the round practises, e.g. "Topic T09 Group updates, signals". */
  title: string;
  question: Question;
  place: QuestionPlace;
  /** Set once the question is answered. */
  answered?: { chosen: readonly string[]; notes: Readonly<Record<string, NoteSummary>> };
  right: number;
}

export function roundHtml(view: RoundView): string {
  const { question, place, answered } = view;
  const last = place.index + 1 === place.total;
  const body = answered ? explanationHtml(question, place, answered) : questionHtml(question, place);
  const done = place.index + (answered ? 1 : 0);
  const primary = answered
    ? `<button type="button" data-action="next" data-enter>${last ? 'See the results' : 'Next question'} <kbd>N</kbd></button>`
    : '<button type="button" data-action="submit" data-enter>Submit answer <kbd>Enter</kbd></button>';
  return (
    `<header><h1>${esc(view.title)}</h1><p class="summary" data-summary="round">${view.right} of ${done} right so far</p></header>` +
    body +
    `<p class="actions">${primary} <button type="button" class="secondary" data-action="home">End the round</button></p>` +
    `<p class="hint">Keys: <kbd>1</kbd>–<kbd>${question.options.length}</kbd> or arrows to choose, <kbd>Enter</kbd> to submit, <kbd>N</kbd> for the next question.</p>`
  );
}

export interface RoundResult {
  question: Question;
  correct: boolean;
  source: string;
}

export function roundSummaryHtml(title: string, results: readonly RoundResult[]): string {
  const right = results.filter((result) => result.correct).length;
  const items = results.map(
    (result) =>
      `<li class="${result.correct ? 'right' : 'wrong'}"><span class="mark" aria-label="${result.correct ? 'right' : 'wrong'}">${result.correct ? '✓' : '✗'}</span> ` +
      `${md(result.question.stem)} <span class="source">(${esc(result.source)})</span></li>`,
  );
  return (
    `<header><h1>${esc(title)}: results</h1><p class="summary" data-summary="result">${right} of ${results.length} right</p></header>` +
    `<p>Questions you got wrong come back first next time (Leitner box 1); those you got right come back after 1, 3, 7 and then 14 days.</p>` +
    `<ol class="results">${items.join('')}</ol>` +
    `<p class="actions"><button type="button" data-action="again" data-enter data-focus-after>Another round</button> <button type="button" class="secondary" data-action="home">Back to practice</button></p>`
  );
}
