/** Reading template values the way an exam rule needs: literal or unknown, never guessed. */
import type { Explanation, Finding, Fix, Severity } from '../../findings';
import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type NodePath, type Span, type TemplateNode } from '../../model';
import { resourceById, resourcesOfTypes, type ResourceDeclaration } from '../../sections';

/** The string a node holds literally; numbers count as their text. Intrinsics give undefined. */
export function literalString(node: TemplateNode | undefined): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  return typeof node.value === 'boolean' ? undefined : String(node.value);
}

/** true/false when the node holds a boolean literally (YAML booleans or "true"/"false" strings). */
export function literalBoolean(node: TemplateNode | undefined): boolean | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value === 'string') {
    const lower = node.value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

/** A one-entry map whose key is Ref or Fn::…: its value is computed at deploy time. */
export function intrinsicName(node: TemplateNode | undefined): string | undefined {
  if (!isMap(node) || node.entries.length !== 1) return undefined;
  const key = node.entries[0].key.value;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

/** The items of a literal list; undefined when the list itself comes from an intrinsic. */
export function literalItems(node: TemplateNode | undefined): TemplateNode[] | undefined {
  return isSeq(node) ? node.items : undefined;
}

/** Resources of these types, in source order (shared when there is one type: callers must not change it). */
export function resourcesOfType(root: TemplateNode | undefined, ...types: string[]): readonly ResourceDeclaration[] {
  return resourcesOfTypes(root, types);
}

/** The resource a `Ref X` or `Fn::GetAtt X.…` points at, when X is a resource of this template. */
export function referencedResource(root: TemplateNode | undefined, node: TemplateNode | undefined): ResourceDeclaration | undefined {
  const name = intrinsicName(node);
  if (name !== 'Ref' && name !== 'Fn::GetAtt') return undefined;
  const target = (node as MapNode).entries[0].value;
  let logicalId: string | undefined;
  if (isString(target)) logicalId = name === 'Ref' ? target.value : target.value.split('.')[0];
  else if (isSeq(target) && isString(target.items[0])) logicalId = target.items[0].value;
  if (!logicalId) return undefined;
  return resourceById(root, logicalId);
}

/** A resource attribute (UpdatePolicy, CreationPolicy, …) beside Type and Properties. */
export function attributeOf(resource: ResourceDeclaration, name: string): TemplateNode | undefined {
  return valueOf(resource.body, name);
}

export interface ExamFindingInput {
  ruleId: string;
  /** `error` only where CloudFormation rejects the template, with the documentation sentence cited at the rule. */
  severity: Extract<Severity, 'error' | 'warning' | 'info'>;
  message: string;
  span: Span;
  path: NodePath;
  explanation: Explanation;
  fixes?: Fix[];
}

export function examFinding(input: ExamFindingInput): Finding {
  const found: Finding = {
    ruleId: input.ruleId,
    severity: input.severity,
    message: input.message,
    span: input.span,
    path: input.path,
    explanation: input.explanation,
  };
  if (input.fixes && input.fixes.length > 0) found.fixes = input.fixes;
  return found;
}

/** Path of the resource itself, for findings about something it lacks. */
export function resourcePath(resource: ResourceDeclaration): NodePath {
  return ['Resources', resource.logicalId];
}
