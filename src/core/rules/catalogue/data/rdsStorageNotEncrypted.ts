import type { Fix } from '../../../findings';
import { entryOf, isScalar, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { neverGiven, stringValues, neverTrue, propertyHit, push, resourceHit } from './common';
import { engineOf, holdsOwnData, isCreatedFresh } from './rds';

/**
 * CX2020: a database created without encryption at rest. Aurora encrypts every cluster created since
 * 18 February 2026 with a key AWS owns; there the hit says the data is encrypted, but not with a key the
 * account controls.
 */
export const rdsStorageNotEncrypted: CatalogueCheck = {
  id: 'CX2020',
  title: 'RDS database without StorageEncrypted (unencrypted; for Aurora, encrypted only with a key AWS owns)',
  topics: ['T20'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  explanation: {
    what:
      'Without StorageEncrypted: true an RDS database\'s storage, automated backups, snapshots and replicas are not ' +
      'encrypted, and encryption cannot be turned on later for the same instance. Aurora clusters created since ' +
      'February 2026 are encrypted anyway, but with a key AWS owns, which the account can neither manage nor audit.',
    exam:
      'encrypting an existing unencrypted database is snapshot, copy the snapshot with encryption (a KMS key), restore; ' +
      'cross-Region snapshot copies and replicas of an encrypted database need a key in the destination Region.',
    scenario: 'all data at rest must be encrypted with keys the company controls',
    trap: 'StorageEncrypted is a create-time choice: changing it replaces the database, with a new empty one unless you restore a snapshot.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      if (!database.properties || !holdsOwnData(database) || !isCreatedFresh(database)) continue;
      if (valueOf(database.properties, 'CustomIAMInstanceProfile') !== undefined) continue;
      // Aurora Serverless v1 clusters are always encrypted.
      if (stringValues(context, valueOf(database.properties, 'EngineMode'))?.includes('serverless')) continue;
      // A named key without StorageEncrypted is CX2011's error.
      if (!neverGiven(valueOf(database.properties, 'KmsKeyId'))) continue;
      const encrypted = valueOf(database.properties, 'StorageEncrypted');
      if (!neverTrue(context, encrypted)) continue;
      const message = isAurora(database)
        ? `'${database.logicalId}' does not set StorageEncrypted to true: Aurora encrypts it only with a key AWS owns, which the account ` +
          'can neither manage nor audit; the key can only be chosen when the cluster is created'
        : `'${database.logicalId}' is not encrypted at rest (StorageEncrypted is not true): its storage, backups and snapshots ` +
          'are unencrypted, and encryption can only be chosen when the database is created';
      const fix = encryptFix(context, database);
      push(hits, encrypted ? propertyHit(database, ['StorageEncrypted'], message, fix) : resourceHit(database, message, fix));
    }
    return hits;
  },
};

/** An Aurora cluster, by its literal engine. */
function isAurora(database: ResourceDeclaration): boolean {
  return database.type === 'AWS::RDS::DBCluster' && (engineOf(database)?.startsWith('aurora') ?? false);
}

function encryptFix(context: CheckContext, database: ResourceDeclaration): Fix[] | undefined {
  const current = entryOf(database.properties, 'StorageEncrypted')?.value;
  const edit = isScalar(current) ? replaceScalar(context.template, current, true) : current ? undefined : insertEntry(context.template, database.properties!, 'StorageEncrypted', true, 'Engine');
  return edit ? [{ title: 'Encrypt the storage (StorageEncrypted: true)', edits: [edit], preferred: true }] : undefined;
}
