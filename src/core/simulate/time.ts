/** Time bounds: adding them up and saying them in words. */
import { describeSeconds, durationSeconds } from '../rules/catalogue/support/durations';
import type { TimeBounds } from './types';

export { durationSeconds };

export const ZERO: TimeBounds = { min: 0, max: 0 };

/** Exactly this long. */
export function exactly(seconds: number): TimeBounds {
  return { min: seconds, max: seconds };
}

/** Anything from nothing up to this long (a timeout). */
export function upTo(seconds: number): TimeBounds {
  return { min: 0, max: seconds };
}

/** At least this long, with no upper bound in the template. */
export function atLeast(seconds: number): TimeBounds {
  return { min: seconds };
}

export function add(a: TimeBounds, b: TimeBounds): TimeBounds {
  return a.max === undefined || b.max === undefined ? { min: a.min + b.min } : { min: a.min + b.min, max: a.max + b.max };
}

export function sum(bounds: readonly TimeBounds[]): TimeBounds {
  return bounds.reduce(add, ZERO);
}

/** "5 min", "30 s", "1 h 30 min". */
export function formatSeconds(seconds: number): string {
  return describeSeconds(Math.round(seconds));
}

/** "5 min", "up to 10 min", "2–10 min", "at least 5 min", "not bounded". */
export function formatBounds(bounds: TimeBounds): string {
  if (bounds.max === undefined) return bounds.min > 0 ? `at least ${formatSeconds(bounds.min)}` : 'not bounded by the template';
  if (bounds.max === bounds.min) return formatSeconds(bounds.min);
  if (bounds.min === 0) return `up to ${formatSeconds(bounds.max)}`;
  return `${formatSeconds(bounds.min)} to ${formatSeconds(bounds.max)}`;
}

export function minutes(count: number): number {
  return count * 60;
}
