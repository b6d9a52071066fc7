import { addressOf, notedPlaces, type KnowledgeBase, type NotedPlace } from '../knowledge';
import { isMap, isScalar } from '../model';
import type { Template } from '../template';

/**
 * Every noted place, including top-level keys with a scalar value such as
 * `Transform: AWS::Serverless-2016-10-31` (notedPlaces looks only inside sections), in document order.
 */
export function studyPlaces(template: Template, knowledge: KnowledgeBase): NotedPlace[] {
  const places = notedPlaces(template, knowledge);
  if (!template.isTemplate || !isMap(template.root)) return places;
  for (const entry of template.root.entries) {
    const value = isScalar(entry.value) ? entry.value.value : undefined;
    const note = knowledge.noteFor(addressOf(template.root, [entry.key.value], value ?? undefined));
    if (note) places.push({ note, offset: entry.key.span.start, isResource: false });
  }
  return places.sort((a, b) => a.offset - b.offset);
}
