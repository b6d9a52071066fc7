/** T22: a backup vault that the stack deletes with it. */
import type { CatalogueCheck } from '../types';
import { emptyOnlyHits } from './emptyOnlyStores';

const VAULT = 'AWS::Backup::BackupVault';

/** CX2229: deleting the stack fails once the vault holds backups, and emptying it loses them. */
export const backupVaultRetain: CatalogueCheck = {
  id: 'CX2229',
  title: 'Backup vault without DeletionPolicy Retain',
  topics: ['T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DeleteBackupVault.html',
  explanation: {
    what:
      'AWS Backup deletes a vault only when it is empty. A vault the stack deletes (the default DeletionPolicy) makes the stack ' +
      'deletion fail as soon as the vault holds recovery points, and the way out, deleting the recovery points, deletes the ' +
      'backups the vault exists for. With DeletionPolicy Retain the stack goes and the vault stays with its backups.',
    exam:
      'backups must outlive the stack and the account mistakes around them: DeletionPolicy Retain on the vault, a vault lock for ' +
      'immutability, and copies to a vault in another Region or account.',
    scenario: 'deleting the workload stack must not take its backups with it',
    trap: 'the stack deletion that fails on a non-empty vault is a symptom; emptying the vault to get past it is the data loss.',
  },
  resourceTypes: [VAULT],
  run(context) {
    return emptyOnlyHits(context, context.resources(VAULT), {
      store: (vault) => `Backup vault '${vault.logicalId}'`,
      contents: 'recovery points',
      loss: 'the backups',
      fixTitle: 'Retain the vault when the stack is deleted',
    });
  },
};
