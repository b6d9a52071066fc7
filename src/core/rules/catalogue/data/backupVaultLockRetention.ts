import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { numberValues, propertyHit, push } from './common';
import { planRules } from './backup';

/** CX2217: a backup rule whose retention falls outside the vault lock of its target vault. */
export const backupVaultLockRetention: CatalogueCheck = {
  id: 'CX2217',
  title: 'Backup rule retention outside the target vault lock',
  topics: ['T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupvault-lockconfigurationtype.html',
  explanation: {
    what:
      'A vault lock with MinRetentionDays / MaxRetentionDays makes the vault fail every backup or copy job whose retention is ' +
      'shorter or longer than that range: the plan deploys, but its jobs fail.',
    exam:
      'AWS Backup Vault Lock (WORM) protects backups from deletion, even by the root user once the lock date passes; the ' +
      'plan\'s DeleteAfterDays must fit the lock\'s retention range.',
    scenario: 'backups must be immutable for at least one year to meet a compliance rule',
    trap: 'after ChangeableForDays the lock cannot be changed or removed: test the retention range before it locks.',
  },
  resourceTypes: ['AWS::Backup::BackupPlan', 'AWS::Backup::BackupVault'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        const vault = context.referenced(valueOf(rule.rule, 'TargetBackupVault'));
        if (vault?.type !== 'AWS::Backup::BackupVault') continue;
        const lock = valueOf(vault.properties, 'LockConfiguration');
        if (lock === undefined) continue;
        const days = numberValues(context, valueOf(valueOf(rule.rule, 'Lifecycle'), 'DeleteAfterDays'));
        if (!days || days.length !== 1 || days[0] <= 0) continue;
        const min = numberValues(context, valueOf(lock, 'MinRetentionDays'));
        const max = numberValues(context, valueOf(lock, 'MaxRetentionDays'));
        const tooShort = min?.length === 1 && days[0] < min[0];
        const tooLong = max?.length === 1 && days[0] > max[0];
        if (!tooShort && !tooLong) continue;
        const bound = tooShort ? `at least ${min![0]}` : `at most ${max![0]}`;
        push(
          hits,
          propertyHit(
            plan,
            [...rule.path, 'Lifecycle', 'DeleteAfterDays'],
            `A rule of '${plan.logicalId}' keeps recovery points ${days[0]} days, but the vault lock of '${vault.logicalId}' ` +
              `requires ${bound} days: the vault fails every backup job of this rule`,
          ),
        );
      }
    }
    return hits;
  },
};
