/** Practice-panel messages between the extension and its language server. */
import type { Question, TemplateQuestion } from '../core/practice/types';
import type { NoteSummary } from '../core/study/coverage';
import type { GraphPosition } from './protocol';
import type { StudyFileParams } from './study';

/**
 * Request: the questions to practise with: the question bank, and questions generated from the
 * templates the client sends (open editors as they stand, other workspace files from disk).
 */
export const PRACTICE_POOL_REQUEST = 'cfnCoach/practicePool';

export interface PracticePoolParams {
  files: StudyFileParams[];
}

/** A generated question with the range of what it is about, for "Show in editor". */
export interface PoolTemplateQuestion extends TemplateQuestion {
  uri: string;
  range: { start: GraphPosition; end: GraphPosition };
}

export interface PracticePool {
  bank: Question[];
  template: PoolTemplateQuestion[];
  /** The exam notes the questions rest on, by id. */
  notes: Record<string, NoteSummary>;
}
