/**
 * Today's date, as rules that depend on it (Lambda runtime deprecation, retired services) read it.
 * Tests fix it with `setToday`; everything else gets the real date.
 */
let fixed: string | undefined;

/** The real date and when it was read: formatting a date on every call cost a lint more than the rules that ask. */
let read = { date: '', at: -Infinity };
const REREAD_MS = 60_000;

/** Today as YYYY-MM-DD (UTC), comparable as text with the dates of the registry data. */
export function today(): string {
  if (fixed !== undefined) return fixed;
  const now = Date.now();
  if (now - read.at >= REREAD_MS || now < read.at) read = { date: new Date(now).toISOString().slice(0, 10), at: now };
  return read.date;
}

/** Fixes today's date (YYYY-MM-DD) for tests; undefined restores the real one. */
export function setToday(date: string | undefined): void {
  fixed = date;
}
