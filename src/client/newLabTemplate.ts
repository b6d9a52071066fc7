import * as vscode from 'vscode';
import { labTemplate, SNIPPETS, snippetDescription, type SnippetDef } from '../core/snippets';

interface ScenarioItem extends vscode.QuickPickItem {
  snippet: SnippetDef;
}

/** "New lab template…": pick a scenario and a format, get a complete template in a new untitled editor. */
export async function newLabTemplate(): Promise<void> {
  const items: ScenarioItem[] = SNIPPETS.map((snippet) => ({
    label: snippet.title,
    description: `${snippet.prefix} · ${snippet.topics.join(', ')}`,
    detail: snippetDescription(snippet),
    snippet,
  }));
  const scenario = await vscode.window.showQuickPick(items, { title: 'New lab template', placeHolder: 'Scenario', matchOnDescription: true, matchOnDetail: true });
  if (!scenario) return;
  const format = await vscode.window.showQuickPick(['YAML', 'JSON'], { title: 'New lab template', placeHolder: 'Format' });
  if (!format) return;
  const language = format === 'JSON' ? 'json' : 'yaml';
  const document = await vscode.workspace.openTextDocument({ language, content: labTemplate(scenario.snippet, language) });
  await vscode.window.showTextDocument(document);
}
