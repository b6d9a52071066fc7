/**
 * Exam-style practice questions: the bank (data under practice/bank/, checked by a test) and the
 * questions generated from the student's own templates (practice/generate/) share this shape.
 */
import type { DomainId } from '../knowledge/note';
import type { NodePath } from '../model';

export interface QuestionOption {
  /** 'A'…'F', in the order shown. */
  id: string;
  text: string;
  /** Why this option is right or wrong, in our own words: shown after the answer. */
  why: string;
}

export interface Question {
  /** Stable: bank questions `bank-<topic>-<n>` (e.g. `bank-t09-3`); generated ones `<kind>:<template key>`. */
  id: string;
  /** The scenario, in the style of the exam's question stems. */
  stem: string;
  /** 4 options with one answer, or 5–6 options with 2–3 answers. */
  options: QuestionOption[];
  /** Ids of the right options. */
  answers: string[];
  topics: string[];
  domain: DomainId;
  /** Ids of the exam notes (knowledge/notes) the question rests on; each must exist. */
  notes: string[];
  /** The AWS documentation page that backs it. */
  url: string;
}

/** A question generated from an open template: where in it the question is about. */
export interface TemplateQuestion extends Question {
  /** The kind of generator (e.g. `asg-min-in-service`). */
  kind: string;
  /** The document and the resource (or property) the question points at, for a link back. */
  uri?: string;
  path: NodePath;
}
