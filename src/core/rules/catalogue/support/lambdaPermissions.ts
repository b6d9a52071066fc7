/**
 * Which AWS::Lambda::Permission resources let a service principal invoke a function of the template:
 * the permission names the function (Ref, Fn::GetAtt, a version or alias of it, or its literal name)
 * and the principal. A name or principal the template computes answers 'unknown'.
 */
import { valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from './context';
import type { Answer } from './iam';
import { literalString } from './values';

export interface PermissionMatch {
  permission: ResourceDeclaration;
  answer: Answer;
}

/** The permissions that may let `principal` (e.g. events.amazonaws.com) invoke `fn`, best answer first. */
export function invokePermissions(context: CheckContext, fn: ResourceDeclaration, principal: string): PermissionMatch[] {
  const matches: PermissionMatch[] = [];
  for (const permission of context.resources('AWS::Lambda::Permission')) {
    const names = namesFunction(context, valueOf(permission.properties, 'FunctionName'), fn);
    const grants = namesPrincipal(valueOf(permission.properties, 'Principal'), principal);
    if (names === 'no' || grants === 'no') continue;
    matches.push({ permission, answer: names === 'yes' && grants === 'yes' ? 'yes' : 'unknown' });
  }
  return matches.sort((a, b) => (a.answer === b.answer ? 0 : a.answer === 'yes' ? -1 : 1));
}

function namesFunction(context: CheckContext, node: TemplateNode | undefined, fn: ResourceDeclaration): Answer {
  const target = context.referenced(node);
  if (target) {
    if (target === fn) return 'yes';
    if (target.type === 'AWS::Lambda::Version' || target.type === 'AWS::Lambda::Alias') {
      return context.referenced(valueOf(target.properties, 'FunctionName')) === fn ? 'yes' : 'no';
    }
    return 'no';
  }
  const literal = literalString(node);
  if (literal === undefined) return 'unknown';
  const own = literalString(valueOf(fn.properties, 'FunctionName'));
  const name = literal.startsWith('arn:') ? literal.split(':')[6] : literal.split(':')[0];
  return own !== undefined && own === name ? 'yes' : 'no';
}

function namesPrincipal(node: TemplateNode | undefined, principal: string): Answer {
  const literal = literalString(node);
  if (literal === undefined) return 'unknown';
  // A service's regional principal (logs.eu-west-1.amazonaws.com) names it too.
  const service = principal.replace('.amazonaws.com', '');
  return literal === principal || literal === service || new RegExp(`^${service}\\.[a-z0-9-]+\\.amazonaws\\.com$`).test(literal) ? 'yes' : 'no';
}
