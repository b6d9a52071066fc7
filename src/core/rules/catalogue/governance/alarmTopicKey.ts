/** T31: an alarm that notifies a topic CloudWatch cannot publish to. */
import { isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { unusableTopicKey } from '../support/topicKeys';

const CLOUDWATCH = 'cloudwatch.amazonaws.com';

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
          const why = topic?.type === 'AWS::SNS::Topic' ? unusableTopicKey(context, topic, CLOUDWATCH) : undefined;
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
