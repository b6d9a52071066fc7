import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { listItems, propertyHit, push } from './common';
import { planRules } from './backup';
import { intrinsicName } from '../support/values';

/** CX2215: a copy action whose destination vault is declared in this stack (same Region and account). */
export const backupCopyToSameRegion: CatalogueCheck = {
  id: 'CX2215',
  title: 'Backup copy action to a vault of the same stack (same Region)',
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
          if (destination?.type !== 'AWS::Backup::BackupVault') return;
          const index = (copies as { items: unknown[] }).items.indexOf(copy);
          push(
            hits,
            propertyHit(
              plan,
              [...rule.path, 'CopyActions', index, 'DestinationBackupVaultArn'],
              `A copy action of '${plan.logicalId}' copies to '${destination.logicalId}', a vault of this stack: the copy stays in ` +
                'the same Region and account as the original',
            ),
          );
        });
      }
    }
    return hits;
  },
};
