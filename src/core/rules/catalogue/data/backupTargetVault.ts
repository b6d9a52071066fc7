import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { arnGiven, intrinsicText } from '../support/arns';
import { propertyHit, push } from './common';
import { planRules } from './backup';

const RULE_INPUT_API = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BackupRuleInput.html';

/** CX2219: a backup rule's own vault is named, not given by ARN (the inverse of CX2213). */
export const backupTargetVaultArn: CatalogueCheck = {
  id: 'CX2219',
  title: 'Backup rule TargetBackupVault given a vault ARN instead of its name',
  topics: ['T22'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-backupruleresourcetype.html',
  rejection: {
    quote:
      'The name of a logical container where backups are stored. Backup vaults are identified by names that are unique to the account ' +
      'used to create them and the AWS Region where they are created. … Pattern: ^[a-zA-Z0-9\\-\\_]{2,50}$',
    url: RULE_INPUT_API,
  },
  explanation: {
    what:
      'A backup rule stores its recovery points in the vault named by TargetBackupVault: a vault of the plan\'s own account and ' +
      'Region, given by name (Ref of an AWS::Backup::BackupVault returns it). A vault name has only letters, digits, hyphens and ' +
      'underscores, so an ARN (Fn::GetAtt BackupVaultArn or arn:aws:backup:…) is refused and the plan is not created.',
    exam:
      'the rule\'s vault is local and named; copies to another Region or account go in CopyActions with DestinationBackupVaultArn, ' +
      'which does take an ARN because it can point anywhere.',
    scenario: 'back up nightly to the local vault and keep a copy in the DR Region',
    trap: 'TargetBackupVault wants the name (!Ref Vault), DestinationBackupVaultArn wants the ARN (!GetAtt Vault.BackupVaultArn).',
  },
  resourceTypes: ['AWS::Backup::BackupPlan'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        const node = valueOf(rule.rule, 'TargetBackupVault');
        const found = arnGiven(context, node, { attributes: { 'AWS::Backup::BackupVault': ['BackupVaultArn'] } });
        if (!node || !found) continue;
        const fix = found.target ? { title: `Use !Ref ${found.target.logicalId}`, edits: [intrinsicText(context.template, node, found.target.logicalId)], preferred: true } : undefined;
        push(
          hits,
          propertyHit(
            plan,
            [...rule.path, 'TargetBackupVault'],
            `TargetBackupVault of a rule of '${plan.logicalId}' is ${found.written}: it takes the vault name${found.target ? ` (!Ref ${found.target.logicalId})` : ''}`,
            fix ? [fix] : undefined,
          ),
        );
      }
    }
    return hits;
  },
};
