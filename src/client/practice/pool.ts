import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Question } from '../../core/practice/types';
import { PRACTICE_POOL_REQUEST, type PoolTemplateQuestion, type PracticePool, type PracticePoolParams } from '../../shared/practice';
import { workspaceTemplateFiles } from '../study/workspaceTemplates';

/** The bank and the questions from the workspace's templates, the current template's first. */
export async function loadPool(client: BaseLanguageClient, currentUri: string | undefined): Promise<PracticePool> {
  const files = await workspaceTemplateFiles();
  const ordered = [...files.filter((file) => file.uri === currentUri), ...files.filter((file) => file.uri !== currentUri)];
  const params: PracticePoolParams = { files: ordered };
  return client.sendRequest<PracticePool>(PRACTICE_POOL_REQUEST, params);
}

export function isTemplateQuestion(question: Question): question is PoolTemplateQuestion {
  return (question as PoolTemplateQuestion).range !== undefined;
}

/** "Question bank", or "From your template app.yaml". */
export function sourceOf(question: Question): string {
  if (!isTemplateQuestion(question)) return 'Question bank';
  return `From your template ${vscode.workspace.asRelativePath(vscode.Uri.parse(question.uri), false)}`;
}
