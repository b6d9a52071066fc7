import * as vscode from 'vscode';

/** The graph webview's page: scripts and styles from media/graph only, allowed by a per-load nonce. */
export function graphHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'graph', name));
  const nonce = makeNonce();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${media('graph.css')}">
  <title>Template graph</title>
</head>
<body>
  <header>
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
  <main id="graph" aria-label="Resources and their references"></main>
  <script nonce="${nonce}" src="${media('graph.js')}"></script>
</body>
</html>`;
}

function makeNonce(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}
