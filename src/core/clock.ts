/**
 * Today's date, as rules that depend on it (Lambda runtime deprecation, retired services) read it.
 * Tests fix it with `setToday`; everything else gets the real date.
 */
let fixed: string | undefined;

/** Today as YYYY-MM-DD (UTC), comparable as text with the dates of the registry data. */
export function today(): string {
  return fixed ?? new Date().toISOString().slice(0, 10);
}

/** Fixes today's date (YYYY-MM-DD) for tests; undefined restores the real one. */
export function setToday(date: string | undefined): void {
  fixed = date;
}
