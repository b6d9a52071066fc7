import {
  STUDY_COVERAGE_REQUEST,
  STUDY_SHEET_REQUEST,
  type StudyCoverageParams,
  type StudyCoverageResult,
  type StudySheetParams,
  type StudySheetResult,
} from '../../shared/study';
import type { Feature } from '../context';
import { heavyRequestError } from './heavyRequests';

/** Study panel and sheet: coverage of the templates the client sends, and the sheet of an open template (in the analysis worker). */
export const studyFeature: Feature = {
  capabilities: {},
  register({ connection, documents, analysis }) {
    connection.onRequest(STUDY_COVERAGE_REQUEST, ({ files }: StudyCoverageParams): Promise<StudyCoverageResult> =>
      analysis.run({ kind: 'studyCoverage', files }).catch((error: unknown) => Promise.reject(heavyRequestError('The study coverage', error))),
    );
    connection.onRequest(STUDY_SHEET_REQUEST, async ({ uri, fileName }: StudySheetParams): Promise<StudySheetResult | null> => {
      const document = documents.get(uri);
      if (!document) return null;
      const job = { kind: 'studySheet' as const, uri, text: document.getText(), languageId: document.languageId, fileName };
      return analysis.run(job).catch((error: unknown) => Promise.reject(heavyRequestError('The study sheet', error)));
    });
  },
};
