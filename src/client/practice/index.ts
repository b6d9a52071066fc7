import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { DomainId } from '../../core/knowledge/note';
import { domainOf } from '../../core/knowledge/topics';
import type { RoundScope } from '../../core/practice/session';
import { studyTopics } from '../../core/study/topics';
import { TEMPLATE_LANGUAGES } from '../study/workspaceTemplates';
import { PracticePanel } from './panel';
import type { PracticeStore } from './store';

const DOMAINS: readonly DomainId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];

/** One command per way into practice: the panel, a round by scope, the mock exam, and resetting progress. */
export function registerPractice(context: vscode.ExtensionContext, client: BaseLanguageClient, store: PracticeStore): vscode.Disposable {
  // The panel takes the focus, so "this template" is the last template editor that had it.
  let lastTemplate: string | undefined;
  const remember = (editor: vscode.TextEditor | undefined) => {
    if (editor && TEMPLATE_LANGUAGES.has(editor.document.languageId)) lastTemplate = editor.document.uri.toString();
  };
  remember(vscode.window.activeTextEditor);
  const open = () => PracticePanel.show(context, client, store, () => lastTemplate);
  const round = async (scope: RoundScope | undefined) => {
    if (!scope) return;
    const panel = open();
    if (await panel.mayLeave()) await panel.startRound(scope);
  };
  return vscode.Disposable.from(
    store,
    vscode.window.onDidChangeActiveTextEditor(remember),
    vscode.commands.registerCommand('cfnCoach.openPractice', async () => {
      const panel = open();
      if (await panel.mayLeave()) await panel.home();
    }),
    vscode.commands.registerCommand('cfnCoach.practiceTemplate', async () => {
      remember(vscode.window.activeTextEditor);
      if (!lastTemplate) return void vscode.window.showInformationMessage('Open a CloudFormation template to practise on it.');
      await round({ kind: 'template', uri: lastTemplate });
    }),
    vscode.commands.registerCommand('cfnCoach.practiceTopic', async () => round(await pickTopic())),
    vscode.commands.registerCommand('cfnCoach.practiceDomain', async () => round(await pickDomain())),
    vscode.commands.registerCommand('cfnCoach.practiceWeakest', () => round({ kind: 'weakest' })),
    vscode.commands.registerCommand('cfnCoach.startMockExam', async () => {
      const panel = open();
      if (await panel.mayLeave()) await panel.startExam();
    }),
    vscode.commands.registerCommand('cfnCoach.resetPractice', async () => {
      const choice = await vscode.window.showWarningMessage('Reset practice progress? Every Leitner box and practice score is cleared.', { modal: true }, 'Reset');
      if (choice === 'Reset') await store.reset();
    }),
  );
}

async function pickTopic(): Promise<RoundScope | undefined> {
  const items = studyTopics().map((topic) => ({ label: `${topic.id} ${topic.title}`, description: topic.section, topic: topic.id }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Topic to practise', matchOnDescription: true });
  return picked && { kind: 'topic', topic: picked.topic };
}

async function pickDomain(): Promise<RoundScope | undefined> {
  const items = DOMAINS.map((id) => ({ label: `${id} ${domainOf(id).name}`, description: `${domainOf(id).weight}% of the exam`, domain: id }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Exam domain to practise' });
  return picked && { kind: 'domain', domain: picked.domain };
}
