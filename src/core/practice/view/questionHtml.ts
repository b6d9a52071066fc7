/**
 * A question as the practice panel shows it, before and after it is answered. Plain HTML built from
 * escaped text (option texts and explanations may use the notes' inline Markdown); real radio buttons
 * or checkboxes, so the keyboard works as in any form; media/practice/practice.js adds the shortcuts.
 */
import { domainOf } from '../../knowledge/topics';
import type { NoteSummary } from '../../study/coverage';
import { escapeHtml as esc, inlineMarkdownToHtml as md } from '../../study/inlineMarkdown';
import { isCorrect } from '../session';
import type { Question, TemplateQuestion } from '../types';

export interface QuestionPlace {
  /** 0-based position in the round or exam. */
  index: number;
  total: number;
  /** Where the question comes from: "Question bank", or the template's file name. */
  source: string;
}

const COUNT_WORDS = ['', 'one answer', 'two answers', 'three answers'];

/** The question with its options to choose from; `chosen` pre-selects (an exam question visited again). */
export function questionHtml(question: Question, place: QuestionPlace, chosen: readonly string[] = []): string {
  const multi = question.answers.length > 1;
  const options = question.options.map((option, index) => {
    const checked = chosen.includes(option.id) ? ' checked' : '';
    return (
      `<li><label class="option" data-option="${esc(option.id)}">` +
      `<input type="${multi ? 'checkbox' : 'radio'}" name="answer" value="${esc(option.id)}"${checked}${index === 0 ? ' data-autofocus' : ''}>` +
      `<span class="key" aria-hidden="true">${index + 1}</span> <span class="letter">${esc(option.id)}.</span> <span class="text">${md(option.text)}</span></label></li>`
    );
  });
  return (
    `<section class="question" data-question="${esc(question.id)}" data-multi="${multi}">` +
    metaHtml(question, place) +
    `<fieldset><legend class="stem">${md(question.stem)}</legend>` +
    `<p class="choose">Choose ${COUNT_WORDS[question.answers.length] ?? `${question.answers.length} answers`}.</p>` +
    `<ol class="options">${options.join('')}</ol></fieldset></section>`
  );
}

export function metaHtml(question: Question, place: QuestionPlace): string {
  const domain = domainOf(question.domain);
  return (
    `<p class="meta"><span class="position">Question ${place.index + 1} of ${place.total}</span> · ` +
    `<span class="topics">${question.topics.map(esc).join(', ')}</span> · <span class="domain">${esc(question.domain)} ${esc(domain.name)}</span> · ` +
    `<span class="source">${esc(place.source)}</span></p>`
  );
}

export interface Explained {
  chosen: readonly string[];
  notes: Readonly<Record<string, NoteSummary>>;
}

/** The answered question: the verdict, why each option is right or wrong, the notes and pages behind it. */
export function explanationHtml(question: Question, place: QuestionPlace, { chosen, notes }: Explained): string {
  const correct = isCorrect(question, chosen);
  const right = question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.id);
  const items = question.options.map((option) => {
    const isRight = question.answers.includes(option.id);
    const picked = chosen.includes(option.id);
    const mark = isRight ? '<span class="mark right" aria-label="right answer">✓</span>' : '<span class="mark wrong" aria-label="wrong answer">✗</span>';
    return (
      `<li class="explained ${isRight ? 'right' : 'wrong'}${picked ? ' picked' : ''}" data-option="${esc(option.id)}">` +
      `<p>${mark} <span class="letter">${esc(option.id)}.</span> ${md(option.text)}${picked ? ' <span class="yours">(your answer)</span>' : ''}</p>` +
      `<p class="why">${md(option.why)}</p></li>`
    );
  });
  const verdict = correct
    ? '<p class="verdict correct" role="status" tabindex="-1" data-focus-after>Correct.</p>'
    : `<p class="verdict incorrect" role="status" tabindex="-1" data-focus-after>Not quite: the answer is ${right.join(' and ')}${chosen.length === 0 ? ' (no option was chosen)' : ''}.</p>`;
  return (
    `<section class="question answered" data-question="${esc(question.id)}" data-correct="${correct}">` +
    metaHtml(question, place) +
    `<p class="stem">${md(question.stem)}</p>${verdict}<ol class="options">${items.join('')}</ol>` +
    notesHtml(question, notes) +
    linksHtml(question) +
    `</section>`
  );
}

function notesHtml(question: Question, notes: Readonly<Record<string, NoteSummary>>): string {
  const shown = question.notes.filter((id) => Object.hasOwn(notes, id)).map((id) => notes[id]);
  if (shown.length === 0) return '';
  const items = shown.map((note) => {
    const trap = note.trap ? `<p class="trap"><strong>Trap.</strong> ${md(note.trap)}</p>` : '';
    return (
      `<li><details class="note" data-note="${esc(note.id)}"><summary>${esc(note.inline)}</summary>` +
      `<p>${md(note.does)}</p><p><strong>Exam angle.</strong> ${md(note.exam)}</p>${trap}` +
      `<p><a href="${esc(note.url)}" data-action="openUrl" data-url="${esc(note.url)}">AWS documentation</a></p></details></li>`
    );
  });
  return `<div class="notes"><h3>Exam notes</h3><ul>${items.join('')}</ul></div>`;
}

function linksHtml(question: Question): string {
  const inTemplate = (question as TemplateQuestion).uri !== undefined;
  const show = inTemplate ? `<button type="button" class="link" data-action="showInEditor">Show it in the template</button> · ` : '';
  return `<p class="links">${show}<a href="${esc(question.url)}" data-action="openUrl" data-url="${esc(question.url)}">The AWS page this rests on</a></p>`;
}
