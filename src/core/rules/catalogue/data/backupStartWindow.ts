import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { numberValues, propertyHit, push } from './common';
import { planRules } from './backup';

/** CX2211: a backup rule whose start window is shorter than an hour. */
export const backupStartWindow: CatalogueCheck = {
  id: 'CX2211',
  title: 'Backup rule StartWindowMinutes under 60',
  topics: ['T22'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-backupruleresourcetype.html',
  rejection: {
    quote: 'If this value is included, it must be at least 60 minutes to avoid errors.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-backupruleresourcetype.html',
  },
  explanation: {
    what:
      'StartWindowMinutes is how long AWS Backup may keep trying to start a scheduled job before it is cancelled; it must ' +
      'be at least 60 minutes, and AWS Backup refuses a shorter window.',
    exam:
      'the schedule (cron in UTC or with ScheduleExpressionTimezone), start window and completion window decide when backups ' +
      'run; the RPO of a backup-and-restore DR strategy is the interval between backups.',
    scenario: 'take a backup every night within the maintenance window',
    trap: 'a completion window too short for the resource size cancels the job: leave room for the first, full backup.',
  },
  resourceTypes: ['AWS::Backup::BackupPlan'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        const minutes = numberValues(context, valueOf(rule.rule, 'StartWindowMinutes'));
        if (!minutes || !minutes.every((value) => value < 60)) continue;
        push(
          hits,
          propertyHit(
            plan,
            [...rule.path, 'StartWindowMinutes'],
            `A rule of '${plan.logicalId}' has StartWindowMinutes ${minutes.join('/')}: AWS Backup needs a start window of at least 60 minutes`,
          ),
        );
      }
    }
    return hits;
  },
};
