// The language client: vscode-languageclient is most of the desktop extension's code and the bulk of its
// load time, so it is bundled on its own (dist/languageClient.js) and extension.ts loads it only once
// activate() has returned (VS Code's advice: keep activate() light).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { CoachInitializationOptions } from '../shared/initialization';
import { LANGUAGE_IDS, SHOW_DEPLOYMENT_COMMAND } from '../shared/protocol';
import SERVER_NODE_ARGS from '../shared/serverNodeArgs.json';
import { LimitedRestartErrorHandler } from './errorHandler';
import { outlineMiddleware } from './outline';

/** The client of the Node language server (dist/server.js); not started yet. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // The server's own thread answers hovers and completions; the analysis runs in its worker, whose heap
    // is sized apart (nodeWorker.ts). A 1 MB young generation keeps the server about 14 MB smaller with 40
    // templates open, at the same latencies (npm run bench starts the server with the same arguments).
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_ARGS } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    outputChannel: output,
    middleware: outlineMiddleware,
    // Hovers link to the deployment view; no other command may run from server-sent Markdown.
    markdown: { isTrusted: { enabledCommands: [SHOW_DEPLOYMENT_COMMAND] } },
    errorHandler: new LimitedRestartErrorHandler((message) => void vscode.window.showErrorMessage(message)),
    synchronize: { configurationSection: 'cfnCoach' },
    // Read at every (re)start; the cfn-lint bridge runs only in a trusted workspace.
    initializationOptions: (): CoachInitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
  };
  return new LanguageClient('cfnCoach', 'CloudFormation Exam Coach', serverOptions, clientOptions);
}
