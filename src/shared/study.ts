/** Study-panel and study-sheet messages between the extension and its language server. */
import type { Coverage } from '../core/study/coverage';

/**
 * Request: topic coverage of the workspace's templates. The client sends each candidate file's text
 * (from the editor when it is open, else from disk): the server only knows open documents.
 */
export const STUDY_COVERAGE_REQUEST = 'cfnCoach/studyCoverage';

export interface StudyFileParams {
  uri: string;
  text: string;
  /** The editor's language id when the file is open. */
  languageId?: string;
}

export interface StudyCoverageParams {
  files: StudyFileParams[];
}

export type StudyCoverageResult = Coverage;

/** Request: the Markdown study sheet of an open template, or null when it is not a template. */
export const STUDY_SHEET_REQUEST = 'cfnCoach/studySheet';

export interface StudySheetParams {
  uri: string;
  /** The name the sheet's heading shows. */
  fileName: string;
}

export interface StudySheetResult {
  markdown: string;
}
