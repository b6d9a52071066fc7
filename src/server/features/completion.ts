import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { completionsAt, type Completion, type CompletionKind, type LineIndex } from '../../core';
import { emptyFileCompletions } from '../../core/snippets';
import type { Feature } from '../context';
import { toRange } from '../convert';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  resourceType: CompletionItemKind.Class,
  reference: CompletionItemKind.Reference,
  attribute: CompletionItemKind.Field,
  function: CompletionItemKind.Function,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
};

/** Completion: in an empty file the lab templates and a skeleton; else whatever the core providers offer at the cursor. */
export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [':', '.', '!', '"', ' '] } },
  register({ connection, templateOf }) {
    connection.onCompletion(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return [];
      const { template } = open;
      const inEmptyFile = emptyFileCompletions(template.text, template.format);
      const items = inEmptyFile.length > 0 ? inEmptyFile : completionsAt(template, template.lines.offsetAt(position));
      return items.map((item) => toItem(item, template.lines));
    });
  },
};

function toItem(item: Completion, lines: LineIndex): CompletionItem {
  const result: CompletionItem = {
    label: item.label,
    kind: KIND[item.kind],
    insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (item.replace) result.textEdit = { range: toRange(item.replace, lines), newText: item.insertText };
  else result.insertText = item.insertText;
  if (item.detail) result.detail = item.detail;
  if (item.documentation) result.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
  if (item.sortText) result.sortText = item.sortText;
  if (item.filterText) result.filterText = item.filterText;
  if (item.additionalEdits) {
    result.additionalTextEdits = item.additionalEdits.map((edit) => ({ range: toRange(edit.span, lines), newText: edit.newText }));
  }
  if (item.keepIndentation) result.insertTextMode = InsertTextMode.asIs;
  if (item.retrigger) result.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return result;
}
