/** What an RDS declaration is: a read replica, an Aurora cluster member, a restore, a cluster with its instances. */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { holdsOwnData } from '../../exam/rdsHelpers';
import type { CheckContext } from '../types';
import { literalString } from '../support/values';
import { alwaysGiven, neverGiven } from './common';

export { holdsOwnData };

/** Properties that make a DB instance a copy of something else (its settings are inherited). */
const INSTANCE_COPY_SOURCES = [
  'SourceDBInstanceIdentifier',
  'SourceDbiResourceId',
  'SourceDBInstanceAutomatedBackupsArn',
  'SourceDBClusterIdentifier',
  'DBSnapshotIdentifier',
  'DBClusterSnapshotIdentifier',
  'RestoreTime',
  'UseLatestRestorableTime',
];

/** Properties that make a DB cluster a copy, a replica or a secondary of something else. */
const CLUSTER_COPY_SOURCES = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier', 'RestoreToTime', 'UseLatestRestorableTime', 'SourceDbClusterResourceId'];

/** A DB instance whose SourceDBInstanceIdentifier is always set: a read replica. */
export function isReadReplica(database: ResourceDeclaration): boolean {
  return database.type === 'AWS::RDS::DBInstance' && alwaysGiven(valueOf(database.properties, 'SourceDBInstanceIdentifier'));
}

/** A DB instance that is a member of a cluster (Aurora): DBClusterIdentifier always set. */
export function isClusterMember(database: ResourceDeclaration): boolean {
  return database.type === 'AWS::RDS::DBInstance' && alwaysGiven(valueOf(database.properties, 'DBClusterIdentifier'));
}

/** A DB instance or cluster created fresh (no copy source in any branch). */
export function isCreatedFresh(database: ResourceDeclaration): boolean {
  const sources = database.type === 'AWS::RDS::DBCluster' ? CLUSTER_COPY_SOURCES : INSTANCE_COPY_SOURCES;
  return sources.every((name) => neverGiven(valueOf(database.properties, name)));
}

/** A DB instance or cluster created fresh in some deployment: no copy source is given in every branch (a secondary only when a condition holds). */
export function mayBeCreatedFresh(database: ResourceDeclaration): boolean {
  const sources = database.type === 'AWS::RDS::DBCluster' ? CLUSTER_COPY_SOURCES : INSTANCE_COPY_SOURCES;
  return sources.every((name) => !alwaysGiven(valueOf(database.properties, name)));
}

/** The engine, when written literally. */
export function engineOf(database: ResourceDeclaration): string | undefined {
  return literalString(valueOf(database.properties, 'Engine'))?.toLowerCase();
}

/** The DB instances of this template that name the cluster in DBClusterIdentifier (by Ref). */
export function clusterInstances(context: CheckContext, cluster: ResourceDeclaration): ResourceDeclaration[] {
  return context
    .resources('AWS::RDS::DBInstance')
    .filter((instance) => context.referenced(valueOf(instance.properties, 'DBClusterIdentifier'))?.logicalId === cluster.logicalId);
}
