import * as vscode from 'vscode';
import { labTemplate, SNIPPETS, snippetDescription, type SnippetDef } from '../core/snippets';
import { markLabOpened } from './study/walkthrough';

interface ScenarioItem extends vscode.QuickPickItem {
  snippet: SnippetDef;
}

/**
 * "New lab template…": pick a scenario and a format, get a complete template in a new untitled editor.
 * `scenario` (a snippet prefix, as the study panel and the walkthrough pass it) skips the scenario pick.
 * Returns the scenario opened, if any.
 */
export async function newLabTemplate(scenario?: unknown): Promise<SnippetDef | undefined> {
  const given = typeof scenario === 'string' ? SNIPPETS.find((snippet) => snippet.prefix === scenario) : undefined;
  const snippet = given ?? (await pickScenario());
  if (!snippet) return undefined;
  const format = await vscode.window.showQuickPick(['YAML', 'JSON'], { title: `New lab template: ${snippet.title}`, placeHolder: 'Format' });
  if (!format) return undefined;
  const language = format === 'JSON' ? 'json' : 'yaml';
  const document = await vscode.workspace.openTextDocument({ language, content: labTemplate(snippet, language) });
  await vscode.window.showTextDocument(document);
  await markLabOpened(snippet.prefix);
  return snippet;
}

async function pickScenario(): Promise<SnippetDef | undefined> {
  const items: ScenarioItem[] = SNIPPETS.map((snippet) => ({
    label: snippet.title,
    description: `${snippet.prefix} · ${snippet.topics.join(', ')}`,
    detail: snippetDescription(snippet),
    snippet,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'New lab template', placeHolder: 'Scenario', matchOnDescription: true, matchOnDetail: true });
  return picked?.snippet;
}
