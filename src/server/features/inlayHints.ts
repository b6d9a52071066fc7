import { MarkupKind, type InlayHint } from 'vscode-languageserver';
import { inlineHints, KNOWLEDGE, noteMarkdown } from '../../core/knowledge';
import type { Feature } from '../context';

/** Hints in one answer: an editor asks for the lines it shows; a client asking for 10,000 lines gets the first ones. */
export const MAX_INLAY_HINTS = 1000;

/** What a hint carries until it is resolved: the note whose Markdown becomes its tooltip. */
interface HintData {
  note: string;
}

/**
 * Exam notes as subtle text at the end of noted lines, as `cfnCoach.inline.mode` allows, none repeating a
 * finding: computed for the requested lines only, each note's Markdown sent when the editor resolves the
 * hint (on hover), not with it.
 */
export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: { resolveProvider: true } },
  register({ connection, templateOf, settings, findingsOf }) {
    connection.languages.inlayHint.on(async ({ textDocument, range }) => {
      const { enable, inlineMode } = await settings(textDocument.uri);
      const open = templateOf(textDocument.uri);
      if (!open || !enable) return [];
      const { template } = open;
      const within = { start: template.lines.lineStart(range.start.line), end: template.lines.offsetAt({ line: range.end.line + 1, character: 0 }) };
      return inlineHints(template, inlineMode, KNOWLEDGE, findingsOf(textDocument.uri), within)
        .filter((hint) => hint.line >= range.start.line && hint.line <= range.end.line)
        .slice(0, MAX_INLAY_HINTS)
        .map(
          (hint): InlayHint => ({
            position: template.lines.positionAt(hint.offset),
            label: hint.label,
            paddingLeft: true,
            data: { note: hint.note.id } satisfies HintData,
          }),
        );
    });
    connection.languages.inlayHint.resolve((hint) => {
      const id = (hint.data as Partial<HintData> | undefined)?.note;
      const note = typeof id === 'string' ? KNOWLEDGE.noteById(id) : undefined;
      return note ? { ...hint, tooltip: { kind: MarkupKind.Markdown, value: noteMarkdown(note) } } : hint;
    });
  },
};
