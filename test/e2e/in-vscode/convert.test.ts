import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachExtension, workspaceFile } from './helpers';
import { test } from './runner';

const convertedTabs = () =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'cfn-coach');

test('converts the active YAML template to JSON beside it, in a read-only editor named after it, reused, the file left as it was', async () => {
  await coachExtension().activate();
  const uri = workspaceFile('template.yaml');
  const template = await vscode.window.showTextDocument(uri);
  const before = template.document.getText();
  await vscode.commands.executeCommand('cfnCoach.convertTemplate');
  const converted = vscode.window.activeTextEditor;
  assert.ok(converted && converted !== template, 'no new editor became active');
  assert.equal(converted.document.uri.scheme, 'cfn-coach');
  assert.equal(converted.document.uri.path.split('/').pop(), 'template (converted).json');
  assert.equal(converted.document.languageId, 'json');
  assert.notEqual(converted.viewColumn, template.viewColumn);
  assert.deepEqual(JSON.parse(converted.document.getText()), {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'A valid template the end-to-end tests open.',
    Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: 60 } } },
  });
  assert.equal(template.document.getText(), before);
  assert.equal(template.document.isDirty, false);

  // Again, from the template: the same editor in the same side column, no second tab.
  await vscode.window.showTextDocument(template.document, template.viewColumn);
  await vscode.commands.executeCommand('cfnCoach.convertTemplate');
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), converted.document.uri.toString());
  assert.equal(vscode.window.activeTextEditor?.viewColumn, converted.viewColumn);
  assert.equal(convertedTabs().length, 1);
  assert.equal(vscode.window.tabGroups.all.length, 2);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});
