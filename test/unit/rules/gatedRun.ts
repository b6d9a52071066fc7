import assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/findings';
import type { Rule } from '../../../src/core/rules/rule';
import { declaresAnyOf, resourcesByType } from '../../../src/core/sections';
import type { Template } from '../../../src/core/template';

/**
 * `rule.run(template)`, checking the rule's type gate on the way: `analyze` runs a rule with `onlyWith`
 * only on templates that declare one of those types, so a rule that finds something elsewhere would
 * lose that finding in the editor. Every positive case of a rule's tests checks its gate this way.
 */
export function gatedRun(rule: Rule, template: Template): Finding[] {
  const findings = rule.run(template);
  const gateHolds = findings.length === 0 || !rule.onlyWith || declaresAnyOf(resourcesByType(template.root), rule.onlyWith);
  assert.ok(gateHolds, `${rule.id} found something in a template that declares none of its onlyWith types`);
  return findings;
}
