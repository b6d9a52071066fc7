import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { numberValues, propertyHit, push } from './common';
import { lifecycles, planRules } from './backup';

/** CX2210: recovery points deleted less than 90 days after they move to cold storage. */
export const backupColdStorageRetention: CatalogueCheck = {
  id: 'CX2210',
  title: 'Backup lifecycle deletes less than 90 days after the move to cold storage',
  topics: ['T22'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-lifecycleresourcetype.html',
  rejection: {
    quote: 'This value must be at least 90 days after the number of days specified in MoveToColdStorageAfterDays.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-lifecycleresourcetype.html',
  },
  explanation: {
    what:
      'Backups moved to cold storage must stay there at least 90 days, so DeleteAfterDays must be at least ' +
      'MoveToColdStorageAfterDays + 90; AWS Backup rejects a plan whose rule or copy action breaks that.',
    exam:
      'long-term retention at low cost is AWS Backup with a lifecycle to cold storage (for the resource types that support ' +
      'it) and copy actions to another Region or account for disaster recovery.',
    scenario: 'keep monthly backups for a year at the lowest storage cost',
    trap: 'the 90-day minimum applies to copies as well: their Lifecycle is checked the same way.',
  },
  resourceTypes: ['AWS::Backup::BackupPlan'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        for (const lifecycle of lifecycles(rule)) {
          const cold = numberValues(context, valueOf(lifecycle.node, 'MoveToColdStorageAfterDays'));
          const remove = numberValues(context, valueOf(lifecycle.node, 'DeleteAfterDays'));
          if (!cold || !remove || cold.length !== 1 || remove.length !== 1) continue;
          // -1 keeps recovery points indefinitely.
          if (cold[0] <= 0 || remove[0] <= 0 || remove[0] >= cold[0] + 90) continue;
          push(
            hits,
            propertyHit(
              plan,
              [...lifecycle.path, 'DeleteAfterDays'],
              `'${plan.logicalId}' deletes recovery points after ${remove[0]} days but moves them to cold storage after ` +
                `${cold[0]}: cold storage needs at least 90 days, so DeleteAfterDays must be ${cold[0] + 90} or more`,
            ),
          );
        }
      }
    }
    return hits;
  },
};
