import { MarkupKind } from 'vscode-languageserver';
import { attachChildTemplates, hoverWithFindings } from '../../core';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** Hover: the exam explanation of the findings there, then what every core hover provider gives, separated by rules. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, templateOf, findingsOf, childTemplatesOf }) {
    connection.onHover(async ({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return null;
      const { template } = open;
      // `Outputs.Name` of a nested stack is described from the stack's local template.
      attachChildTemplates(template, childTemplatesOf(textDocument.uri));
      // Asked for at once, so they are the findings of the version parsed here.
      const result = hoverWithFindings(template, template.lines.offsetAt(position), await findingsOf(textDocument.uri));
      if (!result) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.sections.map((section) => section.markdown).join('\n\n---\n\n') },
        range: toRange(result.span, template.lines),
      };
    });
  },
};
