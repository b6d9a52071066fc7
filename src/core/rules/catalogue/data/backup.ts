/** The rules of an AWS Backup plan and where their lifecycles are. */
import { valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { isMap } from '../../../model';
import { listItems } from './common';

export interface PlanRule {
  plan: ResourceDeclaration;
  rule: MapNode;
  /** Path of the rule under the plan's Properties. */
  path: NodePath;
}

/** The rules of a plan written as maps (rules behind conditions left out). */
export function planRules(plan: ResourceDeclaration): PlanRule[] {
  const rules = valueOf(valueOf(plan.properties, 'BackupPlan'), 'BackupPlanRule');
  const result: PlanRule[] = [];
  listItems(rules).forEach((rule) => {
    if (!isMap(rule)) return;
    const index = (rules as { items: TemplateNode[] }).items.indexOf(rule);
    result.push({ plan, rule, path: ['BackupPlan', 'BackupPlanRule', index] });
  });
  return result;
}

export interface Lifecycle {
  node: MapNode;
  path: NodePath;
}

/** The lifecycle of a rule and those of its copy actions. */
export function lifecycles(rule: PlanRule): Lifecycle[] {
  const found: Lifecycle[] = [];
  const own = valueOf(rule.rule, 'Lifecycle');
  if (isMap(own)) found.push({ node: own, path: [...rule.path, 'Lifecycle'] });
  const copies = valueOf(rule.rule, 'CopyActions');
  listItems(copies).forEach((copy) => {
    const lifecycle = valueOf(copy, 'Lifecycle');
    const index = (copies as { items: TemplateNode[] }).items.indexOf(copy);
    if (isMap(lifecycle)) found.push({ node: lifecycle, path: [...rule.path, 'CopyActions', index, 'Lifecycle'] });
  });
  return found;
}
