/**
 * W1001: a Ref, Fn::GetAtt or Fn::Sub to a resource created only under a condition, from a place used
 * in deployments where that condition is false. There the reference has nothing to resolve, and
 * CloudFormation stops the stack operation ("Unresolved resource dependencies [Name] in the Resources
 * block of the template"). AWS's pages do not state that failure, so this is a warning. Guard the
 * reference with Fn::If on the same condition, or give the referrer that condition.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-condition.html
 */
import { reachableBranches } from '../conditions';
import type { TakenBranch } from '../conditions/types';
import { finding, type Finding } from '../findings';
import { entryOf, isMap, isSeq, isString, nodeAt, valueOf, type NodePath, type TemplateNode } from '../model';
import { referenceIndex } from '../references';
import type { Reference } from '../references/types';
import { conditionOfResource, resourceById } from '../sections';
import type { Template } from '../template';
import type { Rule } from './rule';

const VALUE_REFERENCES = new Set(['ref', 'getatt', 'sub']);
const URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-condition.html';

export const conditionalReferencesRule: Rule = {
  id: 'W1001',
  needsText: ['Condition'],
  description: 'References to a resource created under a condition are used only where that condition holds',
  run(template: Template): Finding[] {
    const root = template.root;
    if (!root || valueOf(root, 'Conditions') === undefined) return [];
    const findings: Finding[] = [];
    for (const reference of referenceIndex(template).references) {
      const target = conditionalTarget(root, reference);
      if (!target) continue;
      const owner = ownerCondition(root, reference.path);
      if (owner === null || owner === target.condition || !inKeptCopy(root, reference)) continue;
      const branches = branchesOf(root, reference.path);
      if (branches.some((branch) => branch.holds && branch.condition === target.condition)) continue;
      // Reported only when some deployment surely uses the reference without the resource: with too many to try, silent.
      if (!reachableBranches(root, owner, true)([...branches, { condition: target.condition, holds: false }])) continue;
      const how = reference.kind === 'getatt' ? 'Fn::GetAtt of' : reference.kind === 'sub' ? 'An Fn::Sub variable of' : 'Ref to';
      const block = reference.path[0] === 'Outputs' ? 'Outputs' : 'Resources';
      const remedy =
        block === 'Outputs' ? `give the output the condition '${target.condition}'` : `guard the reference with Fn::If on '${target.condition}' or give the referrer that condition`;
      const consequence = `where it is false CloudFormation stops with "Unresolved resource dependencies [${reference.name}] in the ${block} block of the template"; ${remedy}`;
      const message = `${how} '${reference.name}', which is created only when condition '${target.condition}' holds, is used where it may not: ${consequence}`;
      const found = finding('W1001', 'warning', message, reference.span, reference.path);
      found.explanation = {
        text: 'A resource whose condition is false is not created, so a Ref or Fn::GetAtt to it has nothing to resolve: in those deployments the stack operation fails. Reference it only under the same condition.',
        url: URL,
        topics: ['T28'],
      };
      findings.push(found);
    }
    return findings;
  },
};

function conditionalTarget(root: TemplateNode, reference: Reference): { condition: string } | undefined {
  if (!VALUE_REFERENCES.has(reference.kind) || reference.inLoop) return undefined;
  const resource = resourceById(root, reference.name);
  const condition = resource && conditionOfResource(resource);
  return condition ? { condition } : undefined;
}

/** The reference is written in the copy of its keys CloudFormation keeps (not in a key a later duplicate replaces). */
function inKeptCopy(root: TemplateNode, reference: Reference): boolean {
  // The path may step past the scalar the name is written in (`Fn::GetAtt/0` of `!GetAtt A.B`): the deepest node it reaches.
  for (let length = reference.path.length; length > 0; length--) {
    const at = nodeAt(root, reference.path.slice(0, length));
    if (at) return at.span.start <= reference.node.span.start && reference.node.span.end <= at.span.end;
  }
  return false;
}

/** The Condition of the resource or output holding the path; undefined when it has none, null where references are not judged. */
function ownerCondition(root: TemplateNode, path: NodePath): string | undefined | null {
  const [section, name] = path;
  if ((section !== 'Resources' && section !== 'Outputs') || typeof name !== 'string') return null;
  const owner = valueOf(valueOf(root, section), name);
  const condition = entryOf(isMap(owner) ? owner : undefined, 'Condition')?.value;
  if (condition === undefined) return undefined;
  return isString(condition) ? condition.value : null;
}

/** The Fn::If branches on the way to the reference: each one's condition, and whether it is the branch taken when it holds. */
function branchesOf(root: TemplateNode, path: NodePath): TakenBranch[] {
  const taken: TakenBranch[] = [];
  let node: TemplateNode | undefined = root;
  path.forEach((segment, index) => {
    if (segment === 'Fn::If' && (path[index + 1] === 1 || path[index + 1] === 2)) {
      const args = valueOf(node, 'Fn::If');
      const condition = isSeq(args) ? args.items[0] : undefined;
      if (isString(condition)) taken.push({ condition: condition.value, holds: path[index + 1] === 1 });
    }
    node = typeof segment === 'number' ? (isSeq(node) ? node.items[segment] : undefined) : valueOf(node, segment);
  });
  return taken;
}
