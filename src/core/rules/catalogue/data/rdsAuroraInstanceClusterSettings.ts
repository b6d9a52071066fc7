import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, propertyHit, push } from './common';
import { isClusterMember } from './rds';

/** Settings of an Aurora DB instance that belong to its cluster (the instance's are ignored or refused). */
const CLUSTER_SETTINGS = [
  'MasterUsername',
  'MasterUserPassword',
  'DBName',
  'StorageEncrypted',
  'KmsKeyId',
  'BackupRetentionPeriod',
  'PreferredBackupWindow',
  'DeletionProtection',
  'AllocatedStorage',
  'MultiAZ',
];

/** CX2019: an Aurora cluster member that sets what the cluster owns. */
export const rdsAuroraInstanceClusterSettings: CatalogueCheck = {
  id: 'CX2019',
  title: 'Aurora DB instance sets properties that belong to the DB cluster',
  topics: ['T20'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  explanation: {
    what:
      'In Aurora the cluster owns the data and its settings: credentials, database name, encryption and its key, backup ' +
      'retention and window, deletion protection and storage. On an instance with DBClusterIdentifier these properties do ' +
      'not apply; RDS ignores some and rejects others.',
    exam:
      'Aurora high availability comes from the cluster volume (six copies in three AZs) and Aurora Replicas that are ' +
      'promoted on failover; backups, encryption and deletion protection are set once on AWS::RDS::DBCluster.',
    scenario: 'an Aurora cluster with a writer and a reader in another Availability Zone',
    trap: 'MultiAZ on an Aurora instance does nothing: add a second instance to the cluster instead.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const instance of context.resources('AWS::RDS::DBInstance')) {
      if (!isClusterMember(instance)) continue;
      for (const name of CLUSTER_SETTINGS) {
        if (!alwaysGiven(valueOf(instance.properties, name))) continue;
        push(
          hits,
          propertyHit(
            instance,
            [name],
            name === 'MultiAZ'
              ? `'${instance.logicalId}' is a member of a DB cluster: MultiAZ does not apply to Aurora instances; availability comes from a replica instance in another Availability Zone`
              : `'${instance.logicalId}' is a member of a DB cluster: ${name} belongs on the AWS::RDS::DBCluster, not on its instances`,
            undefined,
            true,
          ),
        );
      }
    }
    return hits;
  },
};
