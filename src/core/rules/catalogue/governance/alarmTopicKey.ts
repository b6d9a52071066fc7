/** T31: an alarm that notifies a topic CloudWatch cannot publish to. */
import { isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import type { CatalogueCheck, CheckHit } from '../types';
import { admitsService } from '../support/principals';
import { literalString } from '../support/values';
import { isManagedSnsKey } from './eventTargets';

const CLOUDWATCH = 'cloudwatch.amazonaws.com';

/** Why CloudWatch cannot use the key of the topic, or undefined when it can (or the template cannot tell). */
function unusableKey(context: CheckContext, topic: ResourceDeclaration): string | undefined {
  const keyNode = valueOf(topic.properties, 'KmsMasterKeyId');
  if (isManagedSnsKey(literalString(keyNode))) return 'encrypted with the AWS managed key alias/aws/sns, which CloudWatch cannot use';
  const key = keyOf(context, keyNode);
  if (!key || admitsService([valueOf(key.properties, 'KeyPolicy')], CLOUDWATCH) !== 'no') return undefined;
  return `encrypted with key '${key.logicalId}', whose key policy does not let ${CLOUDWATCH} use it`;
}

/** The AWS::KMS::Key of this template a KmsMasterKeyId names, directly or through an AWS::KMS::Alias. */
function keyOf(context: CheckContext, node: TemplateNode | undefined): ResourceDeclaration | undefined {
  const named = context.referenced(node);
  if (named?.type === 'AWS::KMS::Alias') return keyOf(context, valueOf(named.properties, 'TargetKeyId'));
  return named?.type === 'AWS::KMS::Key' ? named : undefined;
}

const ACTIONS = ['AlarmActions', 'OKActions', 'InsufficientDataActions'];

/** CX3125: CloudWatch cannot use the topic's key: the AWS managed SNS key, or a key of this template whose policy leaves it out. */
export const alarmTopicManagedKey: CatalogueCheck = {
  id: 'CX3125',
  title: 'Alarm notifies an SNS topic encrypted with a key CloudWatch cannot use (alias/aws/sns, or a key policy without CloudWatch)',
  topics: ['T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html',
  explanation: {
    what:
      'CloudWatch publishes an alarm\'s notification to an encrypted topic only when the key policy lets cloudwatch.amazonaws.com ' +
      'use the key. The AWS managed key alias/aws/sns has a policy nobody can change, so the alarm changes state and nobody is ' +
      'notified. AWS\'s answer is a customer managed key whose policy allows CloudWatch (kms:GenerateDataKey*, kms:Decrypt).',
    exam: '"the alarm fires but the on-call team gets no email" with an encrypted topic points to the key policy: a customer managed key that allows the service.',
    trap: 'encrypting the topic with the default key looks like the secure choice but silently breaks the alarm notifications.',
  },
  resourceTypes: ['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm', 'AWS::SNS::Topic'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources('AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm')) {
      for (const name of ACTIONS) {
        const actions = valueOf(alarm.properties, name);
        (isSeq(actions) ? actions.items : []).forEach((action, index) => {
          const topic = context.referenced(action);
          const why = topic?.type === 'AWS::SNS::Topic' ? unusableKey(context, topic) : undefined;
          if (!why) return;
          hits.push({
            message:
              `Alarm '${alarm.logicalId}' notifies topic '${topic!.logicalId}', ${why}: no notification arrives; encrypt the topic with a ` +
              `customer managed key whose policy allows ${CLOUDWATCH} kms:GenerateDataKey* and kms:Decrypt`,
            span: action.span,
            path: ['Resources', alarm.logicalId, 'Properties', name, index],
          });
        });
      }
    }
    return hits;
  },
};
