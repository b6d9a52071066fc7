import type { Fix } from '../../../findings';
import { entryOf, isScalar, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysGiven, neverTrue, propertyHit, push, stringValues } from './common';
import { isClusterMember, mayBeCreatedFresh } from './rds';

/** CX2011: a KMS key named for storage encryption that is not turned on. */
export const rdsKmsKeyWithoutEncryption: CatalogueCheck = {
  id: 'CX2011',
  title: 'RDS KmsKeyId set without StorageEncrypted true',
  topics: ['T20'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  rejection: {
    quote: 'If you specify this property, you must set the StorageEncrypted property to true.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  },
  explanation: {
    what:
      'KmsKeyId only chooses the key; encryption at rest is turned on by StorageEncrypted: true. A new DB instance or ' +
      'cluster with a key but without StorageEncrypted true is a combination CloudFormation documents as invalid (the ' +
      'AWS::RDS::DBCluster page says the same of its KmsKeyId: "If you specify this property, you must set the ' +
      'StorageEncrypted property to true.").',
    exam:
      'encryption at rest with a customer managed key is StorageEncrypted: true plus KmsKeyId (a key whose policy lets RDS ' +
      'use it); it can only be chosen at creation: an unencrypted database is encrypted by copying a snapshot with ' +
      'encryption and restoring it.',
    scenario: 'encrypt the database with a customer managed KMS key that the security team controls',
    trap: 'replicas and restores inherit encryption from their source; there StorageEncrypted must be left out instead.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      // Created fresh in some deployment (a global database's primary when its secondary is a condition away) is enough.
      if (!database.properties || !mayBeCreatedFresh(database) || isClusterMember(database)) continue;
      // RDS Custom takes a key without StorageEncrypted: the engine must be known and not custom-….
      const engines = stringValues(context, valueOf(database.properties, 'Engine'));
      if (!engines || engines.some((engine) => engine.toLowerCase().startsWith('custom-'))) continue;
      if (valueOf(database.properties, 'CustomIAMInstanceProfile') !== undefined) continue;
      if (!alwaysGiven(valueOf(database.properties, 'KmsKeyId'))) continue;
      const encrypted = valueOf(database.properties, 'StorageEncrypted');
      if (!neverTrue(context, encrypted)) continue;
      const path = encrypted === undefined ? 'KmsKeyId' : 'StorageEncrypted';
      push(
        hits,
        propertyHit(
          database,
          [path],
          `'${database.logicalId}' names a KMS key but StorageEncrypted is not true: the key is only used when storage ` +
            'encryption is turned on, and CloudFormation requires StorageEncrypted: true with KmsKeyId',
          encryptFix(context, database),
        ),
      );
    }
    return hits;
  },
};

function encryptFix(context: CheckContext, database: ResourceDeclaration): Fix[] | undefined {
  const current = entryOf(database.properties, 'StorageEncrypted')?.value;
  const edit = isScalar(current) ? replaceScalar(context.template, current, true) : current ? undefined : insertEntry(context.template, database.properties!, 'StorageEncrypted', true, 'KmsKeyId');
  return edit ? [{ title: 'Turn on StorageEncrypted', edits: [edit], preferred: true }] : undefined;
}
