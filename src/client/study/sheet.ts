import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { STUDY_SHEET_REQUEST, type StudySheetParams, type StudySheetResult } from '../../shared/study';

/**
 * "Open Study Sheet": the active template as a Markdown study sheet in an untitled editor beside it.
 * Being untitled, it is never written anywhere unless the user saves it (Save As… asks where).
 */
export async function openStudySheet(client: BaseLanguageClient): Promise<vscode.TextEditor | undefined> {
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
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}
