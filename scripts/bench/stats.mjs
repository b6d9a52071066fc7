// Small helpers shared by the benchmarks: percentiles, elapsed time, and figures with their targets.

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 50);

/**
 * One benchmark figure. `target` is the upper bound it should stay under (omit for figures
 * reported for information); `met` is then true or false.
 */
export function figure(name, value, unit, { target, note } = {}) {
  const result = { name, value: Number(value.toPrecision(4)), unit };
  if (target !== undefined) Object.assign(result, { target, met: value < target });
  if (note) result.note = note;
  return result;
}

/** A figure that could not be measured, and why. */
export function skipped(name, reason, target, unit) {
  return { name, value: null, unit, skipped: reason, ...(target !== undefined ? { target } : {}) };
}

/** Milliseconds from a process.hrtime.bigint() reading to now. */
export function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
