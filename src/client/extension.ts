import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WORKSPACE_TRUSTED_NOTIFICATION } from '../shared/initialization';
import { TEMPLATE_STATUS_NOTIFICATION, type TemplateStatusParams } from '../shared/protocol';
import { requireWithCodeCache, type CachedModule } from './codeCache';
import { registerSharedCommands } from './commands';
import { registerExecutableApproval } from './executableApproval';
import type * as LanguageClientModule from './languageClient';
import { TemplateStatusBar } from './statusBar';

let client: LanguageClient | undefined;
/** Settles once activation has created the client (or failed before), so deactivate() can stop it. */
let clientCreated: Promise<unknown> = Promise.resolve();

/** What the extension hands to its own tests: the running client and the latest template statuses. */
export interface CoachApi {
  client: LanguageClient;
  whenTemplateStatus(uri: vscode.Uri, predicate?: (status: TemplateStatusParams) => boolean): Promise<TemplateStatusParams>;
}

/**
 * Returns to VS Code after the light part (output channel, status bar); the language client's bundle
 * loads in a later turn of the event loop. The promise resolves once the client has started, with every
 * command registered by then, so a command that activated the extension finds its handler.
 */
export async function activate(context: vscode.ExtensionContext): Promise<CoachApi> {
  const output = vscode.window.createOutputChannel('CloudFormation Exam Coach', { log: true });
  const statusBar = new TemplateStatusBar();
  const listeners = new Set<(status: TemplateStatusParams) => void>();
  context.subscriptions.push(
    output,
    statusBar,
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri.toString())),
    vscode.commands.registerCommand('cfnCoach.showOutput', () => output.show(true)),
  );

  const creating = nextTurn().then(() => createClient(context, output));
  clientCreated = creating.catch(() => undefined);
  const { created, languageClientModule } = await creating;
  context.subscriptions.push(
    created.onNotification(TEMPLATE_STATUS_NOTIFICATION, (status: TemplateStatusParams) => {
      statusBar.update(status);
      for (const listener of listeners) listener(status);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION)),
    vscode.commands.registerCommand('cfnCoach.restartServer', () => client?.restart()),
    ...registerSharedCommands(context, created),
    ...registerExecutableApproval(context, created),
  );

  await created.start();
  output.info('CloudFormation Exam Coach language server started.');
  saveCodeCache(languageClientModule, output);

  return {
    client: created,
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
  await clientCreated;
  await client?.stop();
  client = undefined;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Loads dist/languageClient.js, bundled on its own next to this bundle (see languageClient.ts), and creates the client. */
function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel) {
  const storage = context.globalStorageUri;
  const cacheDir = storage.scheme === 'file' ? join(storage.fsPath, 'code-cache') : undefined;
  const languageClientModule = requireWithCodeCache<typeof LanguageClientModule>(join(__dirname, 'languageClient.js'), cacheDir);
  const created = (client = languageClientModule.exports.createLanguageClient(context, output));
  return { created, languageClientModule };
}

/** After the client's start-up, so the cache also holds the code that start-up compiled. */
function saveCodeCache(languageClientModule: CachedModule<unknown>, output: vscode.LogOutputChannel): void {
  try {
    languageClientModule.saveCache();
  } catch (error) {
    output.warn(`Could not save the language client's code cache: ${String(error)}`);
  }
}
