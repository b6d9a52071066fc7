/**
 * Spaced repetition with Leitner boxes: a new question starts in box 1; answered right it moves up a
 * box and comes back later; answered wrong it goes back to box 1, due at once. The record is plain data, kept by the
 * extension in its global storage.
 */
import type { DomainId } from '../knowledge/note';
import type { Question } from './types';

export const BOX_COUNT = 5;
/** Days until a question in box 1…5 is due again. */
export const BOX_INTERVAL_DAYS: readonly number[] = [0, 1, 3, 7, 14];
const DAY_MS = 86_400_000;

export interface CardRecord {
  /** 1…BOX_COUNT. */
  box: number;
  /** When it is due again (ms since the epoch). */
  due: number;
  right: number;
  wrong: number;
  /** Copied from the question, so scores by topic and domain survive the question going away. */
  topics: string[];
  domain: DomainId;
}

export interface PracticeRecord {
  cards: Record<string, CardRecord>;
}

export function emptyRecord(): PracticeRecord {
  return { cards: {} };
}

/** The record after one answer (a new record; the old one is not changed). */
export function recordAnswer(record: PracticeRecord, question: Question, correct: boolean, now: number): PracticeRecord {
  const card = Object.hasOwn(record.cards, question.id) ? record.cards[question.id] : undefined;
  const box = correct ? Math.min(BOX_COUNT, (card?.box ?? 1) + 1) : 1;
  const next: CardRecord = {
    box,
    due: now + BOX_INTERVAL_DAYS[box - 1] * DAY_MS,
    right: (card?.right ?? 0) + (correct ? 1 : 0),
    wrong: (card?.wrong ?? 0) + (correct ? 0 : 1),
    topics: [...question.topics],
    domain: question.domain,
  };
  return { cards: { ...record.cards, [question.id]: next } };
}

export function cardOf(record: PracticeRecord, id: string): CardRecord | undefined {
  return Object.hasOwn(record.cards, id) ? record.cards[id] : undefined;
}

export function isDue(card: CardRecord, now: number): boolean {
  return card.due <= now;
}

/** How many questions sit in each box (index 0 is box 1). */
export function boxCounts(record: PracticeRecord): number[] {
  const counts = new Array<number>(BOX_COUNT).fill(0);
  for (const card of Object.values(record.cards)) counts[card.box - 1] += 1;
  return counts;
}

/**
 * A record read back from storage, with anything malformed dropped: storage written by another
 * version of the extension, or edited by hand, never breaks the panel.
 */
export function parseRecord(value: unknown): PracticeRecord {
  const cards: Record<string, CardRecord> = {};
  const raw = typeof value === 'object' && value !== null ? (value as { cards?: unknown }).cards : undefined;
  if (typeof raw !== 'object' || raw === null) return { cards };
  for (const [id, card] of Object.entries(raw)) {
    if (isCard(card)) cards[id] = { box: card.box, due: card.due, right: card.right, wrong: card.wrong, topics: [...card.topics], domain: card.domain };
  }
  return { cards };
}

function isCard(value: unknown): value is CardRecord {
  const card = value as CardRecord;
  return (
    typeof value === 'object' && value !== null &&
    Number.isInteger(card.box) && card.box >= 1 && card.box <= BOX_COUNT &&
    [card.due, card.right, card.wrong].every((number) => typeof number === 'number' && Number.isFinite(number)) &&
    Array.isArray(card.topics) && card.topics.every((topic) => typeof topic === 'string') &&
    /^D[1-6]$/.test(String(card.domain))
  );
}
