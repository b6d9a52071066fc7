import assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/findings';
import type { Rule } from '../../../src/core/rules/rule';
import { declaresAnyOf, resourcesByType } from '../../../src/core/sections';
import type { Template } from '../../../src/core/template';
import { textMentions } from '../../../src/core/textMentions';

/**
 * `rule.run(template)`, checking the rule's gates on the way: `analyze` runs a rule with `onlyWith`
 * only on templates that declare one of those types, and a rule with `needsText` only on a text that
 * holds one of those words, so a rule that finds something elsewhere would lose that finding in the
 * editor. Every positive case of a rule's tests checks its gates this way.
 */
export function gatedRun(rule: Rule, template: Template): Finding[] {
  const findings = rule.run(template);
  const typeGateHolds = findings.length === 0 || !rule.onlyWith || declaresAnyOf(resourcesByType(template.root), rule.onlyWith);
  assert.ok(typeGateHolds, `${rule.id} found something in a template that declares none of its onlyWith types`);
  const textGateHolds = findings.length === 0 || !rule.needsText || textMentions(template).anyOf(rule.needsText);
  assert.ok(textGateHolds, `${rule.id} found something in a text that holds none of its needsText words`);
  return findings;
}
