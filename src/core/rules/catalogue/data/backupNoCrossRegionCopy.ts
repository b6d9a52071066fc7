import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { listItems, resourceHit } from './common';
import { planRules } from './backup';

/** CX2214: a backup plan that keeps every recovery point in this Region and account. */
export const backupNoCrossRegionCopy: CatalogueCheck = {
  id: 'CX2214',
  title: 'Backup plan without a copy to another Region or account',
  topics: ['T22'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html',
  explanation: {
    what:
      'Without CopyActions every recovery point stays in the vault of this Region and account: a Regional outage or a ' +
      'compromised account takes the backups with it.',
    exam:
      'the backup-and-restore DR strategy (highest RTO/RPO, lowest cost) keeps copies in another Region, and often in ' +
      'another account of the organization with a vault lock, so ransomware or a deleted account cannot remove them.',
    scenario: 'backups must survive the loss of the primary Region and be protected from deletion by a compromised administrator',
    trap: 'copying to another vault in the same Region protects against deletion of a vault, not against a Regional outage.',
  },
  resourceTypes: ['AWS::Backup::BackupPlan'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      const rules = planRules(plan);
      if (rules.length === 0 || rules.some((rule) => listItems(valueOf(rule.rule, 'CopyActions')).length > 0)) continue;
      hits.push(
        resourceHit(
          plan,
          `Backup plan '${plan.logicalId}' copies no recovery point to another Region or account: the backups share the fate ` +
            'of this Region and account',
        ),
      );
    }
    return hits;
  },
};
