import { isSeq, isString, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { allowsAction, rolePolicies } from '../support/iam';
import { resourceHit } from './common';
import { coversAction, isAllow, statementsOf } from './policyDocument';
import { names } from './references';

/** CX2115: a role that may read a secret but not decrypt it with the secret's customer managed key. */
export const secretsRoleWithoutDecrypt: CatalogueCheck = {
  id: 'CX2115',
  title: 'Role reads a secret encrypted with a customer managed key but lacks kms:Decrypt',
  topics: ['T21', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html',
  explanation: {
    what:
      'A secret encrypted with a customer managed KMS key can only be read by a principal that may also use the key: ' +
      'GetSecretValue then needs kms:Decrypt on that key, from the role\'s policy (the key policy trusting the account) ' +
      'or from the key policy itself. Without it the call fails with an access denied error from KMS.',
    exam:
      'least-privilege access to a secret is secretsmanager:GetSecretValue on that secret ARN plus kms:Decrypt on its key ' +
      '(optionally limited with kms:ViaService secretsmanager); the same holds for SecureString parameters.',
    scenario: 'the application role gets AccessDeniedException when it reads the database secret',
    trap: 'the AWS managed key aws/secretsmanager needs no extra permission, but it cannot be shared across accounts.',
  },
  resourceTypes: ['AWS::SecretsManager::Secret', 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    const encrypted = context
      .resources('AWS::SecretsManager::Secret')
      .map((secret) => ({ secret, key: context.referenced(valueOf(secret.properties, 'KmsKeyId')) }))
      .filter((pair): pair is { secret: ResourceDeclaration; key: ResourceDeclaration } => pair.key?.type === 'AWS::KMS::Key');
    if (encrypted.length === 0) return hits;
    for (const role of context.resources('AWS::IAM::Role')) {
      const readable = encrypted.filter(({ secret }) => readsSecret(context, role, secret));
      for (const { secret, key } of readable) {
        if (allowsAction(context, role, 'kms:Decrypt') !== 'no' || keyPolicyGrants(key, role)) continue;
        hits.push(
          resourceHit(
            role,
            `Role '${role.logicalId}' may read secret '${secret.logicalId}' but has no kms:Decrypt for its key ` +
              `'${key.logicalId}': reading the secret fails with access denied`,
          ),
        );
      }
    }
    return hits;
  },
};

/** A statement of the role allows GetSecretValue on a resource that names the secret. */
function readsSecret(context: CheckContext, role: ResourceDeclaration, secret: ResourceDeclaration): boolean {
  return rolePolicies(context, role).statements.some(
    (statement) => isAllow(statement) && coversAction(statement, 'secretsmanager:GetSecretValue') === 'yes' && names(valueOf(statement, 'Resource'), secret.logicalId),
  );
}

/**
 * The key policy gives the role kms:Decrypt itself, or everyone (`"*"`, often narrowed by conditions such as
 * kms:ViaService), or cannot be read, so it may. The account root only hands the decision to IAM policies.
 */
function keyPolicyGrants(key: ResourceDeclaration, role: ResourceDeclaration): boolean {
  const policy = valueOf(key.properties, 'KeyPolicy');
  // No key policy: the default one, which leaves access to IAM policies.
  if (policy === undefined) return false;
  const { statements, complete } = statementsOf(policy);
  if (!complete) return true;
  return statements.some((statement: MapNode) => {
    if (!isAllow(statement) || coversAction(statement, 'kms:Decrypt') === 'no') return false;
    const principal = valueOf(statement, 'Principal');
    return names(principal, role.logicalId) || isEveryone(principal);
  });
}

/** `Principal: "*"` or `Principal: {AWS: "*"}` (also in a list). */
function isEveryone(principal: TemplateNode | undefined): boolean {
  if (isString(principal)) return principal.value === '*';
  const aws = valueOf(principal, 'AWS');
  if (isString(aws)) return aws.value === '*';
  return isSeq(aws) && aws.items.some((item) => isString(item) && item.value === '*');
}
