import type { HoverProvider, HoverSection } from '../hover';
import { isScalar, nodeAt } from '../model';
import type { Template } from '../template';
import { addressOf, isResourceItself } from './address';
import { KNOWLEDGE } from './notes';
import type { KnowledgeBase } from './knowledgeBase';
import { locate, type Located } from './locate';
import { noteMarkdown } from './markdown';
import type { Note } from './note';

/** The note for the key, value, intrinsic or resource under the cursor. */
export function noteAt(template: Template, offset: number, knowledge: KnowledgeBase = KNOWLEDGE): Note | undefined {
  const located = locate(template.root, offset);
  return located ? noteAtLocation(template, located, knowledge) : undefined;
}

function noteAtLocation(template: Template, located: Located, knowledge: KnowledgeBase): Note | undefined {
  if (located.intrinsic) return knowledge.intrinsicNote(located.intrinsic);
  const address = addressOf(template.root, located.path, located.scalar?.value);
  if (isResourceItself(address)) return knowledge.noteFor({ ...address, path: [], value: undefined });
  const note = knowledge.noteFor(address);
  if (note || located.scalar) return note;
  // On a key without a note of its own, a note on its value (e.g. `Transform: AWS::Serverless-2016-10-31`).
  const value = nodeAt(template.root, located.path);
  return isScalar(value) ? knowledge.noteFor(addressOf(template.root, located.path, value.value)) : undefined;
}

/** "Why this matters on the exam": shown under the schema documentation. */
export const examHoverProvider: HoverProvider = (template, offset) => {
  const located = locate(template.root, offset);
  if (!located) return undefined;
  const note = noteAtLocation(template, located, KNOWLEDGE);
  const sections: HoverSection[] = note ? [{ markdown: noteMarkdown(note), url: note.url }] : [];
  return sections.length > 0 ? { sections, span: located.span } : undefined;
};
