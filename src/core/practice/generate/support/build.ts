/** Turns a kind's draft (right and wrong options with their reasons) into a question in the exam's shape. */
import type { DomainId } from '../../../knowledge/note';
import type { NodePath } from '../../../model';
import { hashText, seededRandom, shuffled } from '../../random';
import type { QuestionOption, TemplateQuestion } from '../../types';
import type { GenerateContext, QuestionKind } from '../types';

export interface OptionDraft {
  text: string;
  why: string;
}

export interface QuestionDraft {
  /** What the question is about in the template (a logical id, or `id/detail`): part of the question id. */
  subject: string;
  /** Where in the template, for the link back to the editor. */
  path: NodePath;
  stem: string;
  /** One right option, or 2–3 for a "choose two/three" question. */
  right: OptionDraft[];
  /** Wrong options, most plausible first; as many are used as the exam's shape takes. */
  wrong: OptionDraft[];
  notes: string[];
  url: string;
  /** Defaults to the kind's. */
  topics?: readonly string[];
  domain?: DomainId;
}

const LETTERS = 'ABCDEF';

/**
 * The question, or undefined when the draft cannot make one in the exam's shape: 4 options with one
 * answer, or 5–6 options with 2–3 answers, all texts different. Options are shuffled by the
 * question's id, so the same template always gives the same order.
 */
export function buildQuestion(kind: QuestionKind, context: GenerateContext, draft: QuestionDraft): TemplateQuestion | undefined {
  const rights = distinct(draft.right, new Set());
  if (rights.length !== draft.right.length || rights.length < 1 || rights.length > 3) return undefined;
  const wrongs = distinct(draft.wrong, new Set(rights.map((option) => option.text)));
  const total = rights.length === 1 ? 4 : Math.min(6, rights.length + wrongs.length);
  if (rights.length === 1 ? wrongs.length < 3 : total < 5) return undefined;
  const id = `${kind.kind}:${context.uri}#${draft.subject}`;
  const drafts = [...rights.map((option) => ({ ...option, right: true })), ...wrongs.slice(0, total - rights.length).map((option) => ({ ...option, right: false }))];
  const ordered = shuffled(drafts, seededRandom(hashText(id)));
  const options: QuestionOption[] = ordered.map((option, index) => ({ id: LETTERS[index], text: option.text, why: option.why }));
  return {
    id,
    kind: kind.kind,
    stem: draft.stem,
    options,
    answers: ordered.flatMap((option, index) => (option.right ? [LETTERS[index]] : [])),
    topics: [...(draft.topics ?? kind.topics)],
    domain: draft.domain ?? kind.domain,
    notes: [...draft.notes],
    url: draft.url,
    uri: context.uri,
    path: draft.path,
  };
}

function distinct(options: readonly OptionDraft[], taken: Set<string>): OptionDraft[] {
  const kept: OptionDraft[] = [];
  for (const option of options) {
    if (taken.has(option.text)) continue;
    taken.add(option.text);
    kept.push(option);
  }
  return kept;
}
