import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { StudyPanel } from './panel';
import { ReadingProgress } from './progress';
import { openStudySheet, saveStudySheet } from './sheet';
import type { PracticeStore } from '../practice/store';
import type { VirtualDocuments } from '../virtualDocuments';
import { TEMPLATE_GLOB, TEMPLATE_LANGUAGES } from './workspaceTemplates';

const REFRESH_DELAY_MS = 500;

/** The study panel and sheet commands, and the panel's refresh when templates change. */
export function registerStudy(context: vscode.ExtensionContext, client: BaseLanguageClient, documents: VirtualDocuments, practice: PracticeStore): vscode.Disposable {
  const progress = new ReadingProgress(context.globalState);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = (): void => {
    if (!StudyPanel.open) return;
    clearTimeout(timer);
    timer = setTimeout(() => void StudyPanel.open?.refresh(), REFRESH_DELAY_MS);
  };
  const refreshFor = (document: vscode.TextDocument): void => {
    if (TEMPLATE_LANGUAGES.has(document.languageId)) refreshSoon();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(TEMPLATE_GLOB);
  return vscode.Disposable.from(
    vscode.commands.registerCommand('cfnCoach.openStudyPanel', () => void StudyPanel.show(context, client, progress, practice)),
    // Practice scores show beside the coverage: answers update an open panel.
    practice.onDidChange(() => StudyPanel.open?.rerender()),
    vscode.commands.registerCommand('cfnCoach.openStudySheet', () => openStudySheet(client, documents)),
    vscode.commands.registerCommand('cfnCoach.saveStudySheet', (target?: unknown) =>
      saveStudySheet(documents, target instanceof vscode.Uri ? target : undefined),
    ),
    watcher,
    watcher.onDidCreate(refreshSoon),
    watcher.onDidChange(refreshSoon),
    watcher.onDidDelete(refreshSoon),
    vscode.workspace.onDidChangeTextDocument(({ document }) => refreshFor(document)),
    vscode.workspace.onDidSaveTextDocument(refreshFor),
    vscode.workspace.onDidOpenTextDocument(refreshFor),
    vscode.workspace.onDidCloseTextDocument(refreshFor),
    { dispose: () => clearTimeout(timer) },
  );
}
