import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONVERT_REQUEST, type ConvertParams, type ConvertResult } from '../shared/protocol';
import { COACH_SCHEME, derivedPath, type VirtualDocuments } from './virtualDocuments';

const isConverted = (document: vscode.TextDocument) => document.uri.scheme === COACH_SCHEME && / \(converted\)\.(json|yaml)$/.test(document.uri.path);

/**
 * "Convert Template to JSON/YAML": the other format in a read-only editor named after the source
 * (`template (converted).json`), beside it, in the one side column converted templates use; running
 * it again reuses that editor. Never overwrites anything.
 */
export function registerConvertCommand(client: BaseLanguageClient, documents: VirtualDocuments): vscode.Disposable {
  return vscode.commands.registerCommand('cfnCoach.convertTemplate', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || isConverted(editor.document)) return;
    const params: ConvertParams = { uri: editor.document.uri.toString() };
    const result = await client.sendRequest<ConvertResult | null>(CONVERT_REQUEST, params);
    if (!result) {
      void vscode.window.showWarningMessage('Only a CloudFormation template without syntax errors or duplicate keys can be converted.');
      return;
    }
    const document = await documents.set(derivedPath(editor.document.uri, 'converted', result.format), result.text);
    const sideColumn = vscode.window.visibleTextEditors.find((visible) => isConverted(visible.document))?.viewColumn;
    await vscode.window.showTextDocument(document, { viewColumn: sideColumn ?? vscode.ViewColumn.Beside, preview: true });
  });
}
