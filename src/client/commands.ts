import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerConvertCommand } from './convert';
import { registerGraphCommand } from './graph/panel';
import { registerToggleInlineCommand } from './inline';
import { newLabTemplate } from './newLabTemplate';
import { registerStudy } from './study';

/** The commands that work the same on the desktop and on the web (the server answers them either way). */
export function registerSharedCommands(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('cfnCoach.newLabTemplate', newLabTemplate),
    registerConvertCommand(client),
    registerGraphCommand(context, client),
    registerToggleInlineCommand(),
    registerStudy(context, client),
  ];
}
