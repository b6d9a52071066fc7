import type { DomainId } from './note';
import { TOPIC_TITLES } from './topicTitles';
import data from './topics.json';

/** An exam topic as exam-topics.md describes it (topics.json is generated from it by scripts/topics.mjs). */
export interface Topic {
  id: string;
  /** A few words (topicTitles.ts), the same wherever the topic is named. */
  title: string;
  /** The exam-topics.md section, e.g. "Auto Scaling". */
  section: string;
  text: string;
}

export interface Domain {
  id: DomainId;
  name: string;
  /** Share of the exam in percent. */
  weight: number;
}

const TOPICS: ReadonlyMap<string, Topic> = new Map(
  Object.entries(data.topics).map(([id, topic]) => [id, { id, title: TOPIC_TITLES[id] ?? topic.title, section: topic.section, text: topic.text }]),
);

export function topicOf(id: string): Topic | undefined {
  return TOPICS.get(id);
}

export function allTopics(): Topic[] {
  return [...TOPICS.values()];
}

export function domainOf(id: DomainId): Domain {
  const domain = data.domains[id];
  return { id, name: domain.name, weight: domain.weight };
}
