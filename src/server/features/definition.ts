import { definitionAt } from '../../core/references';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** Go to definition: from a Ref, GetAtt, Sub variable, DependsOn, condition or mapping name to its declaration. */
export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register({ connection, templateOf }) {
    connection.onDefinition(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open?.template.isTemplate) return null;
      const { template } = open;
      const declaration = definitionAt(template, template.lines.offsetAt(position));
      if (!declaration) return null;
      return { uri: textDocument.uri, range: toRange(declaration.nameSpan, template.lines) };
    });
  },
};
