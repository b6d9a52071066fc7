/** T21: a secret's resource policy that allows everyone while the same resource asks Secrets Manager to block public policies. */
import { isMap, valueOf, type TemplateNode } from '../../../model';
import { intrinsicName, literalBoolean } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';
import { push, resourceHit } from './common';
import { isAllow, isEveryone, statementsOf } from './policyDocument';

const PAGE = 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutResourcePolicy.html';

/**
 * Whether a Condition may keep the statement to known principals: any operator that matches values (StringEquals on
 * aws:PrincipalOrgID, ArnLike on aws:PrincipalArn). Only negated operators (StringNotEquals: every account but this
 * one) and Null tests leave it open to everyone; a computed Condition counts as narrowing.
 */
function narrowed(condition: TemplateNode | undefined): boolean {
  if (condition === undefined) return false;
  if (!isMap(condition) || intrinsicName(condition) !== undefined) return true;
  return condition.entries.some(({ key }) => !/Not|^Null$/.test(key.value.replace(/IfExists$/, '').replace(/^ForAnyValue:|^ForAllValues:/, '')));
}

/** CX2124: BlockPublicPolicy true with a statement that allows any principal, with no condition. */
export const secretsPublicPolicyBlocked: CatalogueCheck = {
  id: 'CX2124',
  title: 'Secret resource policy allows everyone while BlockPublicPolicy is true',
  topics: ['T21', 'T32'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote: 'PublicPolicyException: The BlockPublicPolicy parameter is set to true, and the resource policy did not prevent broad access to the secret.',
    url: PAGE,
  },
  explanation: {
    what:
      'With BlockPublicPolicy true, Secrets Manager checks the resource policy before it attaches it and refuses one that allows broad ' +
      'access, such as an Allow statement for the principal * with no condition, or only a negated one (every account but this one); ' +
      'the resource fails to create.',
    exam:
      'share a secret by naming the accounts or roles (arn:aws:iam::111122223333:root), or keep * but restrict it with a condition ' +
      'such as aws:PrincipalOrgID; keep BlockPublicPolicy true so that a mistaken public policy is refused.',
    scenario: 'let the DR account read the replicated database secret, and nobody else',
    trap: 'a Deny statement for * is fine (it takes access away); only an Allow for everyone is public.',
  },
  resourceTypes: ['AWS::SecretsManager::ResourcePolicy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources('AWS::SecretsManager::ResourcePolicy')) {
      if (literalBoolean(valueOf(policy.properties, 'BlockPublicPolicy')) !== true) continue;
      const { statements } = statementsOf(valueOf(policy.properties, 'ResourcePolicy'));
      const open = statements.filter((statement) => isAllow(statement) && isEveryone(statement) && !narrowed(valueOf(statement, 'Condition')));
      if (open.length === 0) continue;
      push(
        hits,
        resourceHit(
          policy,
          `'${policy.logicalId}' allows every principal (Principal *, with no condition that names whom) while BlockPublicPolicy is true: Secrets Manager ` +
            'refuses the policy as public; name the accounts or roles, or add a condition such as aws:PrincipalOrgID',
        ),
      );
    }
    return hits;
  },
};
