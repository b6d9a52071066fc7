import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachExtension, workspaceFile } from './helpers';
import { test } from './runner';

test('converts the active YAML template to JSON in a new untitled editor, leaving the file as it was', async () => {
  await coachExtension().activate();
  const uri = workspaceFile('template.yaml');
  const template = await vscode.window.showTextDocument(uri);
  const before = template.document.getText();
  await vscode.commands.executeCommand('cfnCoach.convertTemplate');
  const converted = vscode.window.activeTextEditor;
  assert.ok(converted && converted !== template, 'no new editor became active');
  assert.equal(converted.document.isUntitled, true);
  assert.equal(converted.document.languageId, 'json');
  assert.deepEqual(JSON.parse(converted.document.getText()), {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'A valid template the end-to-end tests open.',
    Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: 60 } } },
  });
  assert.equal(template.document.getText(), before);
  assert.equal(template.document.isDirty, false);
});
