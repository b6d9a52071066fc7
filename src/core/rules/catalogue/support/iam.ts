/**
 * What the IAM policies a template attaches to a role allow, as far as the template shows it:
 * the role's inline `Policies`, and `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` resources that
 * name the role in `Roles`. Managed policy ARNs, `NotAction` and computed documents make the answer
 * 'unknown', so a check never claims a permission is missing when it may be granted elsewhere.
 */
import { isMap, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from './context';
import { referencedId } from './context';
import { literalString } from './values';

export type Answer = 'yes' | 'no' | 'unknown';

export interface RolePolicies {
  /** Allow/Deny statements written as maps. */
  statements: MapNode[];
  /** False when something attached to the role cannot be read (managed policy ARNs, computed documents). */
  complete: boolean;
}

export function rolePolicies(context: CheckContext, role: ResourceDeclaration): RolePolicies {
  const result: RolePolicies = { statements: [], complete: true };
  const managed = valueOf(role.properties, 'ManagedPolicyArns');
  if (managed !== undefined && !(isSeq(managed) && managed.items.length === 0)) result.complete = false;
  const inline = valueOf(role.properties, 'Policies');
  if (inline !== undefined && !isSeq(inline)) result.complete = false;
  for (const policy of isSeq(inline) ? inline.items : []) addDocument(result, valueOf(policy, 'PolicyDocument'));
  for (const attached of context.resources('AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy')) {
    if (!namesRole(attached, role.logicalId)) continue;
    addDocument(result, valueOf(attached.properties, 'PolicyDocument'));
  }
  return result;
}

/** Whether the role's policies allow the action (e.g. `kms:Decrypt`) on some resource. */
export function allowsAction(context: CheckContext, role: ResourceDeclaration, action: string): Answer {
  const { statements, complete } = rolePolicies(context, role);
  let unknown = !complete;
  for (const statement of statements) {
    if (literalString(valueOf(statement, 'Effect')) !== 'Allow') continue;
    if (valueOf(statement, 'NotAction') !== undefined) {
      unknown = true;
      continue;
    }
    const actions = actionPatterns(valueOf(statement, 'Action'));
    if (actions === undefined) unknown = true;
    else if (actions.some((pattern) => actionMatches(pattern, action))) return 'yes';
  }
  return unknown ? 'unknown' : 'no';
}

/** Action patterns repeat across statements and checks: each is compiled once (a bounded cache). */
const matchers = new Map<string, RegExp>();
const MAX_MATCHERS = 2_000;

/** IAM action names are case-insensitive; `*` and `?` are wildcards. */
export function actionMatches(pattern: string, action: string): boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    matcher = new RegExp(`^${source}$`, 'i');
    if (matchers.size >= MAX_MATCHERS) matchers.clear();
    matchers.set(pattern, matcher);
  }
  return matcher.test(action);
}


function actionPatterns(node: TemplateNode | undefined): string[] | undefined {
  const single = literalString(node);
  if (single !== undefined) return [single];
  if (!isSeq(node)) return undefined;
  const names = node.items.map(literalString);
  return names.every((name) => name !== undefined) ? (names as string[]) : undefined;
}

function addDocument(result: RolePolicies, document: TemplateNode | undefined): void {
  const statement = valueOf(document, 'Statement');
  if (isMap(statement)) result.statements.push(statement);
  else if (isSeq(statement)) {
    for (const item of statement.items) {
      if (isMap(item)) result.statements.push(item);
      else result.complete = false;
    }
  } else result.complete = false;
}

function namesRole(policy: ResourceDeclaration, roleId: string): boolean {
  const roles = valueOf(policy.properties, 'Roles');
  const single = valueOf(policy.properties, 'RoleName');
  const named = isSeq(roles) ? roles.items : [];
  if (single !== undefined) named.push(single);
  return named.some((node) => referencedId(node) === roleId);
}
