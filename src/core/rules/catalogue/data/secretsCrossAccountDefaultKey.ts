import { valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalString } from '../support/values';
import { neverGiven, push, resourceHit } from './common';
import { isAllow, isEveryone, principalValues, statementsOf } from './policyDocument';
import { namedIds } from './references';

/** CX2119: a secret shared with another account but encrypted with the AWS managed key. */
export const secretsCrossAccountDefaultKey: CatalogueCheck = {
  id: 'CX2119',
  title: 'Secret shared with another account uses the aws/secretsmanager key',
  topics: ['T21', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html',
  explanation: {
    what:
      'Another account can read a secret only if it may also decrypt it, and the AWS managed key aws/secretsmanager cannot ' +
      'be shared: its key policy is not yours to change. A secret without KmsKeyId uses that key, so the other account is ' +
      'denied even though the resource policy allows it.',
    exam:
      'cross-account secrets need three things: a customer managed key whose key policy lets the other account decrypt, a ' +
      'resource policy on the secret, and an IAM policy in the other account.',
    scenario: 'a pipeline in the tools account must read a secret that lives in the production account',
    trap: 'changing KmsKeyId later re-encrypts only the AWSCURRENT, AWSPENDING and AWSPREVIOUS versions, which stay readable with the old key too: set the customer managed key when creating the secret.',
  },
  resourceTypes: ['AWS::SecretsManager::ResourcePolicy', 'AWS::SecretsManager::Secret'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources('AWS::SecretsManager::ResourcePolicy')) {
      const secret = context.referenced(valueOf(policy.properties, 'SecretId'));
      if (secret?.type !== 'AWS::SecretsManager::Secret' || !neverGiven(valueOf(secret.properties, 'KmsKeyId'))) continue;
      const { statements } = statementsOf(valueOf(policy.properties, 'ResourcePolicy'));
      const shared = statements.some((statement) => isAllow(statement) && !isEveryone(statement) && principalValues(statement, 'AWS').some((principal) => isOtherAccount(context, principal)));
      if (!shared) continue;
      push(
        hits,
        resourceHit(
          secret,
          `Secret '${secret.logicalId}' is shared with another account by '${policy.logicalId}' but has no KmsKeyId: the ` +
            'AWS managed key aws/secretsmanager cannot be used from another account, so reads are denied',
        ),
      );
    }
    return hits;
  },
};

/** A principal naming an account literally (12 digits), or built from template parameters only (not this account). */
function isOtherAccount(context: CheckContext, principal: TemplateNode): boolean {
  const text = literalString(principal);
  if (text !== undefined) return /^(\d{12}|arn:aws[\w-]*:iam::\d{12}:)/.test(text);
  const ids = [...namedIds(principal)];
  if (ids.includes('AWS::AccountId')) return false;
  const others = ids.filter((id) => !id.startsWith('AWS::'));
  return others.length > 0 && others.every((id) => context.parameter(id) !== undefined);
}
