import * as vscode from 'vscode';
import { looksLikeTemplateText } from '../../core/detect';
import type { StudyFileParams } from '../../shared/study';
import { readTexts, STUDY_READ_LIMITS } from './readFiles';

export const TEMPLATE_GLOB = '**/*.{yaml,yml,json,template}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
const MAX_FILES = 2000;
export const TEMPLATE_LANGUAGES: ReadonlySet<string> = new Set(['yaml', 'json', 'jsonc']);

/**
 * The workspace's candidate templates with their text: open editors as they stand (unsaved edits and
 * untitled lab templates included), other files from disk, within the limits of readTexts (size and
 * how many at a time). Files that plainly are not templates
 * (package.json, workflows) are left out here, so their text is never sent to the server.
 */
export async function workspaceTemplateFiles(): Promise<StudyFileParams[]> {
  const files = new Map<string, StudyFileParams>();
  for (const document of vscode.workspace.textDocuments) {
    if (!TEMPLATE_LANGUAGES.has(document.languageId) || document.isClosed) continue;
    if (document.getText().length > STUDY_READ_LIMITS.maxFileBytes) continue;
    files.set(document.uri.toString(), { uri: document.uri.toString(), text: document.getText(), languageId: document.languageId });
  }
  const found = await vscode.workspace.findFiles(TEMPLATE_GLOB, EXCLUDE_GLOB, MAX_FILES);
  const unopened = found.filter((uri) => !files.has(uri.toString()));
  for (const { uri, text } of await readTexts(unopened, vscode.workspace.fs)) files.set(uri.toString(), { uri: uri.toString(), text });
  return [...files.values()].filter((file) => looksLikeTemplateText(file.text)).sort((a, b) => a.uri.localeCompare(b.uri));
}
