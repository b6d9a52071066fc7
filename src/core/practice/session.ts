/**
 * Choosing a practice round: the questions in scope (a topic, a domain, one template, the weakest
 * topics), questions due for review first, then new ones spread over kinds and topics, then the rest
 * by how soon they fall due.
 */
import type { DomainId } from '../knowledge/note';
import { cardOf, isDue, type PracticeRecord } from './leitner';
import { shuffled } from './random';
import { weakestTopics } from './scores';
import type { Question, TemplateQuestion } from './types';

export type RoundScope =
  | { kind: 'topic'; topic: string }
  | { kind: 'domain'; domain: DomainId }
  | { kind: 'template'; uri: string }
  | { kind: 'weakest' }
  | { kind: 'all' };

export interface RoundRequest {
  scope: RoundScope;
  size: number;
  now: number;
  random: () => number;
}

export interface Round {
  questions: Question[];
  /** The topics a 'weakest' round practises. */
  topics?: string[];
}

/** How many of the weakest topics a round draws on. */
export const WEAKEST_TOPIC_COUNT = 3;

export function chooseRound(pool: readonly Question[], record: PracticeRecord, request: RoundRequest): Round {
  const { scope, size, now, random } = request;
  const topics = scope.kind === 'weakest' ? weakestTopics(record, shuffled(poolTopics(pool), random), WEAKEST_TOPIC_COUNT) : undefined;
  const inScope = pool.filter((question) => matches(question, scope, topics));
  const due: Question[] = [];
  const fresh: Question[] = [];
  const later: Question[] = [];
  for (const question of inScope) {
    const card = cardOf(record, question.id);
    (card === undefined ? fresh : isDue(card, now) ? due : later).push(question);
  }
  const byBox = (a: Question, b: Question) => cardOf(record, a.id)!.box - cardOf(record, b.id)!.box || cardOf(record, a.id)!.due - cardOf(record, b.id)!.due;
  const byDue = (a: Question, b: Question) => cardOf(record, a.id)!.due - cardOf(record, b.id)!.due;
  const ordered = [...shuffled(due, random).sort(byBox), ...spread(fresh, random), ...shuffled(later, random).sort(byDue)];
  const questions = shuffled(ordered.slice(0, Math.max(0, size)), random);
  return topics ? { questions, topics } : { questions };
}

function matches(question: Question, scope: RoundScope, weakest: readonly string[] | undefined): boolean {
  switch (scope.kind) {
    case 'topic':
      return question.topics.includes(scope.topic);
    case 'domain':
      return question.domain === scope.domain;
    case 'template':
      return (question as TemplateQuestion).uri === scope.uri;
    case 'weakest':
      return question.topics.some((topic) => weakest!.includes(topic));
    case 'all':
      return true;
  }
}

/** Topics the pool has questions for, in topic order. */
export function poolTopics(pool: readonly Question[]): string[] {
  return [...new Set(pool.flatMap((question) => question.topics))].sort();
}

/** Round-robin over groups (a generated kind, or a bank question's main topic), each group shuffled. */
function spread(questions: readonly Question[], random: () => number): Question[] {
  const groups = new Map<string, Question[]>();
  for (const question of shuffled(questions, random)) {
    const key = (question as TemplateQuestion).kind ?? `topic:${question.topics[0]}`;
    groups.set(key, [...(groups.get(key) ?? []), question]);
  }
  const lists = shuffled([...groups.values()], random);
  const result: Question[] = [];
  for (let index = 0; result.length < questions.length; index++) {
    for (const list of lists) if (index < list.length) result.push(list[index]);
  }
  return result;
}

/** Right only when exactly the right options are chosen (no partial credit, as on the exam). */
export function isCorrect(question: Question, chosen: readonly string[]): boolean {
  const picked = new Set(chosen);
  return picked.size === question.answers.length && question.answers.every((answer) => picked.has(answer));
}
