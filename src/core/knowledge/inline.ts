import type { Finding } from '../findings';
import { isString, nodeAt, type Span, type TemplateNode } from '../model';
import { resourceById } from '../sections';
import type { Template } from '../template';
import type { KnowledgeBase } from './knowledgeBase';
import type { Note } from './note';
import { KNOWLEDGE } from './notes';
import { notedPlaces, type NotedPlace } from './places';
import { findingRepeats } from './repeats';

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
 * At most one hint per line, the first noted place on it; none that would repeat a finding (see
 * findingRepeats); nothing for files that are not templates. With `within`, only the hints of places in
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
  const repeatsFinding = findingRepeats(template, findings);
  for (const place of notedPlaces(template, knowledge, within)) {
    if (mode === 'resources' && !place.isResource) continue;
    if (repeatsFinding(place) || asksForWhatIsSet(template, place)) continue;
    const line = template.lines.positionAt(place.offset).line;
    if (line === lastLine) continue;
    lastLine = line;
    const offset = lineEnd(template, line);
    const label = /[,{[:\]}]$/.test(template.text.slice(Math.max(0, offset - 1), offset)) ? ` ${place.note.inline}` : place.note.inline;
    hints.push({ offset, line, note: place.note, label });
  }
  return hints;
}

/**
 * A note whose inline text asks for settings (`inlineAsksFor`) that its resource already has, every one:
 * "set RetentionInDays" beside `RetentionInDays: 30` would contradict the template.
 */
function asksForWhatIsSet(template: Template, place: NotedPlace): boolean {
  const asks = place.note.inlineAsksFor;
  if (!asks?.length || place.logicalId === undefined) return false;
  const body = resourceById(template.root, place.logicalId)?.body;
  return asks.every((ask) => isSet(body, ask));
}

/** `Path.To.Key` is present; `Path.To.Key=VALUE`: its literal value is VALUE or lists it (`EC2,ELB`). */
function isSet(body: TemplateNode | undefined, ask: string): boolean {
  const [path, wanted] = ask.split('=');
  const node = nodeAt(body, path.split('.'));
  if (node === undefined || wanted === undefined) return node !== undefined;
  return isString(node) && node.value.split(',').some((part) => part.trim() === wanted);
}

function lineEnd(template: Template, line: number): number {
  if (line + 1 >= template.lines.lineCount) return template.text.length;
  let end = template.lines.lineStart(line + 1);
  while (end > 0 && (template.text[end - 1] === '\n' || template.text[end - 1] === '\r')) end--;
  return end;
}
