/** Where two versions of a text differ, found fast enough to run on every keystroke in a large file. */

export interface ChangedRange {
  /** Where the change starts (the common prefix's length). */
  start: number;
  /** Where it ends in the old text and in the new one (the common suffix left out). */
  oldEnd: number;
  newEnd: number;
}

// Comparing slices a block at a time lets the engine compare memory instead of one character per step.
const BLOCK = 512;

/** The range of `before` that `after` replaces: everything but their common prefix and suffix. */
export function changedRange(before: string, after: string): ChangedRange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = shorter - start;
  let suffix = 0;
  while (suffix + BLOCK <= room && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) {
    suffix += BLOCK;
  }
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}
