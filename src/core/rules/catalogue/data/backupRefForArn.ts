import { valueOf, type NodePath } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { listItems, propertyHit, push } from './common';
import { planRules } from './backup';
import { refForArn } from './refForArn';

/** CX2213: an AWS Backup property that takes an ARN given a Ref that returns a name or an id. */
export const backupRefForArn: CatalogueCheck = {
  id: 'CX2213',
  title: 'AWS Backup ARN property given a Ref that returns a name or id',
  topics: ['T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-copyactionresourcetype.html',
  explanation: {
    what:
      'DestinationBackupVaultArn, IamRoleArn and EncryptionKeyArn take ARNs, but Ref of a backup vault returns its name, of ' +
      'a role its name and of a KMS key its key id; AWS Backup cannot use them and the resource fails. Fn::GetAtt gives the ARN.',
    exam:
      'a copy action names the destination vault by ARN because it can be in another Region or account ' +
      '(arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME); the rule\'s own TargetBackupVault takes a vault name.',
    scenario: 'copy every backup to a vault in the DR Region',
    trap: 'TargetBackupVault wants the name (Ref works there), DestinationBackupVaultArn wants the ARN (Fn::GetAtt Vault.BackupVaultArn).',
  },
  resourceTypes: ['AWS::Backup::BackupPlan', 'AWS::Backup::BackupSelection', 'AWS::Backup::BackupVault'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        const copies = valueOf(rule.rule, 'CopyActions');
        listItems(copies).forEach((copy) => {
          const index = (copies as { items: unknown[] }).items.indexOf(copy);
          check(context, hits, plan, [...rule.path, 'CopyActions', index, 'DestinationBackupVaultArn'], valueOf(copy, 'DestinationBackupVaultArn'));
        });
      }
    }
    for (const selection of context.resources('AWS::Backup::BackupSelection')) {
      check(context, hits, selection, ['BackupSelection', 'IamRoleArn'], valueOf(valueOf(selection.properties, 'BackupSelection'), 'IamRoleArn'));
    }
    for (const vault of context.resources('AWS::Backup::BackupVault')) {
      check(context, hits, vault, ['EncryptionKeyArn'], valueOf(vault.properties, 'EncryptionKeyArn'));
    }
    return hits;
  },
};

function check(context: CheckContext, hits: CheckHit[], resource: ResourceDeclaration, path: NodePath, node: Parameters<typeof refForArn>[1]): void {
  const found = refForArn(context, node);
  if (!found) return;
  const property = path[path.length - 1];
  push(
    hits,
    propertyHit(
      resource,
      path,
      `${String(property)} of '${resource.logicalId}' is Ref ${found.target.logicalId}, which returns ${found.gives}, not an ARN: ` +
        `use !GetAtt ${found.target.logicalId}.${found.arn}`,
    ),
  );
}
