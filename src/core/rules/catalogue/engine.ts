/** Turns catalogue checks into lint rules: one rule per check, findings carrying the check's explanation. */
import type { Explanation, Finding } from '../../findings';
import type { Template } from '../../template';
import type { Rule, RuleReads } from '../rule';
import { declaresAnyOf, resourcesByType } from '../../sections';
import { onePerLoopBody, withLoopsExpanded } from '../../forEachExpansion';
import { checkContext, recordingContext } from './support/context';
import type { CatalogueCheck, CheckHit } from './types';

export function catalogueRule(check: CatalogueCheck): Rule {
  return {
    id: check.id,
    description: check.title,
    topics: check.topics,
    run: (template) => runCheck(check, template),
    tracked: (template, reads) => runCheck(check, template, reads),
    ...(check.readsEveryResource ? {} : { onlyWith: check.resourceTypes }),
    ...(check.needsText ? { needsText: check.needsText } : {}),
  };
}

/** The check's findings; with `reads`, what it read is noted there (for an analysis that keeps findings). */
function runCheck(check: CatalogueCheck, template: Template, reads?: RuleReads): Finding[] {
  if (reads) {
    // The gate below lists the check's types; a check of every resource reads them all.
    if (check.readsEveryResource) reads.everything = true;
    for (const type of check.resourceTypes) reads.types.add(type);
  }
  if (!template.root) return [];
  // Resources declared in Fn::ForEach loops are judged as the transform writes them out.
  const deployed = withLoopsExpanded(template);
  // An edit in a loop body changes resources no logical id of the text names: every check runs again.
  if (reads && deployed !== template) reads.everything = true;
  // A check starts from resources of its types: without one it has nothing to read. `analyze` chose the rule by
  // them already; a tracked run (one per rule after an edit) is asked regardless.
  if (reads && !check.readsEveryResource && !declaresAnyOf(resourcesByType(deployed.root), check.resourceTypes)) return [];
  const context = reads ? recordingContext(deployed, reads) : checkContext(deployed);
  const findings = check.run(context).map((hit) => findingOf(check, hit));
  return deployed === template ? findings : onePerLoopBody(findings);
}

function findingOf(check: CatalogueCheck, hit: CheckHit): Finding {
  const found: Finding = {
    ruleId: check.id,
    severity: hit.severity ?? check.severity,
    message: hit.message,
    span: hit.span,
    path: hit.path,
    explanation: explanationOf(check),
  };
  if (hit.fixes && hit.fixes.length > 0) found.fixes = hit.fixes;
  return found;
}

/** Made once per check: its findings share it (nothing changes a finding's explanation). */
const explanations = new WeakMap<CatalogueCheck, Readonly<Explanation>>();

/** The explanation as one text: what happens, the exam angle, the scenario wording and the trap. */
export function explanationOf(check: CatalogueCheck): Readonly<Explanation> {
  let explanation = explanations.get(check);
  if (!explanation) explanations.set(check, (explanation = explain(check)));
  return explanation;
}

function explain(check: CatalogueCheck): Explanation {
  const { what, exam, scenario, trap } = check.explanation;
  const parts = [what, `On the exam: ${exam}`];
  if (scenario) parts.push(`Scenario wording: "${scenario}".`);
  if (trap) parts.push(`Trap: ${trap}`);
  return { text: parts.join(' '), url: check.url, topics: [...check.topics] };
}
