import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf, parseTemplate, updateTemplate, type Template } from '../core';

interface Entry {
  version: number;
  template: Template;
  /** The latest version without syntax errors: edits are re-parsed from it, so a typo does not cost a full parse once fixed. */
  lastClean: Template | undefined;
}

/** Parsed templates by document URI, re-parsed only when the document's version moves. */
export class TemplateCache {
  private readonly entries = new Map<string, Entry>();

  get(document: TextDocument): Template {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.template;
    const text = document.getText();
    const format = formatOf(document.languageId, document.uri, text);
    const base = cached?.lastClean?.format === format ? cached.lastClean : undefined;
    const template = base ? updateTemplate(base, text) : parseTemplate(text, format);
    const lastClean = template.parseFindings.length === 0 ? template : base;
    this.entries.set(document.uri, { version: document.version, template, lastClean });
    return template;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
