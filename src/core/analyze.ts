import type { Finding } from './findings';
import { oneFindingPerProblem } from './oneFindingPerProblem';
import { ALL_RULES } from './rules';
import type { Rule } from './rules/rule';
import { withoutIgnoredChecks } from './suppressions';
import type { Template } from './template';

export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface Analysis {
  findings: Finding[];
  /** Rules that threw: their findings are missing, everyone else's are not. */
  failures: RuleFailure[];
}

/** All findings for a template, one per problem; nothing at all for a file that is not a template. */
export function analyze(template: Template, rules: readonly Rule[] = ALL_RULES): Analysis {
  if (!template.isTemplate) return { findings: [], failures: [] };
  const ruleFindings: Finding[] = [];
  const failures: RuleFailure[] = [];
  if (template.root) {
    for (const rule of rules) {
      try {
        ruleFindings.push(...rule.run(template));
      } catch (error) {
        failures.push({ ruleId: rule.id, error });
      }
    }
  }
  return { findings: [...template.parseFindings, ...oneFindingPerProblem(withoutIgnoredChecks(template.root, ruleFindings))], failures };
}
