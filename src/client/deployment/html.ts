import * as vscode from 'vscode';
import { webviewPage } from '../webviewPage';

/** The deployment view's page: scripts and styles from media/simulate only (see webviewPage). */
export function deploymentHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewPage(webview, vscode.Uri.joinPath(extensionUri, 'media'), {
    folder: 'simulate',
    title: 'Deployment',
    body: `  <header>
    <div class="controls">
      <label>Resource <select id="resource" aria-label="Resource"></select></label>
      <label>Fleet size <input id="fleet" type="number" min="0" max="1000" step="1" aria-describedby="fleet-source"></label>
      <button id="fleet-reset" type="button">Use the template's size</button>
      <span id="fleet-source"></span>
    </div>
    <div id="timelines" role="tablist" aria-label="Timelines"></div>
    <p id="summary" role="status">Reading the template…</p>
    <ul id="problems" aria-label="Problems"></ul>
  </header>
  <main>
    <div id="chart" aria-label="Capacity and traffic, step by step (arrow keys move between steps)"></div>
    <ul id="legend" aria-label="Legend">
      <li><span class="swatch old" aria-hidden="true"></span>old version in service</li>
      <li><span class="swatch new" aria-hidden="true"></span>new version in service</li>
      <li><span class="swatch pending" aria-hidden="true"></span>launched, not yet serving</li>
      <li><span class="swatch traffic" aria-hidden="true"></span>traffic on the new version</li>
      <li><span class="swatch failure" aria-hidden="true"></span>failure path</li>
    </ul>
    <section id="details" aria-live="polite"></section>
    <section id="about"></section>
  </main>`,
  });
}
