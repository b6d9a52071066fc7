// The extension in VS Code for the Web: the language server runs in a web worker (dist/browser/server.js).
// Same diagnostics, hover, completion, navigation and commands as on the desktop; the optional
// cfn-lint bridge needs a local program and is not available here.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { WORKSPACE_TRUSTED_NOTIFICATION, type CoachInitializationOptions } from '../shared/initialization';
import { LANGUAGE_IDS, READ_FILE_REQUEST, SHOW_DEPLOYMENT_COMMAND, TEMPLATE_STATUS_NOTIFICATION, type TemplateStatusParams } from '../shared/protocol';
import { registerSharedCommands } from './commands';
import { LimitedRestartErrorHandler } from './errorHandler';
import { outlineMiddleware } from './outline';
import { TemplateStatusBar } from './statusBar';

/** The web worker constructor (the project compiles without the DOM library). */
declare const Worker: new (url: string) => object;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('CloudFormation Exam Coach', { log: true });
  const statusBar = new TemplateStatusBar();
  context.subscriptions.push(output, statusBar);

  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
  const clientOptions: LanguageClientOptions = {
    // Any scheme: on the web, files come from vscode-vfs, github and other virtual file systems.
    documentSelector: LANGUAGE_IDS.map((language) => ({ language })),
    outputChannel: output,
    middleware: outlineMiddleware,
    // Hovers link to the deployment view; no other command may run from server-sent Markdown.
    markdown: { isTrusted: { enabledCommands: [SHOW_DEPLOYMENT_COMMAND] } },
    errorHandler: new LimitedRestartErrorHandler((message) => void vscode.window.showErrorMessage(message)),
    synchronize: { configurationSection: 'cfnCoach' },
    initializationOptions: (): CoachInitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
  };
  // A fresh worker at each start, so "Restart Language Server" (stop, then start) gets a new server.
  const startWorker = async () => new Worker(serverMain.toString(true));
  client = new LanguageClient('cfnCoach', 'CloudFormation Exam Coach', startWorker, clientOptions);

  context.subscriptions.push(
    client.onNotification(TEMPLATE_STATUS_NOTIFICATION, (status: TemplateStatusParams) => statusBar.update(status)),
    client.onRequest(READ_FILE_REQUEST, (uri: string) => readWorkspaceFile(uri)),
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri.toString())),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
    vscode.commands.registerCommand('cfnCoach.restartServer', async () => {
      await client?.stop();
      await client?.start();
    }),
    vscode.commands.registerCommand('cfnCoach.showOutput', () => output.show(true)),
    ...registerSharedCommands(context, client),
  );
  await client.start();
  output.info('CloudFormation Exam Coach language server started in a web worker.');
}

/** A workspace file's text for the server (a nested stack's template), or null when it cannot be read. */
async function readWorkspaceFile(uri: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
  } catch {
    return null;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
