import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DEPLOYMENT_REQUEST, SHOW_DEPLOYMENT_COMMAND, type DeploymentParams, type DeploymentResult } from '../../shared/protocol';
import { deploymentHtml } from './html';

const REFRESH_DELAY_MS = 300;
const FOLLOWED_LANGUAGES = ['yaml', 'json', 'jsonc'];

/** What the webview sends: it is ready, the user chose a resource or a fleet size, or wants the setting in the editor. */
type WebviewMessage =
  | { type: 'ready' }
  | { type: 'select'; resource: string }
  | { type: 'fleet'; size: number | null }
  | { type: 'reveal'; line: number; character: number };

/**
 * The one "Deployment" panel: the simulated timelines of one resource of a template document,
 * refreshed (debounced) as the document is edited; it follows another template whose editor becomes
 * active. A fleet size typed in the view replaces the template's until another resource is chosen.
 */
export class DeploymentPanel implements vscode.Disposable {
  private document: vscode.TextDocument;
  private resource: string | undefined;
  private fleet: number | undefined;
  private latest: DeploymentResult | null | undefined;
  private requests = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly panel: vscode.WebviewPanel,
    document: vscode.TextDocument,
    private readonly client: BaseLanguageClient,
    private readonly onDispose: () => void,
  ) {
    this.document = document;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: WebviewMessage) => void this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => event.document === this.document && event.contentChanges.length > 0 && this.schedule()),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.follow(editor.document)),
    );
  }

  async show(document: vscode.TextDocument, resource: string | undefined): Promise<void> {
    if (document !== this.document || (resource !== undefined && resource !== this.resource)) this.fleet = undefined;
    this.switchTo(document);
    if (resource !== undefined) this.resource = resource;
    this.panel.reveal(undefined, true);
    await this.refresh();
  }

  private async follow(document: vscode.TextDocument): Promise<void> {
    if (document === this.document || !FOLLOWED_LANGUAGES.includes(document.languageId)) return;
    clearTimeout(this.timer);
    const request = ++this.requests;
    const result = await this.deploymentOf(document, this.resource, undefined);
    if (request !== this.requests) return;
    if (!result || result.resources.length === 0) return this.schedule(); // nothing to show there: stay
    this.switchTo(document);
    this.fleet = undefined;
    await this.post(result);
  }

  private switchTo(document: vscode.TextDocument): void {
    this.document = document;
    this.panel.title = `Deployment: ${document.uri.path.split('/').pop()}`;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const request = ++this.requests;
    const result = await this.deploymentOf(this.document, this.resource, this.fleet);
    if (result === undefined || request !== this.requests) return;
    await this.post(result);
  }

  /** The server's simulation; undefined while the server restarts (the view keeps the last one). */
  private async deploymentOf(document: vscode.TextDocument, resource: string | undefined, fleet: number | undefined): Promise<DeploymentResult | null | undefined> {
    const params: DeploymentParams = { uri: document.uri.toString() };
    if (resource !== undefined) params.resource = resource;
    if (fleet !== undefined) params.fleet = fleet;
    return this.client.sendRequest<DeploymentResult | null>(DEPLOYMENT_REQUEST, params).catch(() => undefined);
  }

  private async post(result: DeploymentResult | null): Promise<void> {
    this.latest = result;
    if (result?.selected) this.resource = result.selected;
    await this.panel.webview.postMessage({ type: 'deployment', result });
  }

  private async onMessage(message: WebviewMessage): Promise<void> {
    if (message.type === 'ready' && this.latest !== undefined) await this.panel.webview.postMessage({ type: 'deployment', result: this.latest });
    else if (message.type === 'select' && message.resource !== this.resource) {
      this.resource = message.resource;
      this.fleet = undefined;
      await this.refresh();
    } else if (message.type === 'fleet') {
      this.fleet = message.size ?? undefined;
      await this.refresh();
    } else if (message.type === 'reveal') await this.reveal(new vscode.Position(message.line, message.character));
  }

  private async reveal(position: vscode.Position): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

async function documentFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (typeof uri !== 'string') return vscode.window.activeTextEditor?.document;
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
  return open ?? vscode.workspace.openTextDocument(vscode.Uri.parse(uri)).then(
    (document) => document,
    () => undefined,
  );
}

/** Registers "Show Deployment" (cfnCoach.showDeployment): from the palette, a code lens, a code action or a hover link. */
export function registerDeploymentCommand(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Disposable {
  let current: DeploymentPanel | undefined;
  return vscode.commands.registerCommand(SHOW_DEPLOYMENT_COMMAND, async (resource?: unknown, uri?: unknown) => {
    const document = await documentFor(uri);
    if (!document) {
      void vscode.window.showInformationMessage('Open a CloudFormation template to see how its deployments proceed.');
      return;
    }
    if (!current) {
      const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'media', 'simulate');
      const panel = vscode.window.createWebviewPanel('cfnCoach.deployment', 'Deployment', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [mediaRoot],
      });
      panel.webview.html = deploymentHtml(panel.webview, context.extensionUri);
      current = new DeploymentPanel(panel, document, client, () => (current = undefined));
    }
    await current.show(document, typeof resource === 'string' ? resource : undefined);
  });
}
