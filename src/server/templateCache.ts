import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf, parseTemplate, updateTemplate, type Template } from '../core';

interface Entry {
  version: number;
  template: Template;
}

/** Parsed templates by document URI, re-parsed (only what changed, where it can) when the document's version moves. */
export class TemplateCache {
  private readonly entries = new Map<string, Entry>();

  get(document: TextDocument): Template {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.template;
    const text = document.getText();
    const format = formatOf(document.languageId, document.uri, text);
    const template = cached?.template.format === format ? updateTemplate(cached.template, text) : parseTemplate(text, format);
    this.entries.set(document.uri, { version: document.version, template });
    return template;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
