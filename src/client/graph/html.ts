import * as vscode from 'vscode';
import { webviewPage } from '../webviewPage';

/** The graph webview's page: scripts and styles from media/graph only (see webviewPage). */
export function graphHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewPage(webview, vscode.Uri.joinPath(extensionUri, 'media'), {
    folder: 'graph',
    title: 'Template graph',
    body: `  <header>
    <p id="summary" role="status">Reading the template…</p>
    <ul id="legend" aria-label="Legend">
      <li><svg width="36" height="10" aria-hidden="true"><line class="edge ref" x1="0" y1="5" x2="36" y2="5"/></svg>Ref</li>
      <li><svg width="36" height="10" aria-hidden="true"><line class="edge getatt" x1="0" y1="5" x2="36" y2="5"/></svg>Fn::GetAtt</li>
      <li><svg width="36" height="10" aria-hidden="true"><line class="edge sub" x1="0" y1="5" x2="36" y2="5"/></svg>Fn::Sub</li>
      <li><svg width="36" height="10" aria-hidden="true"><line class="edge dependsOn" x1="0" y1="5" x2="36" y2="5"/></svg>DependsOn</li>
      <li><span class="swatch replaces" aria-hidden="true"></span>replaced</li>
      <li><span class="swatch may-replace" aria-hidden="true"></span>may be replaced</li>
      <li><span class="swatch creates" aria-hidden="true"></span>new logical ID</li>
      <li><span class="swatch blocked" aria-hidden="true"></span>type changed: update rejected</li>
    </ul>
  </header>
  <main id="graph" aria-label="Resources and their references"></main>`,
  });
}
