import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WORKSPACE_TRUSTED_NOTIFICATION, type CoachInitializationOptions } from '../shared/initialization';
import { LANGUAGE_IDS, TEMPLATE_STATUS_NOTIFICATION, type TemplateStatusParams } from '../shared/protocol';
import { registerSharedCommands } from './commands';
import { LimitedRestartErrorHandler } from './errorHandler';
import { TemplateStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** What the extension hands to its own tests: the running client and the latest template statuses. */
export interface CoachApi {
  client: LanguageClient;
  whenTemplateStatus(uri: vscode.Uri, predicate?: (status: TemplateStatusParams) => boolean): Promise<TemplateStatusParams>;
}

export async function activate(context: vscode.ExtensionContext): Promise<CoachApi> {
  const output = vscode.window.createOutputChannel('CloudFormation Exam Coach', { log: true });
  const statusBar = new TemplateStatusBar();
  context.subscriptions.push(output, statusBar);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    outputChannel: output,
    errorHandler: new LimitedRestartErrorHandler((message) => void vscode.window.showErrorMessage(message)),
    synchronize: { configurationSection: 'cfnCoach' },
    // Read at every (re)start; the cfn-lint bridge runs only in a trusted workspace.
    initializationOptions: (): CoachInitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
  };
  client = new LanguageClient('cfnCoach', 'CloudFormation Exam Coach', serverOptions, clientOptions);

  const listeners = new Set<(status: TemplateStatusParams) => void>();
  context.subscriptions.push(
    client.onNotification(TEMPLATE_STATUS_NOTIFICATION, (status: TemplateStatusParams) => {
      statusBar.update(status);
      for (const listener of listeners) listener(status);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri.toString())),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
    vscode.commands.registerCommand('cfnCoach.restartServer', () => client?.restart()),
    vscode.commands.registerCommand('cfnCoach.showOutput', () => output.show(true)),
    ...registerSharedCommands(context, client),
  );

  await client.start();
  output.info('CloudFormation Exam Coach language server started.');

  return {
    client,
    whenTemplateStatus(uri, predicate = () => true) {
      return new Promise((resolve) => {
        const listener = (status: TemplateStatusParams): void => {
          if (status.uri !== uri.toString() || !predicate(status)) return;
          listeners.delete(listener);
          resolve(status);
        };
        listeners.add(listener);
      });
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
