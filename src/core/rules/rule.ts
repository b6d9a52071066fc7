import type { Finding } from '../findings';
import { loopResourceDeclarations, resourceDeclarations, type ResourceDeclaration } from '../sections';
import type { Template } from '../template';

/** A lint rule: one file each under rules/, registered in rules/index.ts. */
export interface Rule {
  /** cfn-lint compatible id where one exists, else our own (e.g. X… for exam practice). */
  readonly id: string;
  readonly description: string;
  /** The other ids its findings carry (cfn-lint's, where this rule checks what several of theirs do), each described. */
  readonly otherIds?: Readonly<Record<string, string>>;
  /** Exam topic ids (T01…) the rule teaches, for exam-practice rules. */
  readonly topics?: readonly string[];
  run(template: Template): Finding[];
  /** Set by resourceRule: how the rule checks one resource at a time (analyze caches those findings). */
  readonly perResource?: PerResource;
  /**
   * Set by rules that note what they read (catalogue checks, through their context): `run` that fills
   * `reads`. After an edit inside one resource the rule did not read, analyze keeps its findings.
   */
  readonly tracked?: (template: Template, reads: RuleReads) => Finding[];
  /** Resource types without one of which `run` finds nothing: analyze does not call it on a template that declares none. */
  readonly onlyWith?: readonly string[];
  /**
   * Words (a section, key or function name) without one of which in the text `run` finds nothing:
   * analyze does not call it on a text that has none (textMentions.ts).
   */
  readonly needsText?: readonly string[];
}

/** What a tracked rule read of a template besides what lies outside `Resources`. */
export interface RuleReads {
  /** It read the whole tree or searched the whole text: any edit may change its findings. */
  everything: boolean;
  /** The logical ids it looked up or reached (through a Ref, a GetAtt, a name). */
  ids: Set<string>;
  /** The resource types whose resources it listed. */
  types: Set<string>;
}

export function noReads(): RuleReads {
  return { everything: false, ids: new Set(), types: new Set() };
}

/**
 * A rule whose findings about each resource depend only on that resource's own text and on the template
 * outside `Resources` (parameters, conditions, mappings, globals, transforms, the document's style), never
 * on other resources, and lie inside the resource: an analysis with a cache (see analyze) checks again
 * only the resources whose text changed since the last one. `rest` finds what lies outside `Resources`.
 */
export interface PerResource {
  check(resource: ResourceDeclaration, template: Template): readonly Finding[];
  rest?(template: Template): Finding[];
  /** Set when a resource's findings also depend on which logical ids (of which types) the template declares (names it may refer to). */
  readsLogicalIds?: true;
}

/** A rule made of a per-resource check (and a check of the rest of the template), run in that order. */
export function resourceRule(rule: Omit<Rule, 'run' | 'perResource'> & PerResource): Rule {
  const { check, rest, readsLogicalIds, ...identity } = rule;
  const perResource: PerResource = { check, ...(rest ? { rest } : {}), ...(readsLogicalIds ? { readsLogicalIds } : {}) };
  return {
    ...identity,
    perResource,
    run: (template) => {
      const findings: Finding[] = [];
      const outside = rest?.(template);
      if (outside && outside.length > 0) findings.push(...outside);
      for (const resource of resourceDeclarations(template.root)) {
        const found = check(resource, template);
        if (found.length > 0) findings.push(...found);
      }
      return withoutRepeats(findings);
    },
  };
}

/**
 * Each finding once: two resources can find the same thing outside themselves (a parameter both
 * refer to), which is one finding.
 */
export function withoutRepeats(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  // By start offset, so that a finding is compared only with those that start where it does.
  const byStart = new Map<number, Finding[]>();
  const kept: Finding[] = [];
  for (const found of findings) {
    const same = byStart.get(found.span.start);
    if (same?.some((other) => isRepeat(other, found))) continue;
    if (same) same.push(found);
    else byStart.set(found.span.start, [found]);
    kept.push(found);
  }
  return kept.length === findings.length ? findings : kept;
}

function isRepeat(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.span.end === b.span.end && a.message === b.message;
}

/**
 * The per-resource check run on the resources `Fn::ForEach` loops write out, as written in each loop body
 * (for checks whose findings are the same in every copy), with paths to where the body writes them.
 */
export function inLoopBodies(check: PerResource['check']): (template: Template) => Finding[] {
  return (template) =>
    loopResourceDeclarations(template.root).flatMap((resource) =>
      check(resource, template).map((found) =>
        found.path?.[0] === 'Resources' ? { ...found, path: ['Resources', resource.loopKey, 2, ...found.path.slice(1)] } : found,
      ),
    );
}
