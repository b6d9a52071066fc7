/**
 * Findings of per-resource rules (see PerResource in rules/rule.ts) kept between analyses of one
 * document: keyed by each resource's text, held relative to where the resource starts, so a resource an
 * edit left alone (or only moved) is not checked again. Everything else the rules may read, the template
 * outside `Resources` and the document's style, is the context: when it changes, nothing is reused.
 */
import type { Finding, Fix } from './findings';
import { isMap } from './model';
import { holdsAliases } from './parse/yamlParser';
import { resourceDeclarations, sectionOf, type ResourceDeclaration } from './sections';
import type { Template } from './template';
import type { TrackedState } from './trackedFindings';

/** What one document's analyses keep between edits. */
export interface AnalysisCache {
  context?: string;
  /** resource key → rule id → findings with spans relative to the resource's start. */
  byResource: Map<string, Map<string, Finding[]>>;
  /** The logical ids the template declared, for rules whose findings depend on them (PerResource.readsLogicalIds). */
  logicalIds?: string;
  /** The findings of tracked rules and what each read (trackedFindings.ts). */
  tracked?: TrackedState;
}

export function createAnalysisCache(): AnalysisCache {
  return { byResource: new Map() };
}

/** One resource of this analysis: where it is, and its findings kept by rule id (relative to `start`). */
interface Slot {
  resource: ResourceDeclaration;
  start: number;
  end: number;
  byRule: Map<string, Finding[]>;
}

const NONE: Finding[] = [];

/** One analysis's view of the cache: reads what the last analysis kept, keeps what this one uses. */
export class ResourceFindings {
  private readonly slots: Slot[];
  private readonly next = new Map<string, Map<string, Finding[]>>();
  private readonly logicalIdsChanged: boolean;

  constructor(
    private readonly cache: AnalysisCache,
    template: Template,
  ) {
    const context = contextOf(template);
    // Where aliases share nodes, a resource's findings can change with another resource's text.
    const reusable = cache.context === context && !(template.root && holdsAliases(template.root));
    const previous = reusable ? cache.byResource : new Map<string, Map<string, Finding[]>>();
    cache.context = context;
    const resources = resourceDeclarations(template.root);
    const logicalIds = resources.map((resource) => resource.logicalId).join('\u0000');
    this.logicalIdsChanged = logicalIds !== cache.logicalIds;
    cache.logicalIds = logicalIds;
    const entries = sectionOf(template.root, 'Resources')?.entries ?? [];
    this.slots = resources.map((resource, i) => {
      const start = resource.entry.span.start;
      const following = entries[i + 1];
      const end = following && following.span.start >= resource.entry.span.end ? following.span.start : resource.entry.span.end;
      // The text from the key to the next resource's key (comments and blank lines after it included),
      // with the key's column: the same key means the same nodes, moved.
      const column = start - (template.text.lastIndexOf('\n', start - 1) + 1);
      const key = `${column}\u0000${template.text.slice(start, end)}`;
      let byRule = this.next.get(key) ?? previous.get(key);
      if (!byRule) byRule = new Map();
      this.next.set(key, byRule);
      return { resource, start, end, byRule };
    });
  }

  /** The resources of the template, in source order. */
  get resourceCount(): number {
    return this.slots.length;
  }

  /** The findings of `check` for the resource at `index`: the kept ones moved to where it now is, or fresh ones. */
  findings(ruleId: string, index: number, check: (resource: ResourceDeclaration) => Finding[], readsLogicalIds = false): Finding[] {
    const slot = this.slots[index];
    const kept = readsLogicalIds && this.logicalIdsChanged ? undefined : slot.byRule.get(ruleId);
    if (kept) return kept.length === 0 ? [] : kept.map((one) => moved(one, slot.start));
    const found = check(slot.resource);
    if (found.length === 0) slot.byRule.set(ruleId, NONE);
    else if (found.every((one) => within(one, slot.start, slot.end))) slot.byRule.set(ruleId, found.map((one) => moved(one, -slot.start)));
    return found;
  }

  /** Keeps what this analysis used, for the next one. */
  commit(): void {
    this.cache.byResource = this.next;
  }
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
