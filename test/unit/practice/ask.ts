/** Test helpers: the questions one kind asks about a small template, and their right answers. */
import assert from 'node:assert/strict';
import { templateQuestions, type QuestionKind } from '../../../src/core/practice/generate';
import type { TemplateQuestion } from '../../../src/core/practice/types';
import type { Schema } from '../../../src/core/schema';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from '../schema/schemaHelper';

let schema: Schema | undefined;

export const URI = 'file:///work/stack.yaml';

export function yaml(...lines: string[]) {
  return parseTemplate(lines.join('\n') + '\n', 'yaml');
}

/** Every question the kind asks about the template (written as YAML lines). */
export function ask(kind: QuestionKind, ...lines: string[]): TemplateQuestion[] {
  schema ??= useGeneratedSchema();
  return templateQuestions({ uri: URI, template: yaml(...lines) }, { schema, kinds: [kind] });
}

/** The one question the kind asks about the template. */
export function askOne(kind: QuestionKind, ...lines: string[]): TemplateQuestion {
  const questions = ask(kind, ...lines);
  assert.equal(questions.length, 1, `expected one question, got ${questions.map((question) => question.id).join(', ') || 'none'}`);
  return questions[0];
}

export function rightTexts(question: TemplateQuestion): string[] {
  return question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text);
}

export function wrongTexts(question: TemplateQuestion): string[] {
  return question.options.filter((option) => !question.answers.includes(option.id)).map((option) => option.text).sort();
}

export function whyOf(question: TemplateQuestion, text: string): string {
  const option = question.options.find((candidate) => candidate.text === text);
  assert.ok(option, `no option ${text}`);
  return option.why;
}
