/** What a practice round and a mock exam remember while they run (the panel renders them). */
import type { MockExam } from '../../core/practice/mockExam';
import type { RoundScope } from '../../core/practice/session';
import type { Question } from '../../core/practice/types';
import type { RoundResult } from '../../core/practice/view/roundHtml';

export interface RoundSession {
  kind: 'round';
  title: string;
  scope: RoundScope;
  questions: Question[];
  index: number;
  /** Set once the current question is answered. */
  chosen?: string[];
  results: RoundResult[];
}

export interface RoundDone {
  kind: 'roundDone';
  title: string;
  scope: RoundScope;
  results: RoundResult[];
}

export interface ExamSession {
  kind: 'exam';
  exam: MockExam;
  index: number;
  answers: Map<string, string[]>;
  flagged: Set<string>;
  confirming: boolean;
  reviewing: boolean;
}

export interface ExamDone {
  kind: 'examDone';
  exam: MockExam;
  answers: Map<string, string[]>;
  finishedAt: number;
  timedOut: boolean;
}

export type PanelView = { kind: 'start' } | { kind: 'loading' } | RoundSession | RoundDone | ExamSession | ExamDone;

/** Messages media/practice/practice.js posts. */
export type PanelMessage =
  | { type: 'ready' | 'home' | 'again' | 'next' | 'previous' | 'flag' | 'review' | 'submitExam' | 'confirmSubmit' | 'cancelSubmit' | 'timeUp' | 'startExam' | 'reset' }
  | { type: 'start'; scope: 'template' | 'weakest' | 'all' | 'topic' | 'domain'; value?: string; size?: number }
  | { type: 'submit'; chosen: string[] }
  | { type: 'choose'; chosen: string[] }
  | { type: 'goto'; index: number }
  | { type: 'showInEditor'; id: string }
  | { type: 'openUrl'; url: string };
