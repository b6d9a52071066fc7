import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerConvertCommand } from './convert';
import { registerDeploymentCommand } from './deployment/panel';
import { registerGraphCommand } from './graph/panel';
import { registerToggleInlineCommand } from './inline';
import { registerPractice } from './practice';
import { PracticeStore } from './practice/store';
import { registerStudy } from './study';
import { VirtualDocuments } from './virtualDocuments';

/** The commands that work the same on the desktop and on the web (the server answers them either way). */
export function registerSharedCommands(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Disposable[] {
  const documents = new VirtualDocuments();
  const practice = new PracticeStore(context.globalState);
  return [
    documents,
    // The snippet catalogue is loaded when the command first runs, not at activation.
    vscode.commands.registerCommand('cfnCoach.newLabTemplate', async (scenario?: unknown) => (await import('./newLabTemplate')).newLabTemplate(scenario)),
    registerConvertCommand(client, documents),
    registerGraphCommand(context, client),
    registerDeploymentCommand(context, client),
    registerToggleInlineCommand(),
    registerStudy(context, client, documents, practice),
    registerPractice(context, client, practice),
  ];
}
