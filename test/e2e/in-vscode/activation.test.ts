import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachExtension, diagnosticsOf, fromCoach, workspaceFile } from './helpers';
import { test } from './runner';

// broken.yaml's last line has no colon after its key (`TopicName payments`: line 8, columns 7-25 as the editor counts).
const MISSING_COLON_RANGE = new vscode.Range(7, 6, 7, 24);

// How VS Code activated the extension (by a YAML or JSON document, once) is read from its log by the
// harness (vscode.test.ts): the workbench may open a JSON document of its own before this test starts.
test('activates by itself when a YAML template is opened', async () => {
  const extension = coachExtension();
  const uri = workspaceFile('broken.yaml');
  await vscode.window.showTextDocument(uri);
  await diagnosticsOf(uri, (diagnostics) => fromCoach(diagnostics).length > 0);
  assert.equal(extension.isActive, true);
});

test('reports a parse error with source cfn-coach, code E0000 and its exact range', async () => {
  const uri = workspaceFile('broken.yaml');
  await vscode.window.showTextDocument(uri);
  const diagnostics = await diagnosticsOf(uri, (list) => fromCoach(list).length > 0);
  const parseErrors = diagnostics.filter((diagnostic) => diagnostic.code === 'E0000');
  assert.equal(parseErrors.length, 1);
  const [error] = parseErrors;
  assert.equal(error.source, 'cfn-coach');
  assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(error.message, "Implicit map keys need to be followed by map values: a key needs ':' after it (Key: value)");
  assert.ok(error.range.isEqual(MISSING_COLON_RANGE), `range was ${JSON.stringify(error.range)}`);
});

test('clears the parse error once the document is fixed', async () => {
  const uri = workspaceFile('broken.yaml');
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, MISSING_COLON_RANGE, 'TopicName: payments');
  assert.equal(await vscode.workspace.applyEdit(edit), true);
  assert.equal(document.lineAt(7).text, '      TopicName: payments');
  const diagnostics = await diagnosticsOf(uri, (list) => !list.some((diagnostic) => diagnostic.code === 'E0000'));
  assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.code === 'E0000'), []);
});

test('stays silent on a YAML file that is not a template', async () => {
  const api = await coachExtension().activate();
  const uri = workspaceFile('deployment.yaml');
  const status = api.whenTemplateStatus(uri);
  await vscode.window.showTextDocument(uri);
  assert.deepEqual(await status, { uri: uri.toString(), version: 1, isTemplate: false, errors: 0, warnings: 0, infos: 0 });
  assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
});

test('reports through its API that a JSON template is a template', async () => {
  const api = await coachExtension().activate();
  const uri = workspaceFile('status.json');
  const status = api.whenTemplateStatus(uri);
  await vscode.window.showTextDocument(uri);
  const { isTemplate, errors } = await status;
  assert.deepEqual({ isTemplate, errors }, { isTemplate: true, errors: 0 });
});
