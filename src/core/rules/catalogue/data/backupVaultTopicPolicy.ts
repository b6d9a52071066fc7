/** T22: backup vault notifications to a topic of the template that does not let AWS Backup publish. */
import { valueOf } from '../../../model';
import { admitsService } from '../support/principals';
import { topicPolicies } from '../support/topicPolicies';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';

const SERVICE = 'backup.amazonaws.com';

/** CX2226: vault notifications whose topic policy does not admit backup.amazonaws.com. */
export const backupVaultTopicPolicy: CatalogueCheck = {
  id: 'CX2226',
  title: 'Backup vault notifications to an SNS topic that does not let AWS Backup publish',
  topics: ['T22', 'T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/sns-notifications.html',
  explanation: {
    what:
      'A backup vault publishes its events (a failed copy to the DR Region, a restore that completed) with the service principal ' +
      'backup.amazonaws.com. The topic needs a topic policy that allows that principal SNS:Publish; without it the vault accepts the ' +
      'notification settings and no message is ever delivered.',
    exam:
      'watch the DR copies: notify on COPY_JOB_FAILED (and BACKUP_JOB_COMPLETED with a filter on the state), through a topic whose ' +
      'policy admits backup.amazonaws.com, and whose key policy does too when the topic is encrypted.',
    scenario: 'the operations team must know when a cross-Region backup copy fails',
    trap: "the default topic policy admits only the account's own principals, not AWS services.",
  },
  resourceTypes: ['AWS::Backup::BackupVault'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const vault of context.resources('AWS::Backup::BackupVault')) {
      const topic = context.referenced(valueOf(valueOf(vault.properties, 'Notifications'), 'SNSTopicArn'));
      if (topic?.type !== 'AWS::SNS::Topic' || admitsService(topicPolicies(context, topic.logicalId), SERVICE) !== 'no') continue;
      push(
        hits,
        propertyHit(
          vault,
          ['Notifications', 'SNSTopicArn'],
          `Vault '${vault.logicalId}' notifies topic '${topic.logicalId}', but no topic policy in the template lets ${SERVICE} publish ` +
            'to it: the notifications are never delivered',
        ),
      );
    }
    return hits;
  },
};
