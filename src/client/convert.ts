import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONVERT_REQUEST, type ConvertParams, type ConvertResult } from '../shared/protocol';

/** "Convert Template to JSON/YAML": opens the converted template beside the original, never overwriting it. */
export function registerConvertCommand(client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('cfnCoach.convertTemplate', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const params: ConvertParams = { uri: editor.document.uri.toString() };
    const result = await client.sendRequest<ConvertResult | null>(CONVERT_REQUEST, params);
    if (!result) {
      void vscode.window.showWarningMessage('Only a CloudFormation template without syntax errors can be converted.');
      return;
    }
    const document = await vscode.workspace.openTextDocument({ language: result.format, content: result.text });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
  });
}
