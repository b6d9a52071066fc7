/**
 * Where an edit lies among a template's resources, for the caches that keep findings between analyses
 * (resourceFindings.ts, trackedFindings.ts): an edit inside one resource leaves every other resource's
 * text as it was, only moved.
 */
import { isMap } from './model';
import { holdsAliases } from './parse/yamlParser';
import { resourceDeclarations, sectionOf, type ResourceDeclaration } from './sections';
import type { Template } from './template';
import { changedRange } from './textDiff';

/** A resource from its key to the next resource's key (comments and blank lines after it included). */
export interface ResourceRange {
  resource: ResourceDeclaration;
  start: number;
  end: number;
}

/** One version's text and resource ranges (with each resource's name and type), as a cache keeps them. */
export interface ResourceLayout {
  text: string;
  ranges: ReadonlyArray<{ start: number; end: number; logicalId: string; type: string | undefined }>;
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
  let at = 0;
  return resourceDeclarations(template.root).map((resource) => {
    // The next entry of the section, which may be no resource (an `Fn::Transform` splicing some in).
    while (at < entries.length && entries[at] !== resource.entry) at++;
    const following = entries[++at];
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

/** What the last analysis of a document leaves for the next one to place the edit. */
export interface EditMemory {
  context?: string;
  layout?: ResourceLayout;
}

/** This version's resources, the last version's layout when its context was the same, and the edit between them. */
export interface EditSince {
  ranges: ResourceRange[];
  previous?: ResourceLayout;
  edit?: ResourceEdit;
}

/** Places the edit since the last analysis, and remembers this version for the next one. */
export function editSince(memory: EditMemory, template: Template): EditSince {
  const context = reuseContext(template);
  const previous = context !== undefined && context === memory.context ? memory.layout : undefined;
  const ranges = resourceRanges(template);
  const layout: ResourceLayout = {
    text: template.text,
    ranges: ranges.map(({ resource, start, end }) => ({ start, end, logicalId: resource.logicalId, type: resource.type })),
  };
  memory.context = context;
  memory.layout = layout;
  return previous ? { ranges, previous, edit: editInsideOneResource(previous, layout) } : { ranges };
}

/**
 * Everything a rule may read besides the resources: the template outside `Resources` (its other
 * sections, the lines before the first resource), the format, line endings (fixes write the document's)
 * and what parsing reported. Undefined where aliases share nodes: an edit to an anchor changes what its
 * aliases read in other resources, so nothing is kept.
 */
function reuseContext(template: Template): string | undefined {
  const root = template.root;
  if (root && holdsAliases(root)) return undefined;
  const parts = [template.format, template.text.includes('\r\n') ? 'crlf' : 'lf', ...template.parseFindings.map((found) => `${found.ruleId} ${found.message}`)];
  if (isMap(root)) {
    let resourcesSeen = false;
    for (const entry of root.entries) {
      if (entry.key.value === 'Resources' && !resourcesSeen && isMap(entry.value)) {
        resourcesSeen = true;
        const first = entry.value.entries[0];
        parts.push(template.text.slice(entry.span.start, first ? first.span.start : entry.span.end));
      } else {
        parts.push(template.text.slice(entry.span.start, entry.span.end));
      }
    }
  }
  return parts.join('\u0000');
}
