import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachExtension, workspaceFile } from './helpers';
import { test } from './runner';

test('contributes the study commands', async () => {
  await coachExtension().activate();
  const commands = await vscode.commands.getCommands(true);
  const study = ['cfnCoach.openStudyPanel', 'cfnCoach.openStudySheet', 'cfnCoach.saveStudySheet', 'cfnCoach.newLabTemplate'];
  assert.deepEqual(study.filter((command) => commands.includes(command)), study);
});

test('opens the study sheet of the active template rendered beside it, and saves it where asked', async () => {
  await coachExtension().activate();
  await vscode.window.showTextDocument(workspaceFile('template.yaml'));
  const sheet = await vscode.commands.executeCommand<vscode.Uri | undefined>('cfnCoach.openStudySheet');
  assert.ok(sheet, 'no study sheet was made');
  assert.equal(sheet.scheme, 'cfn-coach');
  assert.equal(sheet.path.split('/').pop(), 'template (study sheet).md');
  const document = await vscode.workspace.openTextDocument(sheet);
  assert.equal(document.languageId, 'markdown');
  assert.equal(document.lineAt(0).text, '# Study sheet: template.yaml');
  assert.match(document.getText(), /\n### Queue \(`AWS::SQS::Queue`\)\n/);
  // Shown rendered: a Markdown preview tab (the preview opens it a moment later), no text editor on the sheet.
  const previews = await previewTabs((tabs) => tabs.length > 0);
  assert.deepEqual(previews.map((tab) => tab.label), ['Preview template (study sheet).md']);
  assert.equal(vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === sheet.toString()), false);

  const target = workspaceFile('template.study.md');
  const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('cfnCoach.saveStudySheet', target);
  assert.equal(saved?.toString(), target.toString());
  assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), document.getText());
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

/** The Markdown preview tabs once `until` holds for them: checks now, then on every change of the tabs. */
function previewTabs(until: (tabs: vscode.Tab[]) => boolean): Promise<vscode.Tab[]> {
  const current = () =>
    vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview'));
  return new Promise((resolve) => {
    if (until(current())) return resolve(current());
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!until(current())) return;
      subscription.dispose();
      resolve(current());
    });
  });
}
