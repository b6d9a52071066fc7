import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Fix } from '../../core';
import type { Feature } from '../context';
import { toRange } from '../convert';

/**
 * Quick fixes travel with their diagnostic (in `data`), so a code action needs no re-analysis:
 * each fix becomes one undoable workspace edit of the document.
 */
export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register({ connection, templateOf }) {
    connection.onCodeAction(({ textDocument, context }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return [];
      const { template, document } = open;
      return context.diagnostics.flatMap((diagnostic: Diagnostic) =>
        fixesOf(diagnostic).map((fix): CodeAction => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred,
          edit: {
            documentChanges: [
              {
                textDocument: { uri: textDocument.uri, version: document.version },
                edits: fix.edits.map((edit) => ({ range: toRange(edit.span, template.lines), newText: edit.newText })),
              },
            ],
          },
        })),
      );
    });
  },
};

function fixesOf(diagnostic: Diagnostic): Fix[] {
  const data = diagnostic.data as { fixes?: Fix[] } | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}
