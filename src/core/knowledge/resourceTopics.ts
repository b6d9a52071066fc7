import type { Template } from '../template';
import type { KnowledgeBase } from './knowledgeBase';
import { KNOWLEDGE } from './notes';
import { notedPlaces } from './places';
import { topicOf } from './topics';

/** Topic ids per logical ID: those of the resource's own note and of every noted setting in it, sorted. */
export function topicsByResource(template: Template, knowledge: KnowledgeBase = KNOWLEDGE): Map<string, string[]> {
  const counts = mainTopicCounts(template, knowledge);
  return new Map([...counts].map(([logicalId, topics]) => [logicalId, [...topics.keys()].sort()]));
}

/**
 * The same topics, most relevant first: by how many of the resource's notes are mainly about the
 * topic (their first topic), then by id. A deployment group's notes on rollback events put T06
 * before the blue/green topic its own note merely mentions.
 */
export function topicsByRelevance(template: Template, knowledge: KnowledgeBase = KNOWLEDGE): Map<string, string[]> {
  const counts = mainTopicCounts(template, knowledge);
  const byRelevance = (topics: Map<string, number>) => [...topics].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)).map(([id]) => id);
  return new Map([...counts].map(([logicalId, topics]) => [logicalId, byRelevance(topics)]));
}

/** logical ID → every topic its notes name → how many of those notes name it first. */
function mainTopicCounts(template: Template, knowledge: KnowledgeBase): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const place of notedPlaces(template, knowledge)) {
    if (place.logicalId === undefined) continue;
    const topics = counts.get(place.logicalId) ?? new Map<string, number>();
    place.note.topics.forEach((topic, index) => topics.set(topic, (topics.get(topic) ?? 0) + (index === 0 ? 1 : 0)));
    counts.set(place.logicalId, topics);
  }
  return counts;
}

export function resourceTopics(template: Template, logicalId: string, knowledge: KnowledgeBase = KNOWLEDGE): string[] {
  return topicsByResource(template, knowledge).get(logicalId) ?? [];
}

/** At most this many entries in a lens title; a longer list shows one fewer topics and "+N more". */
const LENS_ENTRIES = 3;

/**
 * The topic code lens of a resource: a short title ("Exam: T07 Auto Scaling group · T09 … · +2 more")
 * and a tooltip listing every topic with its full title and section, one a line.
 */
export function topicLens(ids: readonly string[]): { title: string; tooltip: string } {
  const shown = ids.length <= LENS_ENTRIES ? ids : ids.slice(0, LENS_ENTRIES - 1);
  const entries = shown.map((id) => `${id} ${topicOf(id)?.title ?? ''}`.trim());
  if (shown.length < ids.length) entries.push(`+${ids.length - shown.length} more`);
  const lines = ids.map((id) => {
    const topic = topicOf(id);
    return topic ? `${id} ${topic.title} (${topic.section})` : id;
  });
  return { title: `Exam: ${entries.join(' · ')}`, tooltip: ['Exam topics this resource exercises:', ...lines].join('\n') };
}
