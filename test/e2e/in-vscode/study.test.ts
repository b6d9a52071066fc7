import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachExtension, workspaceFile } from './helpers';
import { test } from './runner';

test('contributes the study commands', async () => {
  await coachExtension().activate();
  const commands = await vscode.commands.getCommands(true);
  const study = ['cfnCoach.openStudyPanel', 'cfnCoach.openStudySheet', 'cfnCoach.newLabTemplate'];
  assert.deepEqual(study.filter((command) => commands.includes(command)), study);
});

test('opens the study sheet of the active template as an untitled Markdown document beside it', async () => {
  await coachExtension().activate();
  const template = await vscode.window.showTextDocument(workspaceFile('template.yaml'));
  await vscode.commands.executeCommand('cfnCoach.openStudySheet');
  const sheet = vscode.window.activeTextEditor;
  assert.ok(sheet && sheet !== template, 'no new editor became active');
  assert.equal(sheet.document.languageId, 'markdown');
  assert.equal(sheet.document.isUntitled, true);
  assert.equal(sheet.document.lineAt(0).text, '# Study sheet: template.yaml');
  assert.match(sheet.document.getText(), /\n### Queue \(`AWS::SQS::Queue`\)\n/);
  assert.notEqual(sheet.viewColumn, template.viewColumn);
});
