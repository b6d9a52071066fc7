import * as vscode from 'vscode';

export interface WebviewPageParts {
  /** Folder under media/ holding `<folder>.css` and `<folder>.js`. */
  folder: string;
  title: string;
  /** The body's markup, before the script tag. */
  body: string;
}

/**
 * A webview page (`mediaRoot`: the extension's media/ folder) that loads nothing remote: styles and images only from the extension, and the one
 * script of media/<folder>/ allowed by a nonce made for this load.
 */
export function webviewPage(webview: vscode.Webview, mediaRoot: vscode.Uri, { folder, title, body }: WebviewPageParts): string {
  const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, folder, name));
  const nonce = globalThis.crypto.randomUUID().replace(/-/g, '');
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
  <link rel="stylesheet" href="${media(`${folder}.css`)}">
  <title>${title}</title>
</head>
<body>
${body}
  <script nonce="${nonce}" src="${media(`${folder}.js`)}"></script>
</body>
</html>`;
}
