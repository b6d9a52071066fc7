/**
 * Findings of per-resource rules (see PerResource in rules/rule.ts) kept between analyses of one
 * document, so a resource an edit left alone (or only moved) is not checked again. After an edit inside
 * one resource every other resource keeps its findings by position; after any other edit a resource
 * keeps them when its text (from its key to the next resource's key, with the key's column) is one the
 * last analysis saw. Everything else the rules may read, the template outside `Resources` and the
 * document's style, is the context: when it changes, nothing is reused.
 */
import { movedFinding, type Finding } from './findings';
import { columnOf, type EditMemory, type EditSince, type ResourceLayout, type ResourceRange } from './resourceEdit';
import type { ResourceDeclaration } from './sections';
import type { TrackedState } from './trackedFindings';

/** A rule's findings about one resource, at the positions they had when the resource started at `at`. */
interface KeptFindings {
  at: number;
  findings: readonly Finding[];
}

/** By rule id, what the rule found in each resource of the last analysis (by its index there). */
type KeptByRule = Map<string, Array<KeptFindings | undefined>>;

/** What one document's analyses keep between edits: where the last version's resources lay (EditMemory), and findings. */
export interface AnalysisCache extends EditMemory {
  perResource?: KeptByRule;
  /**
   * The logical ids the template declared, with their types (and the text of the resources others read), for rules
   * whose findings depend on them (PerResource.readsLogicalIds).
   */
  logicalIds?: string;
  /** The findings of tracked rules and what each read (trackedFindings.ts). */
  tracked?: TrackedState;
}

export function createAnalysisCache(): AnalysisCache {
  return {};
}

const NOTHING: KeptFindings = { at: -1, findings: [] };

/**
 * Resources whose content other resources' checks read (what a secret is created with: a dynamic reference to it
 * gives that value): their text joins the logical ids, so a change to one is a change for those checks.
 */
const READ_BY_OTHERS = new Set(['AWS::SecretsManager::Secret']);

function readByOthers({ resource, start, end }: ResourceRange, text: string): string {
  return resource.type !== undefined && READ_BY_OTHERS.has(resource.type) ? `\u0001${text.slice(start, end)}` : '';
}

/** One analysis's view of the cache: reads what the last analysis kept, keeps what this one uses. */
export class ResourceFindings {
  private readonly ranges: ResourceRange[];
  /** For each resource, the index of the same resource in the last analysis (-1: none, check it). */
  private readonly previousIndex: Int32Array;
  private readonly previous: KeptByRule | undefined;
  private readonly next: KeptByRule = new Map();
  private readonly logicalIdsChanged: boolean;

  constructor(
    private readonly cache: AnalysisCache,
    { ranges, previous, edit }: EditSince,
    text: string,
  ) {
    this.ranges = ranges;
    const logicalIds = ranges.map((range) => `${range.resource.logicalId}\u0001${range.resource.type ?? ''}${readByOthers(range, text)}`).join('\u0000');
    this.logicalIdsChanged = logicalIds !== cache.logicalIds;
    cache.logicalIds = logicalIds;
    this.previous = previous && cache.perResource;
    if (!previous) this.previousIndex = new Int32Array(ranges.length).fill(-1);
    else if (edit) this.previousIndex = Int32Array.from(ranges, (_, i) => (i === edit.index ? -1 : i));
    else this.previousIndex = sameByText(previous, text, ranges);
  }

  /** What `check` finds in every resource, in source order: the kept findings (moved where their resource moved) or fresh ones. */
  ruleFindings(ruleId: string, check: (resource: ResourceDeclaration) => readonly Finding[], readsLogicalIds = false): Finding[] {
    const before = readsLogicalIds && this.logicalIdsChanged ? undefined : this.previous?.get(ruleId);
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

  /** Keeps what this analysis found, for the next one. */
  commit(): void {
    this.cache.perResource = this.next;
  }
}

/** Each resource's index in the last analysis when a resource there had the same text (with its key's column), else -1. */
function sameByText(previous: ResourceLayout, text: string, ranges: ResourceRange[]): Int32Array {
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

function within(found: Finding, start: number, end: number): boolean {
  const inside = (span: { start: number; end: number }) => span.start >= start && span.end <= end;
  return inside(found.span) && (found.fixes ?? []).every((fix) => fix.edits.every((edit) => inside(edit.span)));
}

function moved(found: Finding, delta: number): Finding {
  return movedFinding(found, (span) => ({ start: span.start + delta, end: span.end + delta }))!;
}
