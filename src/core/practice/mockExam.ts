/**
 * A mock exam in the shape of the real one: 75 questions spread over the domains by their weights,
 * 10 of them unscored (chosen at random, not shown until the end), 180 minutes, and a result on the
 * scaled score with the domains broken down.
 */
import { domainOf } from '../knowledge/topics';
import type { DomainId } from '../knowledge/note';
import { EXAM, estimatedScaledScore } from './examFacts';
import { shuffled } from './random';
import { isCorrect } from './session';
import type { Question } from './types';

const DOMAINS: readonly DomainId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];

export interface MockExam {
  questions: Question[];
  /** Ids of the questions that do not count, as on the real exam. */
  unscored: string[];
  startedAt: number;
  /** When time is up (ms since the epoch). */
  deadline: number;
}

export interface DomainResult {
  domain: DomainId;
  name: string;
  weight: number;
  right: number;
  total: number;
}

export interface MockResult {
  right: number;
  scored: number;
  answered: number;
  scaledScore: number;
  passed: boolean;
  domains: DomainResult[];
}

/** How many questions each domain gets out of `total`, by weight (largest remainders get the rest). */
export function domainQuotas(total: number): Map<DomainId, number> {
  const exact = DOMAINS.map((domain) => ({ domain, share: (total * domainOf(domain).weight) / 100 }));
  const quotas = new Map(exact.map(({ domain, share }) => [domain, Math.floor(share)]));
  let left = total - [...quotas.values()].reduce((sum, count) => sum + count, 0);
  for (const { domain } of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1) || DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain))) {
    if (left-- <= 0) break;
    quotas.set(domain, quotas.get(domain)! + 1);
  }
  return quotas;
}

/**
 * 75 questions by domain weight, from `preferred` first (the bank) and then `fallback` (questions from
 * the student's templates); fewer when both together hold fewer. The unscored share is kept (10 of 75).
 */
export function composeMockExam(preferred: readonly Question[], fallback: readonly Question[], now: number, random: () => number): MockExam {
  const quotas = domainQuotas(EXAM.questions);
  const chosen: Question[] = [];
  const taken = new Set<string>();
  for (const domain of DOMAINS) {
    const candidates = [...shuffled(preferred, random), ...shuffled(fallback, random)].filter((question) => question.domain === domain && !taken.has(question.id));
    for (const question of candidates.slice(0, quotas.get(domain))) {
      chosen.push(question);
      taken.add(question.id);
    }
  }
  // Domains short of questions: fill from whatever is left, so the exam still has 75 when the pool does.
  const rest = [...shuffled(preferred, random), ...shuffled(fallback, random)].filter((question) => !taken.has(question.id));
  chosen.push(...rest.slice(0, EXAM.questions - chosen.length));
  const questions = shuffled(chosen, random);
  const unscoredCount = Math.round((questions.length * EXAM.unscoredQuestions) / EXAM.questions);
  const unscored = shuffled(questions, random).slice(0, unscoredCount).map((question) => question.id);
  return { questions, unscored, startedAt: now, deadline: now + EXAM.minutes * 60_000 };
}

/** The result: unanswered questions count as wrong, unscored ones not at all. */
export function scoreMockExam(exam: MockExam, answers: ReadonlyMap<string, readonly string[]>): MockResult {
  const unscored = new Set(exam.unscored);
  const scored = exam.questions.filter((question) => !unscored.has(question.id));
  const rightIds = new Set(scored.filter((question) => isCorrect(question, answers.get(question.id) ?? [])).map((question) => question.id));
  const domains = DOMAINS.map((domain): DomainResult => {
    const inDomain = scored.filter((question) => question.domain === domain);
    const { name, weight } = domainOf(domain);
    return { domain, name, weight, right: inDomain.filter((question) => rightIds.has(question.id)).length, total: inDomain.length };
  });
  const scaledScore = estimatedScaledScore(rightIds.size, scored.length);
  return {
    right: rightIds.size,
    scored: scored.length,
    answered: exam.questions.filter((question) => (answers.get(question.id) ?? []).length > 0).length,
    scaledScore,
    passed: scaledScore >= EXAM.passingScore,
    domains,
  };
}
