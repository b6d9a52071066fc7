import { valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { listItems, propertyHit, push } from './common';
import { planRules } from './backup';
import { arnFields } from '../support/arns';
import { templateText } from '../support/mentions';
import { intrinsicName } from '../support/values';

/** A vault ARN built with Fn::Sub from the stack's own Region and account (`…:backup:${AWS::Region}:${AWS::AccountId}:backup-vault:dr`). */
function ownRegionArn(node: TemplateNode | undefined): string | undefined {
  const text = intrinsicName(node) === 'Fn::Sub' ? templateText(node) : undefined;
  const [, , service, region, account] = text === undefined ? [] : arnFields(text);
  return service === 'backup' && region === '{Region}' && account === '{AccountId}' ? `'${text}', a vault of the stack's own Region and account` : undefined;
}

/** CX2215: a copy action whose destination vault is declared in this stack (same Region and account). */
export const backupCopyToSameRegion: CatalogueCheck = {
  id: 'CX2215',
  title: 'Backup copy action to a vault of the same stack, or an ARN of its own Region and account',
  topics: ['T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html',
  explanation: {
    what:
      'A vault declared in this template is created in the stack\'s own Region and account, so a copy action pointing at it ' +
      'keeps the copy next to the original: it does not protect against a Regional outage.',
    exam:
      'cross-Region copies go to a vault created in the other Region (another stack, a StackSet instance, or its ARN as a ' +
      'parameter); cross-account copies also need the destination vault\'s access policy to allow the source account.',
    scenario: 'recover the application in another Region if the primary Region becomes unavailable',
    trap: 'one template cannot create resources in two Regions: deploy the DR vault with a StackSet or a second stack.',
  },
  resourceTypes: ['AWS::Backup::BackupPlan'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        const copies = valueOf(rule.rule, 'CopyActions');
        listItems(copies).forEach((copy) => {
          const arn = valueOf(copy, 'DestinationBackupVaultArn');
          // A Ref returns the vault name, which CX2213 reports.
          if (intrinsicName(arn) === 'Ref') return;
          const destination = context.referenced(arn);
          const target = destination?.type === 'AWS::Backup::BackupVault' ? `'${destination.logicalId}', a vault of this stack` : ownRegionArn(arn);
          if (!target) return;
          const index = (copies as { items: unknown[] }).items.indexOf(copy);
          push(
            hits,
            propertyHit(
              plan,
              [...rule.path, 'CopyActions', index, 'DestinationBackupVaultArn'],
              `A copy action of '${plan.logicalId}' copies to ${target}: the copy stays in the same Region and account as the original`,
            ),
          );
        });
      }
    }
    return hits;
  },
};
