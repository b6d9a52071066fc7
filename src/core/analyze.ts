import type { Finding } from './findings';
import { isExamRuleId, oneFindingPerProblem } from './oneFindingPerProblem';
import { ResourceFindings, type AnalysisCache } from './resourceFindings';
import { ALL_RULES } from './rules';
import { rulePlan } from './rulePlan';
import { withoutRepeats, type Rule } from './rules/rule';
import { withoutIgnoredChecks } from './suppressions';
import type { Template } from './template';
import { TrackedFindings } from './trackedFindings';
import { hasMacro } from './transforms';
import { editSince } from './resourceEdit';
import { declaresAnyOf, resourcesByType } from './sections';
import { hasBrokenSyntax } from './schema/parseState';
import { onePerLoopBody, withLoopsExpanded } from './forEachExpansion';
import { textMentions } from './textMentions';
import { forgetLastUses } from './memo';

export { createAnalysisCache, type AnalysisCache } from './resourceFindings';

export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface Analysis {
  findings: Finding[];
  /** Rules that threw: their findings are missing, everyone else's are not. */
  failures: RuleFailure[];
}

/**
 * All findings for a template, one per problem; nothing at all for a file that is not a template, and only
 * the syntax errors for one that does not parse. With a
 * cache (one per document), the findings of per-resource rules about resources whose text did not change
 * since the last analysis are reused: the same findings as without it, found faster after an edit.
 */
export function analyze(template: Template, rules: readonly Rule[] = ALL_RULES, cache?: AnalysisCache): Analysis {
  try {
    return analyzeNow(template, rules, cache);
  } finally {
    forgetLastUses();
  }
}

function analyzeNow(template: Template, rules: readonly Rule[], cache: AnalysisCache | undefined): Analysis {
  if (!template.isTemplate) return { findings: [], failures: [] };
  const ruleFindings: Finding[] = [];
  const failures: RuleFailure[] = [];
  // After a syntax error the recovered model is a guess (a map cut short, the next resource merged into
  // this one): like CloudFormation, which stops at the first error, report only what parsing found.
  if (template.root && !hasBrokenSyntax(template)) {
    const since = cache && editSince(cache, template);
    const kept = cache && since && new ResourceFindings(cache, since, template.text);
    const tracked = cache && since && new TrackedFindings(cache.tracked, template, since);
    // Types declared only in Fn::ForEach bodies count: the exam checks read the loops written out.
    const deployed = withLoopsExpanded(template);
    const declared = resourcesByType(deployed.root);
    // Tracked rules note the types they read even where none is declared (a resource added later wakes them).
    const chosen = tracked ? rules : rulePlan(rules).rulesFor(declared.keys());
    const mentions = textMentions(template);
    for (const rule of chosen) {
      if (rule.needsText && !mentions.anyOf(rule.needsText)) continue;
      try {
        let found: Finding[];
        // Kept findings are per resource as written: an exam check reads the loop copies instead.
        if (kept && rule.perResource && (deployed === template || !readsDeployed(rule))) found = runPerResource(rule, template, kept);
        else if (tracked && rule.tracked) found = tracked.findings(rule.id, rule.tracked);
        // The plan chose by the declared types already; a tracked analysis visits every rule.
        else if (!tracked || !rule.onlyWith || declaresAnyOf(declared, rule.onlyWith)) found = runOn(rule, template, deployed);
        else continue;
        if (found.length > 0) ruleFindings.push(...found);
      } catch (error) {
        failures.push({ ruleId: rule.id, error });
      }
    }
    kept?.commit();
    if (cache && tracked) cache.tracked = tracked.state;
  }
  const found = oneFindingPerProblem(withoutIgnoredChecks(template.root, ruleFindings));
  return { findings: [...template.parseFindings, ...(hasMacro(template.root) ? found.map(underMacro) : found)], failures };
}

/**
 * Exam checks judge resources as CloudFormation deploys them: with `Fn::ForEach` loops written out,
 * a problem of a loop body said once, at the body, however many copies share it.
 */
function runOn(rule: Rule, template: Template, deployed: Template): Finding[] {
  if (deployed === template || !readsDeployed(rule)) return rule.run(template);
  return onePerLoopBody(rule.run(deployed));
}

function readsDeployed(rule: Rule): boolean {
  return isExamRuleId(rule.id);
}

/**
 * With a macro, CloudFormation checks the template the macro returns, not the one written: what would
 * be rejected as written may not be, so it is a warning that says why.
 */
function underMacro(found: Finding): Finding {
  if (found.severity !== 'error') return found;
  return { ...found, severity: 'warning', message: `${found.message} (as written: this template's macro runs first and may change it)` };
}

/** What `rule.run` finds, in the same order, with each resource's findings taken from the cache when they can be. */
function runPerResource(rule: Rule, template: Template, kept: ResourceFindings): Finding[] {
  const { check, rest, readsLogicalIds } = rule.perResource!;
  const findings = rest?.(template) ?? [];
  findings.push(...kept.ruleFindings(rule.id, (resource) => check(resource, template), readsLogicalIds));
  return withoutRepeats(findings);
}
