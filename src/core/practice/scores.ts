/** Practice scores by topic and by domain, from the Leitner record, and the weakest topics. */
import type { DomainId } from '../knowledge/note';
import type { PracticeRecord } from './leitner';

export interface Score {
  right: number;
  total: number;
}

/** Answers to questions of each topic (a question with two topics counts for both). */
export function topicScores(record: PracticeRecord): Map<string, Score> {
  const scores = new Map<string, Score>();
  for (const card of Object.values(record.cards)) {
    for (const topic of card.topics) add(scores, topic, card.right, card.wrong);
  }
  return scores;
}

export function domainScores(record: PracticeRecord): Map<DomainId, Score> {
  const scores = new Map<DomainId, Score>();
  for (const card of Object.values(record.cards)) add(scores, card.domain, card.right, card.wrong);
  return scores;
}

function add<K>(scores: Map<K, Score>, key: K, right: number, wrong: number): void {
  const score = scores.get(key) ?? { right: 0, total: 0 };
  scores.set(key, { right: score.right + right, total: score.total + right + wrong });
}

/**
 * The `count` topics of `candidates` with the lowest estimated share of right answers: (right + 1) ÷
 * (answers + 2), so a topic never practised counts as 50% and one wrong answer does not outweigh
 * ten right ones. Ties go to the topic with fewer answers, then in the order given.
 */
export function weakestTopics(record: PracticeRecord, candidates: readonly string[], count = 3): string[] {
  const scores = topicScores(record);
  const estimate = (topic: string) => {
    const score = scores.get(topic) ?? { right: 0, total: 0 };
    return { topic, share: (score.right + 1) / (score.total + 2), total: score.total };
  };
  return candidates
    .map(estimate)
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => a.share - b.share || a.total - b.total || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.topic);
}
