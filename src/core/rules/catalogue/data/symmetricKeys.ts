/** T20: a resource of the template encrypting with a KMS key of the template that cannot encrypt data for an AWS service. */
import { isMap, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { attributeAt, intrinsicName } from '../support/values';
import { stringValues } from './common';

const KEY = 'AWS::KMS::Key';
const KMS_GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html';

/** The names services give the property that takes the KMS key they encrypt with (S3, SNS, SQS, RDS, Logs, EBS, Lambda, Backup…). */
const KEY_PROPERTIES = new Set([
  'KmsKeyId', 'KmsKeyArn', 'KmsMasterKeyId', 'KMSMasterKeyID', 'KMSMasterKeyId', 'KMSKeyId', 'KMSKeyArn', 'KmsKey', 'SSEKMSKeyId',
  'EncryptionKeyArn', 'KmsKeyIdentifier', 'ReplicaKmsKeyID',
]);
/** Types whose key properties name a key for another use than encrypting data (KMS's own, DNSSEC signing). */
const OTHER_USES = new Set(['AWS::KMS::Alias', 'AWS::KMS::ReplicaKey', 'AWS::Route53::KeySigningKey']);

/** What a key of the template cannot do, or undefined when it is (or may be) a symmetric encryption key. */
function unfitKey(context: CheckContext, key: ResourceDeclaration): string | undefined {
  const specs = stringValues(context, valueOf(key.properties, 'KeySpec'));
  const usages = stringValues(context, valueOf(key.properties, 'KeyUsage'));
  if (specs && specs.length > 0 && specs.every((spec) => spec !== 'SYMMETRIC_DEFAULT')) return `KeySpec ${specs.join('/')}`;
  if (usages && usages.length > 0 && usages.every((usage) => usage !== 'ENCRYPT_DECRYPT')) return `KeyUsage ${usages.join('/')}`;
  return undefined;
}

/** Types that hand their properties on as data (a nested stack's parameters, a custom resource's input): no service encrypts with them. */
const PASSED_ON = new Set(['AWS::CloudFormation::Stack', 'AWS::Serverless::Application', 'AWS::CloudFormation::CustomResource']);
/** Maps whose keys the author chooses (environment variables, parameters, tags, labels): a key named KmsKeyId there is data. */
const FREE_FORM_MAPS = new Set(['Variables', 'Environment', 'Parameters', 'Tags', 'DefinitionSubstitutions', 'DefaultArguments', 'DockerLabels']);

function passesOn(type: string): boolean {
  return PASSED_ON.has(type) || type.startsWith('Custom::');
}

/**
 * What each branch of a key property names: a key of the template (directly, through an alias of the template), or
 * undefined for anything else (a parameter, an ARN, AWS::NoValue). A value without Fn::If is one branch.
 */
function keysNamed(context: CheckContext, node: TemplateNode, depth = 0): (ResourceDeclaration | undefined)[] {
  if (depth > 5) return [undefined];
  if (intrinsicName(node) === 'Fn::If') {
    const args = (node as MapNode).entries[0].value;
    return isSeq(args) && args.items.length === 3 ? args.items.slice(1).flatMap((branch) => keysNamed(context, branch, depth + 1)) : [undefined];
  }
  const named = context.referenced(node);
  if (named?.type === KEY) return [named];
  if (named?.type === 'AWS::KMS::Alias') {
    const target = valueOf(named.properties, 'TargetKeyId');
    return target ? keysNamed(context, target, depth + 1) : [undefined];
  }
  return [undefined];
}

/** Every key property under a value, with its path below the resource's Properties. */
function keyProperties(node: TemplateNode, path: (string | number)[], out: { node: TemplateNode; path: (string | number)[] }[]): void {
  if (path.length > 12) return;
  if (isSeq(node)) node.items.forEach((item, index) => keyProperties(item, [...path, index], out));
  if (!isMap(node) || intrinsicName(node) !== undefined) return;
  for (const entry of node.entries) {
    if (KEY_PROPERTIES.has(entry.key.value)) out.push({ node: entry.value, path: [...path, entry.key.value] });
    else if (!FREE_FORM_MAPS.has(entry.key.value)) keyProperties(entry.value, [...path, entry.key.value], out);
  }
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
