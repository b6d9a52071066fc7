import { MarkupKind } from 'vscode-languageserver';
import { hoverAt } from '../../core';
import type { Feature } from '../context';
import { toRange } from '../convert';

/** Hover: the sections every core hover provider gives for the position, separated by rules. */
export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, templateOf }) {
    connection.onHover(({ textDocument, position }) => {
      const open = templateOf(textDocument.uri);
      if (!open) return null;
      const { template } = open;
      const result = hoverAt(template, template.lines.offsetAt(position));
      if (!result) return null;
      return {
        contents: { kind: MarkupKind.Markdown, value: result.sections.map((section) => section.markdown).join('\n\n---\n\n') },
        range: toRange(result.span, template.lines),
      };
    });
  },
};
