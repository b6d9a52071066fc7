import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { alwaysTrue, numberValues, propertyHit, push } from './common';
import { planRules } from './backup';

/** CX2212: continuous backups (point-in-time restore) kept longer than 35 days. */
export const backupContinuousRetention: CatalogueCheck = {
  id: 'CX2212',
  title: 'Continuous backup rule retained longer than 35 days',
  topics: ['T22'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/point-in-time-recovery-retention-period.html',
  rejection: {
    quote: 'The minimum retention period is 1 day. The maximum retention period is 35 days.',
    url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/point-in-time-recovery-retention-period.html',
  },
  explanation: {
    what:
      'A rule with EnableContinuousBackup: true keeps a continuous recovery point for point-in-time restore; its retention ' +
      'is limited to 1–35 days, so a longer DeleteAfterDays is refused.',
    exam:
      'combine two rules: continuous backup (PITR, 35 days at most) for a low RPO, and daily or monthly snapshot backups with ' +
      'a long retention and cross-Region copies for compliance and DR.',
    scenario: 'restore to any second in the last week, and keep monthly backups for seven years',
    trap: 'continuous backups cannot move to cold storage; long retention belongs in a separate snapshot rule.',
  },
  resourceTypes: ['AWS::Backup::BackupPlan'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        if (!alwaysTrue(context, valueOf(rule.rule, 'EnableContinuousBackup'))) continue;
        const values = numberValues(context, valueOf(valueOf(rule.rule, 'Lifecycle'), 'DeleteAfterDays'));
        const days = [...new Set(values?.filter((value) => value > 35))];
        if (!values || days.length === 0) continue;
        // A value only some deployments give (a parameter's AllowedValues, a branch of Fn::If) fails only those.
        const always = values.every((value) => value > 35) && attributeAt(plan, 'Condition') === undefined;
        const others = values.some((value) => value <= 35) ? ` (DeleteAfterDays can be ${[...new Set(values)].join('/')})` : '';
        const hit = propertyHit(
          plan,
          [...rule.path, 'Lifecycle', 'DeleteAfterDays'],
          `A continuous-backup rule of '${plan.logicalId}' keeps recovery points ${days.join('/')} days` +
            `${always ? '' : ` in some deployments${others}`}: continuous backups can be retained 35 days at most` +
            `${always ? '' : ', so those deployments fail'}; keep long-term copies with a separate snapshot rule`,
        );
        push(hits, always ? hit : hit && { ...hit, severity: 'warning' });
      }
    }
    return hits;
  },
};
