import { formatOf, parseTemplate, type Template } from '../../core';
import { studyCoverage, studySheet } from '../../core/study';
import {
  STUDY_COVERAGE_REQUEST,
  STUDY_SHEET_REQUEST,
  type StudyCoverageParams,
  type StudyCoverageResult,
  type StudyFileParams,
  type StudySheetParams,
  type StudySheetResult,
} from '../../shared/study';
import type { Feature, ServerContext } from '../context';

/** Study panel and sheet: coverage of the templates the client sends, and the sheet of an open template. */
export const studyFeature: Feature = {
  capabilities: {},
  register(context) {
    const { connection, templateOf } = context;
    connection.onRequest(STUDY_COVERAGE_REQUEST, ({ files }: StudyCoverageParams): StudyCoverageResult =>
      studyCoverage(files.map((file) => ({ uri: file.uri, template: templateFor(context, file) }))),
    );
    connection.onRequest(STUDY_SHEET_REQUEST, ({ uri, fileName }: StudySheetParams): StudySheetResult | null => {
      const open = templateOf(uri);
      if (!open?.template.isTemplate || !open.template.root) return null;
      return { markdown: studySheet(open.template, fileName) };
    });
  },
};

/** The open document's parsed template when it holds the same text, else a fresh parse. */
function templateFor({ templateOf }: ServerContext, file: StudyFileParams): Template {
  const open = templateOf(file.uri);
  if (open && open.template.text === file.text) return open.template;
  return parseTemplate(file.text, formatOf(file.languageId, file.uri, file.text));
}
