import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CoachApi } from '../../../src/client/extension';

const EXTENSION_ID = 'cfn-exam-coach.cfn-exam-coach';

export function coachExtension(): vscode.Extension<CoachApi> {
  const extension = vscode.extensions.getExtension<CoachApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  return extension;
}

/** A file of the test workspace (a fresh copy of test/e2e/fixtures/workspace). */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** The file's diagnostics once `until` holds for them: checks now, then on every change. */
export function diagnosticsOf(uri: vscode.Uri, until: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!until(diagnostics)) return false;
      subscription?.dispose();
      resolve(diagnostics);
      return true;
    };
    let subscription: vscode.Disposable | undefined;
    if (check()) return;
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
  });
}

export function fromCoach(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.source === 'cfn-coach');
}
