import { formatOf, parseTemplate, type Template } from '../../core';
import { ALL_NOTES } from '../../core/knowledge';
import { templateQuestions } from '../../core/practice/generate';
import { placeOf } from '../../core/practice/places';
import { QUESTION_BANK } from '../../core/practice/questionBank';
import type { Question } from '../../core/practice/types';
import { currentSchema } from '../../core/schema';
import type { NoteSummary } from '../../core/study/coverage';
import { PRACTICE_POOL_REQUEST, type PoolTemplateQuestion, type PracticePool, type PracticePoolParams } from '../../shared/practice';
import type { StudyFileParams } from '../../shared/study';
import type { Feature, ServerContext } from '../context';
import { toRange } from '../convert';

/** Templates read per request at most (open editors come first in the client's list). */
export const MAX_PRACTICE_FILES = 50;

const NOTES = new Map(ALL_NOTES.map((note) => [note.id, note]));

/** Practice panel: the bank, questions from the templates the client sends, and the notes they rest on. */
export const practiceFeature: Feature = {
  capabilities: {},
  register(context) {
    context.connection.onRequest(PRACTICE_POOL_REQUEST, async ({ files }: PracticePoolParams): Promise<PracticePool> => {
      const template = (await Promise.all(files.slice(0, MAX_PRACTICE_FILES).map((file) => fileQuestions(context, file)))).flat();
      const bank = [...QUESTION_BANK];
      return { bank, template, notes: notesOf([...bank, ...template]) };
    });
  },
};

async function fileQuestions(context: ServerContext, file: StudyFileParams): Promise<PoolTemplateQuestion[]> {
  const open = context.templateOf(file.uri);
  const template: Template = open && open.template.text === file.text ? open.template : parseTemplate(file.text, formatOf(file.languageId, file.uri, file.text));
  const findings = open && open.template === template ? await context.findingsOf(file.uri) : undefined;
  const schema = currentSchema();
  return templateQuestions({ uri: file.uri, template, ...(findings ? { findings } : {}) }, schema ? { schema } : {}).flatMap((question) => {
    const span = placeOf(template.root, question.path);
    return span ? [{ ...question, uri: file.uri, range: toRange(span, template.lines) }] : [];
  });
}

function notesOf(questions: readonly Question[]): Record<string, NoteSummary> {
  const notes: Record<string, NoteSummary> = {};
  for (const id of new Set(questions.flatMap((question) => question.notes))) {
    const note = NOTES.get(id);
    if (!note) continue;
    const { inline, does, exam, trap, url } = note;
    notes[id] = trap === undefined ? { id, inline, does, exam, url } : { id, inline, does, exam, trap, url };
  }
  return notes;
}
