/**
 * IAM policy documents as a template writes them: the statements of identity policies (inline
 * `Policies` of roles, users and groups, and policy resources) and of a role's trust policy, with
 * the service principals a trust policy names. Computed parts answer 'unknown', never a guess.
 */
import { isMap, isScalar, isSeq, isString, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { intrinsicName } from '../../exam/values';
import type { CheckContext } from './context';
import { actionMatches, type Answer } from './iam';

export interface StatementAt {
  statement: MapNode;
  /** Path of the statement, e.g. Resources/Role/Properties/Policies/0/PolicyDocument/Statement/1. */
  path: NodePath;
  owner: ResourceDeclaration;
}

const PRINCIPALS = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];
const POLICIES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'];

/**
 * Every statement of every identity policy the template declares that grants permissions: not trust
 * or resource policies, and not managed policies used as permissions boundaries (a boundary only caps).
 */
export function identityStatements(context: CheckContext): StatementAt[] {
  const found: StatementAt[] = [];
  const boundaries = new Set(
    context.resources(...PRINCIPALS).map((principal) => context.referenced(valueOf(principal.properties, 'PermissionsBoundary'))?.logicalId),
  );
  for (const owner of context.resources(...PRINCIPALS, ...POLICIES)) {
    if (boundaries.has(owner.logicalId)) continue;
    const base: NodePath = ['Resources', owner.logicalId, 'Properties'];
    if (PRINCIPALS.includes(owner.type!)) {
      const policies = valueOf(owner.properties, 'Policies');
      (isSeq(policies) ? policies.items : []).forEach((policy, index) => {
        found.push(...statementsOf(valueOf(policy, 'PolicyDocument'), [...base, 'Policies', index, 'PolicyDocument'], owner));
      });
    } else {
      found.push(...statementsOf(valueOf(owner.properties, 'PolicyDocument'), [...base, 'PolicyDocument'], owner));
    }
  }
  return found;
}

/** The statements of a role's AssumeRolePolicyDocument. */
export function trustStatements(role: ResourceDeclaration): StatementAt[] {
  const path: NodePath = ['Resources', role.logicalId, 'Properties', 'AssumeRolePolicyDocument'];
  return statementsOf(valueOf(role.properties, 'AssumeRolePolicyDocument'), path, role);
}

/** Statements written as maps in a document; a single statement map counts as a list of one. */
export function statementsOf(document: TemplateNode | undefined, documentPath: NodePath, owner: ResourceDeclaration): StatementAt[] {
  const statement = valueOf(document, 'Statement');
  const path = [...documentPath, 'Statement'];
  if (isMap(statement) && intrinsicName(statement) === undefined) return [{ statement, path, owner }];
  if (!isSeq(statement)) return [];
  return statement.items.flatMap((item, index) => (isMap(item) && intrinsicName(item) === undefined ? [{ statement: item, path: [...path, index], owner }] : []));
}

/** A string or a list of strings written literally; undefined when any part is computed. */
export function literalStrings(node: TemplateNode | undefined): string[] | undefined {
  if (isString(node)) return [node.value];
  if (!isSeq(node)) return undefined;
  const values = node.items.map((item) => (isScalar(item) && item.value !== null ? String(item.value) : undefined));
  return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** Whether the statement's Action (a string or list) names an action matching `action`; 'unknown' when computed. */
export function statementAllowsAction(statement: MapNode, action: string): Answer {
  if (valueOf(statement, 'NotAction') !== undefined) return 'unknown';
  const actions = literalStrings(valueOf(statement, 'Action'));
  if (actions === undefined) return 'unknown';
  return actions.some((pattern) => actionMatches(pattern, action)) ? 'yes' : 'no';
}

/**
 * Whether the role's trust policy lets this service (e.g. `lambda`, for lambda.amazonaws.com or a
 * regional form such as states.eu-west-1.amazonaws.com) assume it.
 */
export function trustsService(role: ResourceDeclaration, service: string): Answer {
  const document = valueOf(role.properties, 'AssumeRolePolicyDocument');
  if (!isMap(document) || intrinsicName(document) !== undefined) return 'unknown';
  const statements = trustStatements(role);
  const raw = valueOf(document, 'Statement');
  if (statements.length === 0 || (isSeq(raw) && raw.items.length !== statements.length)) return 'unknown';
  let unknown = false;
  for (const { statement } of statements) {
    const effect = valueOf(statement, 'Effect');
    if (!isString(effect)) {
      unknown = true;
      continue;
    }
    if (effect.value !== 'Allow') continue;
    const assume = statementAllowsAction(statement, 'sts:AssumeRole');
    if (assume === 'no') continue;
    const services = servicePrincipals(valueOf(statement, 'Principal'));
    if (services === undefined || assume === 'unknown') {
      unknown = true;
      continue;
    }
    if (services.some((name) => name === '*' || name.toLowerCase().split('.')[0] === service)) return 'yes';
  }
  return unknown ? 'unknown' : 'no';
}

/**
 * The service principal names of a Principal element ([] when it names none), with `${AWS::URLSuffix}`
 * read as amazonaws.com; '*' for a Principal of "*"; undefined when computed.
 */
export function servicePrincipals(principal: TemplateNode | undefined): string[] | undefined {
  if (principal === undefined) return [];
  if (isString(principal)) return principal.value === '*' ? ['*'] : [];
  if (!isMap(principal) || intrinsicName(principal) !== undefined) return undefined;
  // {"AWS": "*"} is everyone, as "*" is (the IAM policy reference says they are the same).
  const aws = valueOf(principal, 'AWS');
  const everyone = (isSeq(aws) ? aws.items : [aws]).some((item) => isString(item) && item.value === '*') ? ['*'] : [];
  const service = valueOf(principal, 'Service');
  if (service === undefined) return everyone;
  const items = isSeq(service) ? service.items : [service];
  const names = items.map(serviceName);
  return names.every((name) => name !== undefined) ? [...(names as string[]), ...everyone] : undefined;
}

function serviceName(node: TemplateNode): string | undefined {
  if (isString(node)) return node.value;
  if (intrinsicName(node) === 'Fn::Sub') {
    const text = valueOf(node, 'Fn::Sub');
    if (isString(text)) return text.value.replace(/\$\{AWS::URLSuffix\}/g, 'amazonaws.com');
  }
  return undefined;
}
