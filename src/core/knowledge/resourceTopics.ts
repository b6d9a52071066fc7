import type { Template } from '../template';
import type { KnowledgeBase } from './knowledgeBase';
import { KNOWLEDGE } from './notes';
import { notedPlaces } from './places';

/** Topic ids per logical ID: those of the resource's own note and of every noted setting in it, sorted. */
export function topicsByResource(template: Template, knowledge: KnowledgeBase = KNOWLEDGE): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const place of notedPlaces(template, knowledge)) {
    if (place.logicalId === undefined) continue;
    const topics = sets.get(place.logicalId) ?? new Set<string>();
    for (const topic of place.note.topics) topics.add(topic);
    sets.set(place.logicalId, topics);
  }
  return new Map([...sets].map(([logicalId, topics]) => [logicalId, [...topics].sort()]));
}

export function resourceTopics(template: Template, logicalId: string, knowledge: KnowledgeBase = KNOWLEDGE): string[] {
  return topicsByResource(template, knowledge).get(logicalId) ?? [];
}
