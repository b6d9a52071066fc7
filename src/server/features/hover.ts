import { MarkupKind } from 'vscode-languageserver';
import { hoverWithFindings } from '../../core';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** Hover: the exam explanation of the findings there, then what every core hover provider gives, separated by rules. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, templateOf, findingsOf }) {
    connection.onHover(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return null;
      const { template } = open;
      const result = hoverWithFindings(template, template.lines.offsetAt(position), findingsOf(textDocument.uri));
      if (!result) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.sections.map((section) => section.markdown).join('\n\n---\n\n') },
        range: toRange(result.span, template.lines),
      };
    });
  },
};
