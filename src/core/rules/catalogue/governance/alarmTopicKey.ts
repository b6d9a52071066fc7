/** T31: an alarm that notifies a topic CloudWatch cannot publish to. */
import { isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { isManagedSnsKey } from './eventTargets';

const ACTIONS = ['AlarmActions', 'OKActions', 'InsufficientDataActions'];

/** CX3125: CloudWatch cannot use the AWS managed SNS key, whose policy nobody can change. */
export const alarmTopicManagedKey: CatalogueCheck = {
  id: 'CX3125',
  title: 'Alarm notifies an SNS topic encrypted with the AWS managed key (alias/aws/sns)',
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
          const key = topic?.type === 'AWS::SNS::Topic' ? literalString(valueOf(topic.properties, 'KmsMasterKeyId')) : undefined;
          if (!isManagedSnsKey(key)) return;
          hits.push({
            message:
              `Alarm '${alarm.logicalId}' notifies topic '${topic!.logicalId}', encrypted with the AWS managed key alias/aws/sns: CloudWatch ` +
              'cannot use that key, so no notification arrives; encrypt the topic with a customer managed key that allows cloudwatch.amazonaws.com',
            span: action.span,
            path: ['Resources', alarm.logicalId, 'Properties', name, index],
          });
        });
      }
    }
    return hits;
  },
};
