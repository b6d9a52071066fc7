import type { Finding } from '../findings';
import type { Span } from '../model';
import type { Template } from '../template';
import type { KnowledgeBase } from './knowledgeBase';
import type { Note } from './note';
import { KNOWLEDGE } from './notes';
import { notedPlaces } from './places';
import { repeatsFinding } from './repeats';

/** `cfnCoach.inline.mode`: no inline notes, notes on resources only, or on resources and their settings. */
export type InlineMode = 'off' | 'resources' | 'properties';

export interface InlineHint {
  /** End of the line the hint follows. */
  offset: number;
  line: number;
  note: Note;
  /** The text shown: the note's inline text, after a space where the line ends in punctuation (JSON's `,` or `{`). */
  label: string;
}

/**
/**
 * At most one hint per line, the first noted place on it; none that would repeat a finding (see
 * repeatsFinding); nothing for files that are not templates. With `within`, only the hints of places in
 * that part of the text, and only that part is looked at.
 */
export function inlineHints(
  template: Template,
  mode: InlineMode,
  knowledge: KnowledgeBase = KNOWLEDGE,
  findings: readonly Finding[] = [],
  within?: Span,
): InlineHint[] {
  if (mode === 'off' || !template.isTemplate) return [];
  const hints: InlineHint[] = [];
  let lastLine = -1;
  for (const place of notedPlaces(template, knowledge, within)) {
    if (mode === 'resources' && !place.isResource) continue;
    if (repeatsFinding(template, place, findings)) continue;
    const line = template.lines.positionAt(place.offset).line;
    if (line === lastLine) continue;
    lastLine = line;
    const offset = lineEnd(template, line);
    const label = /[,{[:\]}]$/.test(template.text.slice(Math.max(0, offset - 1), offset)) ? ` ${place.note.inline}` : place.note.inline;
    hints.push({ offset, line, note: place.note, label });
  }
  return hints;
}

function lineEnd(template: Template, line: number): number {
  if (line + 1 >= template.lines.lineCount) return template.text.length;
  let end = template.lines.lineStart(line + 1);
  while (end > 0 && (template.text[end - 1] === '\n' || template.text[end - 1] === '\r')) end--;
  return end;
}
