import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, propertyHit, push } from './common';
import { isReadReplica } from './rds';

/**
 * CX2014: a read replica that is also asked to restore a snapshot. The reference says not to give both, but
 * CloudFormation does not refuse it: the replica is created from its source and the snapshot is ignored
 * (AWS's RDS resource provider takes the read-replica path first), so it is a warning.
 */
export const rdsReplicaFromSnapshot: CatalogueCheck = {
  id: 'CX2014',
  title: 'Read replica with a DBSnapshotIdentifier',
  topics: ['T20', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  explanation: {
    what:
      'A read replica is created from a running source instance and kept in sync with it; a snapshot restore creates an ' +
      "independent instance. One instance cannot be both: the reference says not to give DBSnapshotIdentifier with " +
      'SourceDBInstanceIdentifier, and the replica is copied from its source whatever the snapshot holds.',
    exam:
      'backup and restore (snapshots, cheapest, hours of RTO) and a standby replica (pilot light or warm standby, minutes ' +
      'of RTO) are different DR strategies; pick the one the RTO/RPO asks for.',
    scenario: 'recover the database in another Region within minutes with little data loss',
    trap: 'to seed a new environment from a snapshot, restore it as its own instance and create replicas from that instance afterwards.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance')) {
      if (!isReadReplica(database) || !alwaysGiven(valueOf(database.properties, 'DBSnapshotIdentifier'))) continue;
      push(
        hits,
        propertyHit(
          database,
          ['DBSnapshotIdentifier'],
          `'${database.logicalId}' is a read replica (SourceDBInstanceIdentifier) and also names a snapshot: a read replica ` +
            'cannot be created from a snapshot, so it is copied from its source and DBSnapshotIdentifier does nothing',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};
