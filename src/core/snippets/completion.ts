import type { Completion, CompletionProvider } from '../completion';
import type { Template } from '../template';
import { SNIPPETS } from './index';
import { insertionSite, type InsertionSite } from './insertionSite';
import { toSnippetSyntax } from './placeholders';
import { renderEntries } from './render';
import { sectionEdits } from './sectionEdits';
import { snippetDescription } from './snippetFile';
import type { SnippetDef } from './types';

/** The exam-scenario snippets, offered only on an empty line at resource level of a template. */
export const snippetCompletions: CompletionProvider = (template: Template, offset: number): Completion[] => {
  const site = insertionSite(template, offset);
  return site ? SNIPPETS.map((snippet) => completionFor(snippet, site)) : [];
};

function completionFor(snippet: SnippetDef, site: InsertionSite): Completion {
  return {
    label: snippet.prefix,
    kind: 'snippet',
    detail: snippet.title,
    documentation: snippetDescription(snippet),
    insertText: insertText(snippet, site),
    isSnippet: true,
    replace: site.replace,
    filterText: site.quote + snippet.prefix,
    additionalEdits: sectionEdits(snippet, site),
    keepIndentation: true,
  };
}

/** The resources, indented for the cursor's column; the first line starts where the prefix did. */
function insertText(snippet: SnippetDef, site: InsertionSite): string {
  const text = toSnippetSyntax(renderEntries(snippet.resources, site.format, site.column, site.unit).join('\n')).slice(site.column);
  return site.trailingComma ? `${text},` : text;
}
