import { referenceSpansAt } from '../../core/references';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** Find references: every use of the declared name under the cursor (and the declaration when asked). */
export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register({ connection, templateOf }) {
    connection.onReferences(({ textDocument, position, context }) => {
      const open = templateOf(textDocument.uri);
      if (!open?.template.isTemplate) return [];
      const { template } = open;
      const spans = referenceSpansAt(template, template.lines.offsetAt(position), context.includeDeclaration);
      return spans.map((span) => ({ uri: textDocument.uri, range: toRange(span, template.lines) }));
    });
  },
};
