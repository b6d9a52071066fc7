import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { STUDY_SHEET_REQUEST, type StudySheetParams, type StudySheetResult } from '../../shared/study';
import { derivedPath, type VirtualDocuments } from '../virtualDocuments';

/** The sheet last opened, and the template it was made from (where Save suggests putting it). */
let lastSheet: { uri: vscode.Uri; source: vscode.Uri } | undefined;

/**
 * "Open Study Sheet": the active template as a Markdown study sheet, shown rendered (Markdown
 * preview) beside it. The sheet is a read-only document of the extension: nothing is written
 * until "Save Study Sheet…" asks where.
 */
export async function openStudySheet(client: BaseLanguageClient, documents: VirtualDocuments): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a CloudFormation template first: the study sheet is made from the active editor.');
    return undefined;
  }
  const { uri } = editor.document;
  const fileName = uri.path.split('/').pop() ?? uri.toString();
  const params: StudySheetParams = { uri: uri.toString(), fileName };
  const result = await client.sendRequest<StudySheetResult | null>(STUDY_SHEET_REQUEST, params);
  if (!result) {
    void vscode.window.showWarningMessage(`${fileName} is not a CloudFormation template that can be read, so it has no study sheet.`);
    return undefined;
  }
  const sheet = await documents.set(derivedPath(uri, 'study sheet', 'md'), result.markdown);
  lastSheet = { uri: sheet.uri, source: uri };
  await vscode.commands.executeCommand('markdown.showPreviewToSide', sheet.uri);
  void vscode.window.showInformationMessage(`Study sheet of ${fileName} opened beside it.`, 'Save As…').then((choice) => {
    if (choice) void saveStudySheet(documents);
  });
  return sheet.uri;
}

/** "Save Study Sheet…": writes the sheet last opened to a Markdown file the user picks (or `target`, for tests). */
export async function saveStudySheet(documents: VirtualDocuments, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const text = lastSheet ? documents.textOf(lastSheet.uri) : undefined;
  if (!lastSheet || text === undefined) {
    void vscode.window.showInformationMessage('Open a study sheet first (Open Study Sheet on a template).');
    return undefined;
  }
  const suggested = lastSheet.source.scheme === 'untitled' ? undefined : lastSheet.source.with({ path: lastSheet.source.path.replace(/\.[^./]*$/, '.study.md') });
  const chosen = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Markdown: ['md'] }, saveLabel: 'Save Study Sheet' }));
  if (!chosen) return undefined;
  await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(`Saved the study sheet to ${chosen.scheme === 'file' ? chosen.fsPath : chosen.toString()}.`);
  return chosen;
}
