/**
 * Findings of tracked rules (see Rule.tracked) kept between analyses of one document. After an edit
 * that stays inside one resource, a rule that neither read that resource (by logical id, before or
 * after the edit), nor listed resources of its type (before or after), nor read the whole template
 * finds what it found before, moved by the edit. Any other edit runs every tracked rule again.
 */
import { movedFinding, type Finding } from './findings';
import type { Span } from './model';
import type { EditSince } from './resourceEdit';
import { noReads, type Rule, type RuleReads } from './rules/rule';
import type { Template } from './template';

/** What the last analysis of a document leaves for the next one: each tracked rule's reads and findings. */
export type TrackedState = Map<string, { reads: RuleReads; findings: Finding[] }>;

/** Where the edit since the last analysis lies, when it stays inside one resource. */
interface EditScope {
  start: number;
  oldEnd: number;
  delta: number;
  logicalIds: string[];
  types: string[];
}

export class TrackedFindings {
  private readonly scope: EditScope | undefined;
  private readonly next: TrackedState = new Map();

  constructor(
    private readonly previous: TrackedState | undefined,
    private readonly template: Template,
    since: EditSince,
  ) {
    this.scope = previous && editScope(since);
  }

  /** The rule's findings: the kept ones, moved, when the edit cannot have changed them; else fresh ones. */
  findings(ruleId: string, run: NonNullable<Rule['tracked']>): Finding[] {
    const kept = this.previous?.get(ruleId);
    if (kept && this.scope && unaffected(kept.reads, this.scope)) {
      const moved = movedFindings(kept.findings, this.scope);
      if (moved) {
        this.next.set(ruleId, { reads: kept.reads, findings: moved });
        return moved;
      }
    }
    const reads = noReads();
    const found = run(this.template, reads);
    this.next.set(ruleId, { reads, findings: found });
    return found;
  }

  /** What to keep for the next analysis. */
  get state(): TrackedState {
    return this.next;
  }
}

/**
 * The edit since the last analysis when it lies inside one resource and every other resource is where it
 * was (moved by the edit), under the same name and type: what a rule must not have read to keep its findings.
 */
function editScope({ previous, edit, ranges }: EditSince): EditScope | undefined {
  if (!previous || !edit) return undefined;
  const { index, start, oldEnd, delta } = edit;
  if (index < 0) return { start, oldEnd, delta, logicalIds: [], types: [] };
  const same = (old: (typeof previous.ranges)[number], i: number) => i === index || (old.logicalId === ranges[i].resource.logicalId && old.type === ranges[i].resource.type);
  if (!previous.ranges.every(same)) return undefined;
  const [old, now] = [previous.ranges[index], ranges[index].resource];
  return {
    start,
    oldEnd,
    delta,
    logicalIds: [old.logicalId, now.logicalId],
    types: [old.type, now.type].filter((type): type is string => type !== undefined),
  };
}

function unaffected(reads: RuleReads, scope: EditScope): boolean {
  return !reads.everything && !scope.logicalIds.some((id) => reads.ids.has(id)) && !scope.types.some((type) => reads.types.has(type));
}

/** The findings moved by the edit; undefined when one touches the edited range (it cannot be moved). */
function movedFindings(findings: Finding[], scope: EditScope): Finding[] | undefined {
  const moved: Finding[] = [];
  for (const found of findings) {
    const copy = movedFinding(found, (span) => movedSpan(span, scope));
    if (!copy) return undefined;
    moved.push(copy);
  }
  return moved;
}

function movedSpan(span: Span, scope: EditScope): Span | undefined {
  if (span.end <= scope.start && !(span.end === scope.start && span.start === span.end && scope.oldEnd > scope.start)) return span;
  if (span.start >= scope.oldEnd) return { start: span.start + scope.delta, end: span.end + scope.delta };
  return undefined;
}
