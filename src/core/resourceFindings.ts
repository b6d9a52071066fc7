/**
 * Findings of per-resource rules (see PerResource in rules/rule.ts) kept between analyses of one
 * document, so a resource an edit left alone (or only moved) is not checked again. After an edit inside
 * one resource every other resource keeps its findings by position; after any other edit a resource
 * keeps them when its text (from its key to the next resource's key, with the key's column) is one the
 * last analysis saw. Everything else the rules may read, the template outside `Resources` and the
 * document's style, is the context: when it changes, nothing is reused.
 */
import type { Finding, Fix } from './findings';
import { isMap } from './model';
import { holdsAliases } from './parse/yamlParser';
import { resourceDeclarations, sectionOf, type ResourceDeclaration } from './sections';
import type { Template } from './template';
import { changedRange } from './textDiff';
import type { TrackedState } from './trackedFindings';

/** A rule's findings about one resource, at the positions they had when the resource started at `at`. */
interface KeptFindings {
  at: number;
  findings: Finding[];
}

type ByRule = Map<string, KeptFindings>;

/** The resources of the last analysis: where each lay and what each rule found in it. */
interface KeptResources {
  text: string;
  slots: Array<{ start: number; end: number; byRule: ByRule }>;
}

/** What one document's analyses keep between edits. */
export interface AnalysisCache {
  context?: string;
  resources?: KeptResources;
  /** The logical ids the template declared, for rules whose findings depend on them (PerResource.readsLogicalIds). */
  logicalIds?: string;
  /** The findings of tracked rules and what each read (trackedFindings.ts). */
  tracked?: TrackedState;
}

export function createAnalysisCache(): AnalysisCache {
  return {};
}

/** One resource of this analysis: from its key to the next resource's key, and its kept findings by rule id. */
interface Slot {
  resource: ResourceDeclaration;
  start: number;
  end: number;
  byRule: ByRule;
}

const NONE: Finding[] = [];

/** One analysis's view of the cache: reads what the last analysis kept, keeps what this one uses. */
export class ResourceFindings {
  private readonly slots: Slot[];
  private readonly logicalIdsChanged: boolean;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly template: Template,
  ) {
    const context = contextOf(template);
    // Where aliases share nodes, a resource's findings can change with another resource's text.
    const reusable = cache.context === context && !(template.root && holdsAliases(template.root));
    cache.context = context;
    const resources = resourceDeclarations(template.root);
    const logicalIds = resources.map((resource) => resource.logicalId).join('\u0000');
    this.logicalIdsChanged = logicalIds !== cache.logicalIds;
    cache.logicalIds = logicalIds;
    const ranges = slotRanges(template, resources);
    const previous = reusable ? cache.resources : undefined;
    const kept = previous ? (keptByPosition(previous, template.text, ranges) ?? keptByText(previous, template.text, ranges)) : [];
    this.slots = ranges.map((range, i) => ({ ...range, byRule: kept[i] ?? new Map() }));
  }

  /** The resources of the template, in source order. */
  get resourceCount(): number {
    return this.slots.length;
  }

  /** The findings of `check` for the resource at `index`: the kept ones moved to where it now is, or fresh ones. */
  findings(ruleId: string, index: number, check: (resource: ResourceDeclaration) => Finding[], readsLogicalIds = false): Finding[] {
    const slot = this.slots[index];
    const kept = readsLogicalIds && this.logicalIdsChanged ? undefined : slot.byRule.get(ruleId);
    if (kept) {
      if (kept.at !== slot.start) {
        kept.findings = kept.findings.map((one) => moved(one, slot.start - kept.at));
        kept.at = slot.start;
      }
      return kept.findings;
    }
    const found = check(slot.resource);
    if (found.length === 0) slot.byRule.set(ruleId, { at: slot.start, findings: NONE });
    else if (found.every((one) => within(one, slot.start, slot.end))) slot.byRule.set(ruleId, { at: slot.start, findings: found });
    else slot.byRule.delete(ruleId);
    return found;
  }

  /** Keeps what this analysis used, for the next one. */
  commit(): void {
    this.cache.resources = { text: this.template.text, slots: this.slots.map(({ start, end, byRule }) => ({ start, end, byRule })) };
  }
}

/** Each resource from its key to the next resource's key (comments and blank lines after it included). */
function slotRanges(template: Template, resources: readonly ResourceDeclaration[]): Array<{ resource: ResourceDeclaration; start: number; end: number }> {
  const entries = sectionOf(template.root, 'Resources')?.entries ?? [];
  return resources.map((resource, i) => {
    const following = entries[i + 1];
    const end = following && following.span.start >= resource.entry.span.end ? following.span.start : resource.entry.span.end;
    return { resource, start: resource.entry.span.start, end };
  });
}

/**
 * When the text changed inside one resource's range only, and every other resource lies where it lay
 * (moved by the edit) with its key in the same column: the kept findings of every other resource.
 */
function keptByPosition(previous: KeptResources, text: string, ranges: Array<{ start: number; end: number }>): Array<ByRule | undefined> | undefined {
  const before = previous.slots;
  if (before.length !== ranges.length) return undefined;
  const { start, oldEnd, newEnd } = changedRange(previous.text, text);
  const delta = newEnd - oldEnd;
  if (start === oldEnd && delta === 0) return before.map((slot) => slot.byRule);
  const edited = before.findIndex((slot) => slot.start <= start && oldEnd <= slot.end);
  if (edited < 0 || !(ranges[edited].start <= start && newEnd <= ranges[edited].end)) return undefined;
  for (let i = 0; i < ranges.length; i++) {
    const shift = i < edited ? 0 : delta;
    if (i !== edited && (ranges[i].start !== before[i].start + shift || ranges[i].end !== before[i].end + shift)) return undefined;
  }
  // The indentation before the next resource's key lies in the edited range.
  const next = edited + 1;
  if (next < ranges.length && columnOf(text, ranges[next].start) !== columnOf(previous.text, before[next].start)) return undefined;
  return before.map((slot, i) => (i === edited ? undefined : slot.byRule));
}

/** The kept findings of each resource whose text (with its key's column) the last analysis saw. */
function keptByText(previous: KeptResources, text: string, ranges: Array<{ start: number; end: number }>): Array<ByRule | undefined> {
  const byKey = new Map<string, ByRule>();
  for (const slot of previous.slots) byKey.set(slotKey(previous.text, slot.start, slot.end), slot.byRule);
  const used = new Set<ByRule>();
  return ranges.map(({ start, end }) => {
    const kept = byKey.get(slotKey(text, start, end));
    // Two resources with the same text share nothing: the second starts afresh.
    if (!kept || used.has(kept)) return undefined;
    used.add(kept);
    return kept;
  });
}

function slotKey(text: string, start: number, end: number): string {
  return `${columnOf(text, start)}\u0000${text.slice(start, end)}`;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * The template outside `Resources` (its other sections, the lines before the first resource), the
 * format, line endings and what parsing reported: anything a per-resource rule may read besides the resource.
 */
function contextOf(template: Template): string {
  const root = template.root;
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

function within(found: Finding, start: number, end: number): boolean {
  const inside = (span: { start: number; end: number }) => span.start >= start && span.end <= end;
  return inside(found.span) && (found.fixes ?? []).every((fix) => fix.edits.every((edit) => inside(edit.span)));
}

function moved(found: Finding, delta: number): Finding {
  const shift = (span: { start: number; end: number }) => ({ start: span.start + delta, end: span.end + delta });
  const copy: Finding = { ...found, span: shift(found.span) };
  if (found.fixes) copy.fixes = found.fixes.map((fix): Fix => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: shift(edit.span) })) }));
  return copy;
}
