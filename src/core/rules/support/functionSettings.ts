/** A Lambda setting as a template writes it: on each function (Lambda or SAM), and in SAM's Globals. */
import { conditionCanHold } from '../../conditions';
import { valueOf, type NodePath, type TemplateNode } from '../../model';
import { conditionOfResource, resourceDeclarations, sectionOf } from '../../sections';

export const FUNCTION_TYPES: ReadonlySet<string> = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

export interface FunctionSetting {
  node: TemplateNode;
  path: NodePath;
  /** The Condition of the function that holds it (SAM's Globals have none). */
  condition?: string;
}

/**
 * Every value of the property `name` on the template's functions, then in `Globals.Function`; a function whose
 * Condition can never hold is never created ("CloudFormation creates the resource only when the condition evaluates to true").
 */
export function functionSettings(root: TemplateNode | undefined, name: string): FunctionSetting[] {
  const found: FunctionSetting[] = [];
  for (const resource of resourceDeclarations(root)) {
    const node = valueOf(resource.properties, name);
    const condition = conditionOfResource(resource);
    if (!resource.type || !FUNCTION_TYPES.has(resource.type) || !node) continue;
    if (condition !== undefined && !conditionCanHold(root, condition)) continue;
    found.push({ node, path: ['Resources', resource.logicalId, 'Properties', name], condition });
  }
  const global = valueOf(valueOf(sectionOf(root, 'Globals'), 'Function'), name);
  if (global) found.push({ node: global, path: ['Globals', 'Function', name] });
  return found;
}
