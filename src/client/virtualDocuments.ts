import * as vscode from 'vscode';

/** Read-only documents the extension shows (converted templates, study sheets); their text lives here. */
export const COACH_SCHEME = 'cfn-coach';

/**
 * The provider of `cfn-coach:` documents. A document's path names it in its tab (e.g.
 * `template (converted).json`) and gives it its language; setting new text updates an open editor.
 * Being read-only they never hold an edit of the user's; Save As… writes a copy where asked.
 */
export class VirtualDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(COACH_SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** The document at `path` (under the scheme) with `text`, opened or updated. */
  async set(path: string, text: string): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.from({ scheme: COACH_SCHEME, path });
    const key = uri.toString();
    const isNew = !this.texts.has(key);
    this.texts.set(key, text);
    if (!isNew) this.changed.fire(uri);
    return vscode.workspace.openTextDocument(uri);
  }

  textOf(uri: vscode.Uri): string | undefined {
    return this.texts.get(uri.toString());
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}

/** A sibling name for a document made from `source`: `/dir/template.yaml` → `/dir/template (converted).json`. */
export function derivedPath(source: vscode.Uri, suffix: string, extension: string): string {
  const path = source.path.startsWith('/') ? source.path : `/${source.path}`;
  return `${path.replace(/\.[^./]*$/, '')} (${suffix}).${extension}`;
}
