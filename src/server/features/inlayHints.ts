import { MarkupKind, type InlayHint } from 'vscode-languageserver';
import { inlineHints, KNOWLEDGE, noteMarkdown } from '../../core/knowledge';
import type { Feature } from '../context';

/** Exam notes as subtle text at the end of noted lines, as `cfnCoach.inline.mode` allows, none repeating a finding. */
export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register({ connection, templateOf, settings, findingsOf }) {
    connection.languages.inlayHint.on(async ({ textDocument, range }) => {
      const { enable, inlineMode } = await settings(textDocument.uri);
      const open = templateOf(textDocument.uri);
      if (!open || !enable) return [];
      const { template } = open;
      return inlineHints(template, inlineMode, KNOWLEDGE, findingsOf(textDocument.uri))
        .filter((hint) => hint.line >= range.start.line && hint.line <= range.end.line)
        .map(
          (hint): InlayHint => ({
            position: template.lines.positionAt(hint.offset),
            label: hint.label,
            paddingLeft: true,
            tooltip: { kind: MarkupKind.Markdown, value: noteMarkdown(hint.note) },
          }),
        );
    });
  },
};
