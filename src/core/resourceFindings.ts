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
import { columnOf, editInsideOneResource, resourceRanges, type ResourceRange } from './resourceEdit';
import type { ResourceDeclaration } from './sections';
import type { Template } from './template';
import type { TrackedState } from './trackedFindings';

/** A rule's findings about one resource, at the positions they had when the resource started at `at`. */
interface KeptFindings {
  at: number;
  findings: Finding[];
}

/** The resources of the last analysis: where each lay and, by rule id, what the rule found in each. */
interface KeptResources {
  text: string;
  ranges: Array<{ start: number; end: number }>;
  byRule: Map<string, Array<KeptFindings | undefined>>;
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

const NOTHING: KeptFindings = { at: -1, findings: [] };

/** One analysis's view of the cache: reads what the last analysis kept, keeps what this one uses. */
export class ResourceFindings {
  private readonly ranges: ResourceRange[];
  /** For each resource, the index of the same resource in the last analysis (-1: none, check it). */
  private readonly previousIndex: Int32Array;
  private readonly previous: KeptResources | undefined;
  private readonly next = new Map<string, Array<KeptFindings | undefined>>();
  private readonly logicalIdsChanged: boolean;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly template: Template,
  ) {
    const context = contextOf(template);
    // Where aliases share nodes, a resource's findings can change with another resource's text.
    const reusable = cache.context === context && !(template.root && holdsAliases(template.root));
    cache.context = context;
    this.ranges = resourceRanges(template);
    const logicalIds = this.ranges.map((range) => range.resource.logicalId).join('\u0000');
    this.logicalIdsChanged = logicalIds !== cache.logicalIds;
    cache.logicalIds = logicalIds;
    this.previous = reusable ? cache.resources : undefined;
    this.previousIndex = this.previous
      ? (sameByPosition(this.previous, template.text, this.ranges) ?? sameByText(this.previous, template.text, this.ranges))
      : new Int32Array(this.ranges.length).fill(-1);
  }

  /** What `check` finds in every resource, in source order: the kept findings (moved where their resource moved) or fresh ones. */
  ruleFindings(ruleId: string, check: (resource: ResourceDeclaration) => Finding[], readsLogicalIds = false): Finding[] {
    const before = readsLogicalIds && this.logicalIdsChanged ? undefined : this.previous?.byRule.get(ruleId);
    const kept = new Array<KeptFindings | undefined>(this.ranges.length);
    const all: Finding[] = [];
    for (let i = 0; i < this.ranges.length; i++) {
      const { resource, start, end } = this.ranges[i];
      const old = before && this.previousIndex[i] >= 0 ? before[this.previousIndex[i]] : undefined;
      let entry: KeptFindings | undefined;
      if (old) entry = old.findings.length === 0 || old.at === start ? old : { at: start, findings: old.findings.map((one) => moved(one, start - old.at)) };
      else {
        const found = check(resource);
        if (found.length === 0) entry = NOTHING;
        else if (found.every((one) => within(one, start, end))) entry = { at: start, findings: found };
        else all.push(...found);
      }
      kept[i] = entry;
      if (entry && entry.findings.length > 0) all.push(...entry.findings);
    }
    this.next.set(ruleId, kept);
    return all;
  }

  /** Keeps what this analysis used, for the next one. */
  commit(): void {
    this.cache.resources = { text: this.template.text, ranges: this.ranges.map(({ start, end }) => ({ start, end })), byRule: this.next };
  }
}

/**
 * After an edit inside one resource: each resource's index in the last analysis, -1 for the edited one;
 * undefined after any other edit.
 */
function sameByPosition(previous: KeptResources, text: string, ranges: ResourceRange[]): Int32Array | undefined {
  const edit = editInsideOneResource(previous, { text, ranges });
  if (!edit) return undefined;
  const same = new Int32Array(ranges.length);
  for (let i = 0; i < same.length; i++) same[i] = i === edit.index ? -1 : i;
  return same;
}

/** Each resource's index in the last analysis when a resource there had the same text (with its key's column), else -1. */
function sameByText(previous: KeptResources, text: string, ranges: ResourceRange[]): Int32Array {
  const byKey = new Map<string, number>();
  previous.ranges.forEach((range, i) => byKey.set(slotKey(previous.text, range.start, range.end), i));
  const same = new Int32Array(ranges.length).fill(-1);
  ranges.forEach(({ start, end }, i) => {
    same[i] = byKey.get(slotKey(text, start, end)) ?? -1;
  });
  return same;
}

function slotKey(text: string, start: number, end: number): string {
  return `${columnOf(text, start)}\u0000${text.slice(start, end)}`;
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
