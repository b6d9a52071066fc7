import type { DomainId } from '../knowledge';
import { allTopics, domainOf, type Domain } from '../knowledge';
import data from '../knowledge/topics.json';

/** An exam topic with the exam domains it belongs to (topics.json, generated from exam-topics.md). */
export interface StudyTopic {
  id: string;
  title: string;
  section: string;
  domains: DomainId[];
}

export const DOMAIN_IDS: readonly DomainId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];

const TOPIC_DOMAINS: Readonly<Record<string, { domains: string[] }>> = data.topics;

/** Every topic, T01 first, with its domains. */
export function studyTopics(): StudyTopic[] {
  return allTopics()
    .map((topic) => ({
      id: topic.id,
      title: topic.title,
      section: topic.section,
      domains: (TOPIC_DOMAINS[topic.id]?.domains ?? []) as DomainId[],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The six exam domains with their weights, D1 first. */
export function studyDomains(): Domain[] {
  return DOMAIN_IDS.map(domainOf);
}
