import type { TemplateFormat } from '../template';
import { snippetBody } from './render';
import { topicList, type SnippetDef } from './types';

export interface VsCodeSnippet {
  prefix: string;
  description: string;
  body: string[];
}

/** What a snippet says about itself in pickers: the exam point and its topic ids. */
export function snippetDescription(snippet: SnippetDef): string {
  return `${snippet.description} (${topicList(snippet)})`;
}

/** A VS Code snippet file (the resources of each snippet, at resource level) for one format. */
export function snippetFile(snippets: readonly SnippetDef[], format: TemplateFormat): Record<string, VsCodeSnippet> {
  const file: Record<string, VsCodeSnippet> = {};
  for (const snippet of snippets) {
    file[snippet.title] = { prefix: snippet.prefix, description: snippetDescription(snippet), body: snippetBody(snippet.resources, format) };
  }
  return file;
}

/** The file's text exactly as the generator writes it. */
export function snippetFileText(snippets: readonly SnippetDef[], format: TemplateFormat): string {
  return JSON.stringify(snippetFile(snippets, format), null, 2) + '\n';
}
