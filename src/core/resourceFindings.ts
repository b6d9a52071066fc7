/**
 * Findings of per-resource rules (see PerResource in rules/rule.ts) kept between analyses of one
 * document: keyed by each resource's text, held relative to where the resource starts, so a resource an
 * edit left alone (or only moved) is not checked again. Everything else the rules may read, the template
 * outside `Resources` and the document's style, is the context: when it changes, nothing is reused.
 */
import type { Finding, Fix } from './findings';
import { isMap } from './model';
import { sectionOf, type ResourceDeclaration } from './sections';
import type { Template } from './template';

/** What one document's analyses keep between edits. */
export interface AnalysisCache {
  context?: string;
  /** resource key → rule id → findings with spans relative to the resource's start. */
  byResource: Map<string, Map<string, Finding[]>>;
}

export function createAnalysisCache(): AnalysisCache {
  return { byResource: new Map() };
}

/** One analysis's view of the cache: reads what the last analysis kept, keeps what this one uses. */
export class ResourceFindings {
  private readonly previous: Map<string, Map<string, Finding[]>>;
  private readonly next = new Map<string, Map<string, Finding[]>>();
  private readonly keys = new Map<ResourceDeclaration, { key: string; start: number; end: number }>();

  constructor(
    private readonly cache: AnalysisCache,
    private readonly template: Template,
  ) {
    const context = contextOf(template);
    this.previous = cache.context === context ? cache.byResource : new Map();
    cache.context = context;
  }

  /** The findings of `check` for this resource: the kept ones moved to where the resource now is, or fresh ones. */
  findings(ruleId: string, resource: ResourceDeclaration, check: () => Finding[]): Finding[] {
    const place = this.placeOf(resource);
    const kept = this.previous.get(place.key)?.get(ruleId);
    const found = kept ? kept.map((one) => moved(one, place.start)) : check();
    if (kept || found.every((one) => within(one, place.start, place.end))) {
      let byRule = this.next.get(place.key);
      if (!byRule) this.next.set(place.key, (byRule = new Map()));
      byRule.set(ruleId, kept ?? found.map((one) => moved(one, -place.start)));
    }
    return found;
  }

  /** Keeps what this analysis used, for the next one. */
  commit(): void {
    this.cache.byResource = this.next;
  }

  /**
   * A resource's text from its key to the next resource's key (comments and blank lines after it
   * included), with its column: the same key means the same nodes, moved.
   */
  private placeOf(resource: ResourceDeclaration): { key: string; start: number; end: number } {
    let place = this.keys.get(resource);
    if (!place) {
      const text = this.template.text;
      const start = resource.entry.span.start;
      const end = this.nextStarts().get(resource.entry) ?? resource.entry.span.end;
      const column = start - (text.lastIndexOf('\n', start - 1) + 1);
      place = { key: `${column}\u0000${text.slice(start, end)}`, start, end };
      this.keys.set(resource, place);
    }
    return place;
  }

  private starts?: Map<unknown, number>;

  /** Where the entry after each resource entry starts. */
  private nextStarts(): Map<unknown, number> {
    if (!this.starts) {
      this.starts = new Map();
      const resources = sectionOf(this.template.root, 'Resources');
      if (resources) {
        resources.entries.forEach((entry, i) => {
          const next = resources.entries[i + 1];
          if (next && next.span.start >= entry.span.end) this.starts!.set(entry, next.span.start);
        });
      }
    }
    return this.starts;
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
