import { CompletionItemKind, CompletionItemTag, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver';
import { attachChildTemplates, completionsAt, type Completion, type CompletionKind, type LineIndex } from '../../core';
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
  register({ connection, templateOf, childTemplatesOf, client }) {
    connection.onCompletion(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return [];
      const { template } = open;
      // `!GetAtt Stack.` offers the outputs of a nested stack's local template.
      attachChildTemplates(template, childTemplatesOf(textDocument.uri));
      const inEmptyFile = emptyFileCompletions(template.text, template.format);
      const items = inEmptyFile.length > 0 ? inEmptyFile : completionsAt(template, template.lines.offsetAt(position));
      const converted = items.map((item) => toItem(item, template.lines));
      return client.completionItemDefaults.includes('editRange') ? withSharedRange(converted) : converted;
    });
  },
};

/**
 * Items that all replace the same range (the 1,800 resource types, a property's allowed values) send it
 * once, as the list's default edit range, with each item's text only where it differs from its label:
 * the resource type list goes from 470 to 95 KB, which the client parses on every keystroke.
 */
function withSharedRange(items: CompletionItem[]): CompletionItem[] | CompletionList {
  const range = items[0]?.textEdit && 'range' in items[0].textEdit ? items[0].textEdit.range : undefined;
  if (!range || items.length < 2 || !items.every((item) => item.textEdit && 'range' in item.textEdit && sameRange(item.textEdit.range, range))) return items;
  const shared = items.map(({ textEdit, ...item }): CompletionItem => (textEdit?.newText === item.label ? item : { ...item, textEditText: textEdit?.newText }));
  return { isIncomplete: false, itemDefaults: { editRange: range }, items: shared };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function toItem(item: Completion, lines: LineIndex): CompletionItem {
  const result: CompletionItem = { label: item.label, kind: KIND[item.kind] };
  // Plain text is what a client assumes without it.
  if (item.isSnippet) result.insertTextFormat = InsertTextFormat.Snippet;
  if (item.replace) result.textEdit = { range: toRange(item.replace, lines), newText: item.insertText };
  else result.insertText = item.insertText;
  if (item.detail) result.detail = item.detail;
  if (item.documentation) result.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
  if (item.sortText) result.sortText = item.sortText;
  if (item.filterText && item.filterText !== item.label) result.filterText = item.filterText;
  if (item.additionalEdits) {
    result.additionalTextEdits = item.additionalEdits.map((edit) => ({ range: toRange(edit.span, lines), newText: edit.newText }));
  }
  if (item.keepIndentation) result.insertTextMode = InsertTextMode.asIs;
  if (item.retrigger) result.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  if (item.deprecated) result.tags = [CompletionItemTag.Deprecated];
  return result;
}
