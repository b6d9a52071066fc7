/** Whether a service can publish to an encrypted SNS topic: the key the topic names must let that service use it. */
import { valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from './context';
import { admitsService } from './principals';
import { literalString } from './values';

/** `alias/aws/sns`, written as the alias or its ARN: the AWS managed key whose policy no service can be added to. */
export function isManagedSnsKey(key: string | undefined): boolean {
  return key !== undefined && /(^|:)alias\/aws\/sns$/.test(key);
}

/**
 * Why `service` cannot use the key of the topic, or undefined when it can (or the template cannot tell): the AWS
 * managed key, or a key of this template (named directly or through an alias) whose key policy leaves the service out.
 */
export function unusableTopicKey(context: CheckContext, topic: ResourceDeclaration, service: string): string | undefined {
  const keyNode = valueOf(topic.properties, 'KmsMasterKeyId');
  if (isManagedSnsKey(literalString(keyNode))) return 'encrypted with the AWS managed key alias/aws/sns, whose policy no service can be added to';
  const key = keyOf(context, keyNode);
  if (!key || admitsService([valueOf(key.properties, 'KeyPolicy')], service) !== 'no') return undefined;
  return `encrypted with key '${key.logicalId}', whose key policy does not let ${service} use it`;
}

/** The AWS::KMS::Key of this template a KmsMasterKeyId names, directly or through an AWS::KMS::Alias. */
function keyOf(context: CheckContext, node: TemplateNode | undefined): ResourceDeclaration | undefined {
  const named = context.referenced(node);
  if (named?.type === 'AWS::KMS::Alias') return keyOf(context, valueOf(named.properties, 'TargetKeyId'));
  return named?.type === 'AWS::KMS::Key' ? named : undefined;
}
