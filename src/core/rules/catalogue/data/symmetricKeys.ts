/** T20: a resource of the template encrypting with a KMS key of the template that cannot encrypt data for an AWS service. */
import { valueOf, type TemplateNode } from '../../../model';
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { stringValues } from './common';
import { KEY, keyProperties, keysNamed, OTHER_USES, passesOn } from './keyReferences';

const KMS_GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html';


/** What a key of the template cannot do, or undefined when it is (or may be) a symmetric encryption key. */
function unfitKey(context: CheckContext, key: ResourceDeclaration): string | undefined {
  const specs = stringValues(context, valueOf(key.properties, 'KeySpec'));
  const usages = stringValues(context, valueOf(key.properties, 'KeyUsage'));
  if (specs && specs.length > 0 && specs.every((spec) => spec !== 'SYMMETRIC_DEFAULT')) return `KeySpec ${specs.join('/')}`;
  if (usages && usages.length > 0 && usages.every((usage) => usage !== 'ENCRYPT_DECRYPT')) return `KeyUsage ${usages.join('/')}`;
  return undefined;
}

/** CX2036: a service asked to encrypt with an asymmetric, HMAC or signing key. */
export const encryptionWithUnfitKey: CatalogueCheck = {
  id: 'CX2036',
  title: 'Resource encrypts with a KMS key that is not a symmetric encryption key',
  topics: ['T20', 'T21'],
  severity: 'error',
  url: KMS_GUIDE,
  rejection: {
    quote: 'AWS services that are integrated with AWS KMS use only symmetric encryption KMS keys to encrypt your data.',
    url: KMS_GUIDE,
  },
  explanation: {
    what:
      'S3, EBS, RDS, CloudWatch Logs, SNS, SQS, Secrets Manager and the other services that encrypt data at rest with KMS ' +
      'use symmetric encryption keys (KeySpec SYMMETRIC_DEFAULT, KeyUsage ENCRYPT_DECRYPT). An asymmetric key (RSA, ECC), an ' +
      'HMAC key or a signing key cannot protect their data, and the resource that names one fails to create or to write.',
    exam:
      'a customer managed key for data at rest is a symmetric encryption key whose key policy lets the service (or the roles ' +
      'that use it) encrypt and decrypt; asymmetric keys are for signing or for encryption outside AWS by parties without KMS access.',
    scenario: 'encrypt the log group, the queue and the database with the team\'s own KMS key',
    trap: 'a key created for code signing (KeyUsage SIGN_VERIFY) cannot be reused to encrypt a log group or a bucket.',
  },
  resourceTypes: [KEY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of resourceDeclarations(context.template.root)) {
      if (!resource.type || OTHER_USES.has(resource.type) || passesOn(resource.type) || !resource.properties) continue;
      const found: { node: TemplateNode; path: (string | number)[] }[] = [];
      keyProperties(resource.properties, [], found);
      for (const { node, path } of found) hits.push(...unfitKeyHits(context, resource, node, path));
    }
    return hits;
  },
};

/** One hit per unfit key the property names: an error when every deployment names one, a warning when only some do. */
function unfitKeyHits(context: CheckContext, resource: ResourceDeclaration, node: TemplateNode, path: (string | number)[]): CheckHit[] {
  const branches = keysNamed(context, node).map((key) => ({ key, unfit: key && unfitKey(context, key) }));
  const always = branches.every((branch) => branch.unfit) && attributeAt(resource, 'Condition') === undefined;
  const reported = new Set<string>();
  const hits: CheckHit[] = [];
  for (const { key, unfit } of branches) {
    if (!key || !unfit || reported.has(key.logicalId)) continue;
    reported.add(key.logicalId);
    const hit: CheckHit = {
      message:
        `${path.at(-1)} of '${resource.logicalId}' names key '${key.logicalId}'${always ? '' : ' in some deployments'}, whose ${unfit} cannot encrypt data ` +
        'for an AWS service: it takes a symmetric encryption key (KeySpec SYMMETRIC_DEFAULT, KeyUsage ENCRYPT_DECRYPT)' +
        (always ? '' : '; the stacks that name it fail'),
      span: node.span,
      path: ['Resources', resource.logicalId, 'Properties', ...path],
    };
    hits.push(always ? hit : { ...hit, severity: 'warning' });
  }
  return hits;
}
