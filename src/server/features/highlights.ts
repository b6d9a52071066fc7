import { DocumentHighlightKind } from 'vscode-languageserver';
import { highlightsAt } from '../../core/references';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** Document highlights: the declaration (written) and every reference (read) of the name under the cursor. */
export const highlightsFeature: Feature = {
  capabilities: { documentHighlightProvider: true },
  register({ connection, templateOf }) {
    connection.onDocumentHighlight(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open?.template.isTemplate) return [];
      const { template } = open;
      return highlightsAt(template, template.lines.offsetAt(position)).map((highlight) => ({
        range: toRange(highlight.span, template.lines),
        kind: highlight.isDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });
  },
};
