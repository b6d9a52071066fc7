/**
 * Reading policy documents written in a template (key policies, bucket policies, trust policies):
 * their statements, actions and principals, each known or unknown, never guessed.
 */
import { isMap, isSeq, isString, valueOf, type MapNode, type TemplateNode } from '../../../model';
import { actionMatches } from '../support/iam';
import { intrinsicName, literalString } from '../support/values';

export interface Statements {
  statements: MapNode[];
  /** False when a statement (or the document) is computed, so something may be missing. */
  complete: boolean;
}

/** The statements of a policy document written as a map. */
export function statementsOf(document: TemplateNode | undefined): Statements {
  if (!isMap(document) || intrinsicName(document) !== undefined) return { statements: [], complete: false };
  const statement = valueOf(document, 'Statement');
  if (isMap(statement) && intrinsicName(statement) === undefined) return { statements: [statement], complete: true };
  if (!isSeq(statement)) return { statements: [], complete: false };
  const statements = statement.items.filter((item): item is MapNode => isMap(item) && intrinsicName(item) === undefined);
  return { statements, complete: statements.length === statement.items.length };
}

/** The literal actions of a statement's Action; undefined when computed (or when it uses NotAction). */
export function actionsOf(statement: MapNode): string[] | undefined {
  if (valueOf(statement, 'NotAction') !== undefined) return undefined;
  const action = valueOf(statement, 'Action');
  const single = literalString(action);
  if (single !== undefined) return [single];
  if (!isSeq(action)) return undefined;
  const names = action.items.map(literalString);
  return names.every((name) => name !== undefined) ? (names as string[]) : undefined;
}

/** Whether the statement's actions cover the action: yes, no, or unknown. */
export function coversAction(statement: MapNode, action: string): 'yes' | 'no' | 'unknown' {
  const actions = actionsOf(statement);
  if (!actions) return 'unknown';
  return actions.some((pattern) => actionMatches(pattern, action)) ? 'yes' : 'no';
}

export function isAllow(statement: MapNode): boolean {
  return literalString(valueOf(statement, 'Effect')) === 'Allow';
}

/** The values of one principal kind (AWS, Service…), literal or computed; `*` stands for everyone. */
export function principalValues(statement: MapNode, kind: string): TemplateNode[] {
  const principal = valueOf(statement, 'Principal');
  if (isString(principal)) return principal.value === '*' && kind === 'AWS' ? [principal] : [];
  const value = valueOf(principal, kind);
  if (value === undefined) return [];
  return isSeq(value) ? value.items : [value];
}

/** Principal is `*` or `{AWS: '*'}` (or a list holding `*`). */
export function isEveryone(statement: MapNode): boolean {
  return principalValues(statement, 'AWS').some((value) => literalString(value) === '*');
}

/** The statement names an AWS principal (an account, role or user, or everyone). */
export function namesAwsPrincipal(statement: MapNode): boolean {
  return principalValues(statement, 'AWS').length > 0;
}

/** The statement names a principal of another kind only (Service, Federated, CanonicalUser). */
export function principalIsUnreadable(statement: MapNode): boolean {
  if (valueOf(statement, 'NotPrincipal') !== undefined) return true;
  const principal = valueOf(statement, 'Principal');
  return principal !== undefined && !isString(principal) && (!isMap(principal) || intrinsicName(principal) !== undefined);
}

/** The service principals a statement names, written literally. */
export function servicePrincipals(statement: MapNode): string[] {
  return principalValues(statement, 'Service')
    .map(literalString)
    .filter((name): name is string => name !== undefined);
}
