/**
 * Findings of tracked rules (see Rule.tracked) kept between analyses of one document. After an edit
 * that stays inside one resource, a rule that neither read that resource (by logical id, before or
 * after the edit), nor listed resources of its type (before or after), nor read the whole template
 * finds what it found before, moved by the edit. Any other edit runs every tracked rule again.
 */
import type { Finding, Fix } from './findings';
import { isMap, type Span } from './model';
import { holdsAliases } from './parse/yamlParser';
import { noReads, type Rule, type RuleReads } from './rules/rule';
import type { Template } from './template';
import { editInsideOneResource, resourceRanges } from './resourceEdit';

/** One resource as an analysis saw it: from its key to the next resource's key. */
interface ResourceSlot {
  start: number;
  end: number;
  logicalId: string;
  type: string | undefined;
}

/** What the last analysis of a document leaves for the next one. */
export interface TrackedState {
  text: string;
  shape: string;
  /** Whether aliases share nodes: an edit to an anchor changes what its aliases read, so nothing is kept. */
  aliases: boolean;
  slots: ResourceSlot[];
  byRule: Map<string, { reads: RuleReads; findings: Finding[] }>;
}

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
  private readonly next: TrackedState;

  constructor(
    private readonly previous: TrackedState | undefined,
    private readonly template: Template,
  ) {
    const aliases = template.root !== undefined && holdsAliases(template.root);
    this.next = { text: template.text, shape: shapeOf(template), aliases, slots: slotsOf(template), byRule: new Map() };
    this.scope = previous && editScope(previous, this.next);
  }

  /** The rule's findings: the kept ones, moved, when the edit cannot have changed them; else fresh ones. */
  findings(ruleId: string, run: NonNullable<Rule['tracked']>): Finding[] {
    const kept = this.previous?.byRule.get(ruleId);
    if (kept && this.scope && unaffected(kept.reads, this.scope)) {
      const moved = movedFindings(kept.findings, this.scope);
      if (moved) {
        this.next.byRule.set(ruleId, { reads: kept.reads, findings: moved });
        return moved;
      }
    }
    const reads = noReads();
    const found = run(this.template, reads);
    this.next.byRule.set(ruleId, { reads, findings: found });
    return found;
  }

  /** What to keep for the next analysis. */
  get state(): TrackedState {
    return this.next;
  }
}

/** What every finding may depend on besides what a rule reads: the format, the line ends (fixes write the document's), what parsing reported, the top-level keys. */
function shapeOf(template: Template): string {
  const root = template.root;
  if (!isMap(root)) return '';
  const eol = template.text.includes('\r\n') ? 'crlf' : 'lf';
  const parsing = template.parseFindings.map((found) => `${found.ruleId} ${found.message}`);
  return [template.format, eol, ...parsing, ...root.entries.map((entry) => entry.key.value)].join('\u0000');
}

function slotsOf(template: Template): ResourceSlot[] {
  return resourceRanges(template).map(({ resource, start, end }) => ({ start, end, logicalId: resource.logicalId, type: resource.type }));
}

/**
 * The edit between two versions when it lies inside one resource and every other resource is where it
 * was (moved by the edit), under the same name and type: what a rule must not have read to keep its findings.
 */
function editScope(before: TrackedState, after: TrackedState): EditScope | undefined {
  if (before.shape !== after.shape || before.aliases || after.aliases) return undefined;
  const edit = editInsideOneResource({ text: before.text, ranges: before.slots }, { text: after.text, ranges: after.slots });
  if (!edit) return undefined;
  const { index, start, oldEnd, delta } = edit;
  if (index < 0) return { start, oldEnd, delta, logicalIds: [], types: [] };
  const others = (slot: ResourceSlot, i: number) => i === index || (slot.logicalId === after.slots[i].logicalId && slot.type === after.slots[i].type);
  if (!before.slots.every(others)) return undefined;
  const [old, now] = [before.slots[index], after.slots[index]];
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
    const span = movedSpan(found.span, scope);
    if (!span) return undefined;
    const copy: Finding = { ...found, span };
    if (found.fixes) {
      const fixes = found.fixes.map((fix) => movedFix(fix, scope));
      if (fixes.some((fix) => !fix)) return undefined;
      copy.fixes = fixes as Fix[];
    }
    moved.push(copy);
  }
  return moved;
}

function movedFix(fix: Fix, scope: EditScope): Fix | undefined {
  const edits = [];
  for (const edit of fix.edits) {
    const span = movedSpan(edit.span, scope);
    if (!span) return undefined;
    edits.push({ ...edit, span });
  }
  return { ...fix, edits };
}

function movedSpan(span: Span, scope: EditScope): Span | undefined {
  if (span.end <= scope.start && !(span.end === scope.start && span.start === span.end && scope.oldEnd > scope.start)) return span;
  if (span.start >= scope.oldEnd) return { start: span.start + scope.delta, end: span.end + scope.delta };
  return undefined;
}
