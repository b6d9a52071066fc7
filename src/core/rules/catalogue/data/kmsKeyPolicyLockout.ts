import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysTrue, propertyHit, push } from './common';
import { coversAction, isAllow, namesAwsPrincipal, principalIsUnreadable, statementsOf } from './policyDocument';

/** CX2015: a key policy that lets no one change it again, which KMS refuses. */
export const kmsKeyPolicyLockout: CatalogueCheck = {
  id: 'CX2015',
  title: 'KMS key policy lets no principal call PutKeyPolicy',
  topics: ['T20', 'T32'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html',
  rejection: {
    quote: 'The key policy must allow the caller to make a subsequent PutKeyPolicy request on the KMS key.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html',
  },
  explanation: {
    what:
      'KMS checks a new key policy with its lockout safety check: the principal creating the key must still be able to ' +
      'change the policy afterwards (kms:PutKeyPolicy). A policy that grants that to no IAM principal at all is rejected ' +
      'and the key is not created.',
    exam:
      'the default key policy statement "Enable IAM User Permissions" (the account root with kms:*) lets IAM policies ' +
      'grant access to the key; key administrators and key users are then separate statements. Cross-account use needs ' +
      'the other account in the key policy and an IAM policy there.',
    scenario: 'the security team must manage the key while only the application role may use it to decrypt',
    trap: 'a key policy granting only kms:Encrypt/Decrypt to a role or a service locks everyone out of managing the key.',
  },
  resourceTypes: ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const key of context.resources('AWS::KMS::Key', 'AWS::KMS::ReplicaKey')) {
      if (alwaysTrue(context, valueOf(key.properties, 'BypassPolicyLockoutSafetyCheck'))) continue;
      const policy = valueOf(key.properties, 'KeyPolicy');
      const { statements, complete } = statementsOf(policy);
      if (!complete || statements.length === 0) continue;
      const allows = statements.filter(isAllow);
      if (allows.some((statement) => principalIsUnreadable(statement))) continue;
      const answers = allows.filter(namesAwsPrincipal).map((statement) => coversAction(statement, 'kms:PutKeyPolicy'));
      if (answers.some((answer) => answer !== 'no')) continue;
      push(
        hits,
        propertyHit(
          key,
          ['KeyPolicy'],
          `The key policy of '${key.logicalId}' lets no IAM principal call kms:PutKeyPolicy: KMS refuses a policy that would ` +
            'lock every administrator out of the key; allow the account root (kms:*) or a key administrator role',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};
