import type { Finding } from './findings';
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

/** What one document's analyses keep between edits (see analyze). */
export interface AnalysisCache {
  readonly kind: 'analysis-cache';
}

export function createAnalysisCache(): AnalysisCache {
  return { kind: 'analysis-cache' };
}

/** All findings for a template; nothing at all for a file that is not a template. */
export function analyze(template: Template, rules: readonly Rule[] = ALL_RULES, _cache?: AnalysisCache): Analysis {
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
  return { findings: [...template.parseFindings, ...withoutIgnoredChecks(template.root, ruleFindings)], failures };
}
