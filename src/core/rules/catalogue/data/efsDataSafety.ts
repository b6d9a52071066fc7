/** CX2221–CX2223: an EFS file system's data at rest, its backups and its removal with the stack. */
import type { Fix } from '../../../findings';
import { entryOf, isScalar, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalString, mapAt } from '../support/values';
import { neverGiven, neverTrue, propertyHit, push, resourceHit } from './common';
import { retainHits } from './retain';

const FILE_SYSTEM = 'AWS::EFS::FileSystem';

/** CX2221: a file system created without encryption at rest, which cannot be turned on afterwards. */
export const efsNotEncrypted: CatalogueCheck = {
  id: 'CX2221',
  title: 'EFS file system without encryption at rest (Encrypted is not true)',
  topics: ['T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  explanation: {
    what:
      'An EFS file system is encrypted at rest only when Encrypted is true at creation; CloudFormation, like the API, leaves it ' +
      'unencrypted otherwise. The setting cannot be changed on an existing file system: changing it in the template replaces the ' +
      'file system with a new, empty one.',
    exam:
      'encryption at rest is a create-time choice for EFS (as for RDS and EBS): to encrypt an existing file system, replicate it ' +
      'to a new encrypted file system (EFS replication; DataSync or an AWS Backup restore also copy the data); enforce it with the elasticfilesystem:Encrypted condition key or an SCP.',
    scenario: 'company policy requires every shared file system to be encrypted at rest with a key the company manages',
    trap: 'the console turns encryption on by default, so a file system made in the console is encrypted while the same one from a template is not.',
  },
  resourceTypes: [FILE_SYSTEM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const fileSystem of context.resources(FILE_SYSTEM)) {
      // A key without Encrypted is a registry error of its own.
      if (!neverGiven(valueOf(fileSystem.properties, 'KmsKeyId'))) continue;
      const encrypted = valueOf(fileSystem.properties, 'Encrypted');
      if (!neverTrue(context, encrypted)) continue;
      const message = `EFS file system '${fileSystem.logicalId}' is not encrypted at rest (Encrypted is not true), and encryption can only be chosen when it is created`;
      const fixes = encryptFix(context, fileSystem);
      push(hits, encrypted ? propertyHit(fileSystem, ['Encrypted'], message, fixes) : resourceHit(fileSystem, message, fixes));
    }
    return hits;
  },
};

function encryptFix(context: CheckContext, fileSystem: ResourceDeclaration): Fix[] | undefined {
  const current = entryOf(fileSystem.properties, 'Encrypted')?.value;
  const edit = isScalar(current)
    ? replaceScalar(context.template, current, true)
    : current || !fileSystem.properties
      ? undefined
      : insertEntry(context.template, fileSystem.properties, 'Encrypted', true);
  return edit ? [{ title: 'Encrypt the file system at rest (Encrypted: true)', edits: [edit], preferred: true }] : undefined;
}

/** CX2222: automatic backups turned off, with no AWS Backup selection in the template to take their place. */
export const efsBackupsDisabled: CatalogueCheck = {
  id: 'CX2222',
  title: 'EFS file system with automatic backups turned off (BackupPolicy DISABLED)',
  topics: ['T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
  explanation: {
    what:
      'BackupPolicy Status ENABLED has AWS Backup copy the file system daily under the default EFS backup plan (35 days of ' +
      'retention); DISABLED stops those backups, so unless another AWS Backup plan selects the file system no new recovery point is ' +
      'made (earlier ones stay until they expire). A file system made through CloudFormation or the API gets automatic ' +
      'backups by default only when it is One Zone; a Regional one needs BackupPolicy ENABLED or an AWS Backup plan that selects it.',
    exam:
      'the recovery point objective of a file system comes from AWS Backup: a plan with a schedule, retention and a copy action to ' +
      'another Region (or account) for disaster recovery, or EFS replication for a standby file system in another Region.',
    scenario: 'the shared file system must be restorable to any day of the last month',
  },
  resourceTypes: [FILE_SYSTEM],
  run(context) {
    // An AWS Backup plan of the template may select the file system instead of its default plan.
    if (context.resources('AWS::Backup::BackupSelection').length > 0) return [];
    const hits: CheckHit[] = [];
    for (const fileSystem of context.resources(FILE_SYSTEM)) {
      const status = literalString(valueOf(mapAt(fileSystem.properties, 'BackupPolicy'), 'Status'));
      if (status !== 'DISABLED' && status !== 'DISABLING') continue;
      push(hits, propertyHit(fileSystem, ['BackupPolicy', 'Status'], `EFS file system '${fileSystem.logicalId}' turns automatic backups off (BackupPolicy ${status}) and no AWS Backup plan of this template selects it: unless a plan elsewhere does, no new recovery point is made`));
    }
    return hits;
  },
};

/** CX2223: a file system deleted, with its files, with the stack or on replacement. */
export const efsRetainPolicy: CatalogueCheck = {
  id: 'CX2223',
  title: 'EFS file system without DeletionPolicy and UpdateReplacePolicy Retain',
  topics: ['T22', 'T28'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
  explanation: {
    what:
      'CloudFormation deletes a file system with its files when the stack is deleted, and an update that replaces it (a new ' +
      'Encrypted, KmsKeyId, PerformanceMode or AvailabilityZoneName) deletes the old one unless UpdateReplacePolicy is Retain.',
    exam: 'protect stateful resources with DeletionPolicy and UpdateReplacePolicy Retain, backups (AWS Backup) and a review of change sets that show "Replacement: True".',
    scenario: 'deleting the test stack must not destroy the shared file system the team keeps its data on',
    trap: 'EFS does not take DeletionPolicy Snapshot (only volumes, ElastiCache, Neptune, RDS and Redshift do): use Retain, and AWS Backup for recovery points.',
  },
  resourceTypes: [FILE_SYSTEM],
  run(context) {
    return retainHits(context, context.resources(FILE_SYSTEM), { kind: 'EFS file system', noun: 'file system', contents: 'files', fixTitle: 'Retain the file system on delete and replacement' });
  },
};
