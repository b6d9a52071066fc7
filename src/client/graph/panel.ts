import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { GRAPH_REQUEST, type GraphNodeView, type GraphParams, type GraphResult } from '../../shared/protocol';
import { graphHtml } from './html';
import { readGraphMessage, type GraphMessage } from './messages';

const REFRESH_DELAY_MS = 300;
/** Editors the panel follows when they become active (if they hold a template). */
const FOLLOWED_LANGUAGES = ['yaml', 'json', 'jsonc'];


/**
 * The one "Template graph" panel: shows the graph of one template document, refreshed (debounced) as it
 * is edited and when it is saved, and switches to another template when its editor becomes active; a
 * chosen node puts the editor's cursor on that resource's key.
 */
export class GraphPanel implements vscode.Disposable {
  private document: vscode.TextDocument;
  /** The last answer: undefined until the first, null when the document is not a template. */
  private latest: GraphResult | null | undefined;
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
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = readGraphMessage(raw);
        if (message) void this.onMessage(message);
      }),
      // Saving also fires a change (of the dirty flag) with no content change: nothing to redraw.
      vscode.workspace.onDidChangeTextDocument((event) => event.document === this.document && event.contentChanges.length > 0 && this.schedule()),
      vscode.workspace.onDidSaveTextDocument((saved) => saved === this.document && void this.refresh()),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.follow(editor.document)),
    );
  }

  /** Shows the graph of this document (the document the command was run on). */
  async show(document: vscode.TextDocument): Promise<void> {
    this.switchTo(document);
    this.panel.reveal(undefined, true);
    await this.refresh();
  }

  /** Switches to the graph of a newly active template; anything else leaves the panel as it is. */
  private async follow(document: vscode.TextDocument): Promise<void> {
    if (document === this.document || !FOLLOWED_LANGUAGES.includes(document.languageId)) return;
    clearTimeout(this.timer); // a redraw of the document being left would overtake this one
    const request = ++this.requests;
    const graph = await this.graphOf(document);
    if (request !== this.requests) return;
    if (!graph) return this.schedule(); // no template: stay, and redraw as the cancelled redraw would have
    this.switchTo(document);
    await this.post(graph);
  }

  private switchTo(document: vscode.TextDocument): void {
    this.document = document;
    this.panel.title = `Graph: ${document.uri.path.split('/').pop()}`;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const request = ++this.requests;
    const graph = await this.graphOf(this.document);
    if (graph === undefined || request !== this.requests) return; // failed, or a newer refresh is on its way
    await this.post(graph);
  }

  /** The server's graph of the document; undefined while the server restarts (the panel keeps the last one). */
  private async graphOf(document: vscode.TextDocument): Promise<GraphResult | null | undefined> {
    const params: GraphParams = { uri: document.uri.toString() };
    const savedText = await savedTextOf(document);
    if (savedText !== undefined) params.savedText = savedText;
    return this.client.sendRequest<GraphResult | null>(GRAPH_REQUEST, params).catch(() => undefined);
  }

  private async post(graph: GraphResult | null): Promise<void> {
    this.latest = graph;
    await this.panel.webview.postMessage({ type: 'graph', graph: drawnPart(graph) });
  }

  private async onMessage(message: GraphMessage): Promise<void> {
    if (message.type === 'ready' && this.latest !== undefined) await this.panel.webview.postMessage({ type: 'graph', graph: drawnPart(this.latest) });
    else if (message.type === 'reveal') await this.reveal(message.id, message.focus === true);
  }

  /**
   * Puts the editor's cursor on the node's resource. A click leaves the focus in the graph (taking it to
   * the editor raced with the webview's own focus on the click, which could win it back).
   */
  private async reveal(id: string, focus: boolean): Promise<void> {
    const node = this.latest?.nodes.find((candidate) => candidate.id === id);
    if (!node) return;
    const start = new vscode.Position(node.range.start.line, node.range.start.character);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: !focus });
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

/** What the webview draws: everything but the source ranges, which only the extension uses (to reveal a node). */
function drawnPart(graph: GraphResult | null): Omit<GraphResult, 'nodes'> & { nodes: Omit<GraphNodeView, 'range'>[] } | null {
  if (!graph) return null;
  return { ...graph, nodes: graph.nodes.map(({ range: _range, ...drawn }) => drawn) };
}

/** The document's content on disk, to compare with; none for an untitled document or one not yet on disk. */
async function savedTextOf(document: vscode.TextDocument): Promise<string | undefined> {
  if (document.isUntitled) return undefined;
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
  } catch {
    return undefined;
  }
}

/** Registers "Show Template Graph" (cfnCoach.showGraph) for the active editor's template. */
export function registerGraphCommand(context: vscode.ExtensionContext, client: BaseLanguageClient): vscode.Disposable {
  let current: GraphPanel | undefined;
  return vscode.commands.registerCommand('cfnCoach.showGraph', async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Open a CloudFormation template to see its graph.');
      return;
    }
    if (!current) {
      const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'media', 'graph');
      const panel = vscode.window.createWebviewPanel('cfnCoach.graph', 'Template graph', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [mediaRoot],
      });
      panel.webview.html = graphHtml(panel.webview, context.extensionUri);
      current = new GraphPanel(panel, document, client, () => (current = undefined));
    }
    await current.show(document);
  });
}
