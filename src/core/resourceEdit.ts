/**
 * Where an edit lies among a template's resources, for the caches that keep findings between analyses
 * (resourceFindings.ts, trackedFindings.ts): an edit inside one resource leaves every other resource's
 * text as it was, only moved.
 */
import { resourceDeclarations, sectionOf, type ResourceDeclaration } from './sections';
import type { Template } from './template';
import { changedRange } from './textDiff';

/** A resource from its key to the next resource's key (comments and blank lines after it included). */
export interface ResourceRange {
  resource: ResourceDeclaration;
  start: number;
  end: number;
}

/** One version's text and resource ranges, as a cache keeps them. */
export interface ResourceLayout {
  text: string;
  ranges: ReadonlyArray<{ start: number; end: number }>;
}

/** An edit inside one resource: which one (-1 when the text did not change) and the range it replaced. */
export interface ResourceEdit {
  index: number;
  start: number;
  oldEnd: number;
  delta: number;
}

export function resourceRanges(template: Template): ResourceRange[] {
  const entries = sectionOf(template.root, 'Resources')?.entries ?? [];
  return resourceDeclarations(template.root).map((resource, i) => {
    const following = entries[i + 1];
    const end = following && following.span.start >= resource.entry.span.end ? following.span.start : resource.entry.span.end;
    return { resource, start: resource.entry.span.start, end };
  });
}

/**
 * The edit from `before` to `after` when it lies inside one resource's range and every other resource
 * lies where it lay (moved by the edit), the next resource's key in the same column; else undefined.
 */
export function editInsideOneResource(before: ResourceLayout, after: ResourceLayout): ResourceEdit | undefined {
  const [old, now] = [before.ranges, after.ranges];
  if (old.length !== now.length) return undefined;
  const { start, oldEnd, newEnd } = changedRange(before.text, after.text);
  const delta = newEnd - oldEnd;
  if (start === oldEnd && delta === 0) return { index: -1, start, oldEnd, delta };
  const index = old.findIndex((range) => range.start <= start && oldEnd <= range.end);
  if (index < 0 || !(now[index].start <= start && newEnd <= now[index].end)) return undefined;
  for (let i = 0; i < now.length; i++) {
    const shift = i < index ? 0 : delta;
    if (i !== index && (now[i].start !== old[i].start + shift || now[i].end !== old[i].end + shift)) return undefined;
  }
  // The indentation before the next resource's key lies in the edited range.
  const next = index + 1;
  if (next < now.length && columnOf(after.text, now[next].start) !== columnOf(before.text, old[next].start)) return undefined;
  return { index, start, oldEnd, delta };
}

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
