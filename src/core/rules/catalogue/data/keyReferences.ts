/** Where a resource names a KMS key of the template to encrypt with: the key properties of services, read through aliases and Fn::If. */
import { isMap, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../types';
import { intrinsicName } from '../support/values';

export const KEY = 'AWS::KMS::Key';

/** The names services give the property that takes the KMS key they encrypt with (S3, SNS, SQS, RDS, Logs, EBS, Lambda, Backup…). */
const KEY_PROPERTIES = new Set([
  'KmsKeyId', 'KmsKeyArn', 'KmsMasterKeyId', 'KMSMasterKeyID', 'KMSMasterKeyId', 'KMSKeyId', 'KMSKeyArn', 'KmsKey', 'SSEKMSKeyId',
  'EncryptionKeyArn', 'KmsKeyIdentifier', 'ReplicaKmsKeyID',
]);
/** Types whose key properties name a key for another use than encrypting data (KMS's own, DNSSEC signing). */
export const OTHER_USES = new Set(['AWS::KMS::Alias', 'AWS::KMS::ReplicaKey', 'AWS::Route53::KeySigningKey']);

/** Types that hand their properties on as data (a nested stack's parameters, a custom resource's input): no service encrypts with them. */
const PASSED_ON = new Set(['AWS::CloudFormation::Stack', 'AWS::Serverless::Application', 'AWS::CloudFormation::CustomResource']);
/** Maps whose keys the author chooses (environment variables, parameters, tags, labels): a key named KmsKeyId there is data. */
const FREE_FORM_MAPS = new Set(['Variables', 'Environment', 'Parameters', 'Tags', 'DefinitionSubstitutions', 'DefaultArguments', 'DockerLabels']);

export function passesOn(type: string): boolean {
  return PASSED_ON.has(type) || type.startsWith('Custom::');
}

/**
 * What each branch of a key property names: a key of the template (directly, through an alias of the template), or
 * undefined for anything else (a parameter, an ARN, AWS::NoValue). A value without Fn::If is one branch.
 */
export function keysNamed(context: CheckContext, node: TemplateNode, depth = 0): (ResourceDeclaration | undefined)[] {
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
export function keyProperties(node: TemplateNode, path: (string | number)[], out: { node: TemplateNode; path: (string | number)[] }[]): void {
  if (path.length > 12) return;
  if (isSeq(node)) node.items.forEach((item, index) => keyProperties(item, [...path, index], out));
  if (!isMap(node) || intrinsicName(node) !== undefined) return;
  for (const entry of node.entries) {
    if (KEY_PROPERTIES.has(entry.key.value)) out.push({ node: entry.value, path: [...path, entry.key.value] });
    else if (!FREE_FORM_MAPS.has(entry.key.value)) keyProperties(entry.value, [...path, entry.key.value], out);
  }
}

