import { finding, type Finding } from '../findings';
import { isMap, isSeq, type NodePath, type TemplateNode } from '../model';
import { hasBrokenSyntax } from '../schema/parseState';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

/**
 * The functions a rule's RuleCondition and Assert take: "You can use the following rule-specific intrinsic
 * functions to define rule conditions and assertions: Fn::And, Fn::Contains, Fn::EachMemberEquals,
 * Fn::EachMemberIn, Fn::Equals, Fn::If, Fn::Not, Fn::Or, Fn::RefAll, Fn::ValueOf, Fn::ValueOfAll"
 * (rules-section-structure), and Ref of a parameter.
 */
const RULE_FUNCTIONS = new Set([
  'Fn::And',
  'Fn::Contains',
  'Fn::EachMemberEquals',
  'Fn::EachMemberIn',
  'Fn::Equals',
  'Fn::If',
  'Fn::Not',
  'Fn::Or',
  'Fn::RefAll',
  'Fn::ValueOf',
  'Fn::ValueOfAll',
  'Ref',
]);

/** E1701: a function in a rule's condition or assertion that rules do not take (Fn::Sub, Fn::Select, a Condition). */
export const ruleFunctionsRule: Rule = {
  id: 'E1701',
  needsText: ['Rules'],
  description: 'Rule conditions and assertions use only the rule-specific functions and Ref',
  run(template) {
    const rules = sectionOf(template.root, 'Rules');
    if (!rules || hasBrokenSyntax(template)) return [];
    const findings: Finding[] = [];
    for (const rule of rules.entries) {
      if (!isMap(rule.value)) continue;
      const base = ['Rules', rule.key.value];
      for (const entry of rule.value.entries) {
        if (entry.key.value === 'RuleCondition') visit(entry.value, [...base, 'RuleCondition'], findings);
        if (entry.key.value !== 'Assertions' || !isSeq(entry.value)) continue;
        entry.value.items.forEach((assertion, index) => {
          for (const field of isMap(assertion) ? assertion.entries : []) {
            if (field.key.value === 'Assert') visit(field.value, [...base, 'Assertions', index, 'Assert'], findings);
          }
        });
      }
    }
    return findings;
  },
};

/** Every function key under `node` that rules do not take, reported once at its key. */
function visit(node: TemplateNode, path: NodePath, findings: Finding[], depth = 0): void {
  if (depth > 30) return;
  if (isSeq(node)) {
    node.items.forEach((item, index) => visit(item, [...path, index], findings, depth + 1));
    return;
  }
  if (!isMap(node)) return;
  for (const entry of node.entries) {
    const key = entry.key.value;
    const isFunction = node.entries.length === 1 && (key === 'Condition' || key.startsWith('Fn::'));
    if (isFunction && !RULE_FUNCTIONS.has(key)) {
      const message = `${key} is not a rule function: rule conditions and assertions take only Fn::And, Fn::Or, Fn::Not, Fn::Equals, Fn::Contains, Fn::EachMemberEquals, Fn::EachMemberIn, Fn::RefAll, Fn::ValueOf, Fn::ValueOfAll, Fn::If and Ref`;
      findings.push(finding('E1701', 'error', message, entry.key.span, [...path, key]));
      continue;
    }
    visit(entry.value, [...path, key], findings, depth + 1);
  }
}
