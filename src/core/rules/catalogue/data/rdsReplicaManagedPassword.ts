import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { globalMembers } from './auroraGlobalClasses';
import { alwaysTrue, propertyHit, push, stringValues } from './common';
import { isReadReplica } from './rds';

/** CX2018: a read replica of a source whose master password RDS manages in Secrets Manager (engines other than SQL Server). */
export const rdsReplicaManagedPassword: CatalogueCheck = {
  id: 'CX2018',
  title: 'Read replica of a source with ManageMasterUserPassword',
  topics: ['T20', 'T21'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html',
  rejection: {
    quote:
      'Creating a read replica when the source DB or DB cluster manages credentials with Secrets Manager. ' +
      'This applies to all DB engines except RDS for SQL Server.',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html',
  },
  explanation: {
    what:
      'When RDS manages the master password in Secrets Manager (ManageMasterUserPassword: true), it does not let you ' +
      'create a read replica of that instance, for every engine except SQL Server: the replica fails to create and the ' +
      'stack rolls back.',
    exam:
      'managed passwords and read replicas are both "best practice" answers, but they do not combine: for a replica ' +
      '(read scaling or cross-Region DR) keep the password in your own Secrets Manager secret, passed with a ' +
      '{{resolve:secretsmanager:…}} dynamic reference and rotated by a rotation schedule.',
    scenario: 'rotate the master password automatically and add a read replica for reporting',
    trap: 'the limitation is on the source: the replica itself never sets a password.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const replica of context.resources('AWS::RDS::DBInstance')) {
      // A replica created only under a condition does not fail every deployment.
      if (!isReadReplica(replica) || attributeAt(replica, 'Condition') !== undefined) continue;
      const source = context.referenced(valueOf(replica.properties, 'SourceDBInstanceIdentifier'));
      if (!source || source.type !== 'AWS::RDS::DBInstance' || reported.has(source.logicalId)) continue;
      if (!alwaysTrue(context, valueOf(source.properties, 'ManageMasterUserPassword'))) continue;
      const engines = stringValues(context, valueOf(source.properties, 'Engine'));
      if (!engines || engines.some((engine) => engine.toLowerCase().startsWith('sqlserver'))) continue;
      reported.add(source.logicalId);
      push(
        hits,
        propertyHit(
          source,
          ['ManageMasterUserPassword'],
          `'${source.logicalId}' is the source of read replica '${replica.logicalId}' and lets RDS manage its master password ` +
            'in Secrets Manager: RDS refuses to create a read replica of such an instance (SQL Server excepted); keep the ' +
            'password in your own secret and pass it with a dynamic reference instead',
        ),
      );
    }
    return hits;
  },
};

const AURORA_SECRETS_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html';

/** CX2029: a cluster of an Aurora global database whose master password RDS would manage. */
export const globalClusterManagedPassword: CatalogueCheck = {
  id: 'CX2029',
  title: 'Aurora global database cluster with ManageMasterUserPassword',
  topics: ['T20', 'T21'],
  severity: 'error',
  url: AURORA_SECRETS_PAGE,
  rejection: {
    quote:
      "Managing master user passwords with Secrets Manager isn't supported for the following features: … DB clusters that are part of an Aurora global database",
    url: AURORA_SECRETS_PAGE,
  },
  explanation: {
    what:
      'Aurora cannot manage the master password in Secrets Manager for a cluster that belongs to a global database (one with a ' +
      'GlobalClusterIdentifier, or the primary a global cluster names as its SourceDBClusterIdentifier): the cluster with ' +
      'ManageMasterUserPassword: true fails to create or join.',
    exam:
      'Aurora Global Database is the cross-Region DR answer (RPO about a second, promote a secondary Region in minutes); its ' +
      'password lives in your own Secrets Manager secret, referenced with {{resolve:secretsmanager:…}} and rotated by a ' +
      'rotation schedule, replicated to the DR Region with the secret\'s replica Regions.',
    scenario: 'a global database for cross-Region disaster recovery whose master password rotates automatically',
    trap: 'ManageMasterUserPassword is the best answer for a single-Region cluster, not for a global database member.',
  },
  resourceTypes: ['AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    const members = globalMembers(context);
    for (const cluster of context.resources('AWS::RDS::DBCluster')) {
      const membership = members.get(cluster.logicalId);
      if (!membership) continue;
      const joins = valueOf(cluster.properties, 'GlobalClusterIdentifier') !== undefined;
      if (!alwaysTrue(context, valueOf(cluster.properties, 'ManageMasterUserPassword'))) continue;
      const certain = membership === 'certain';
      const hit = propertyHit(
        cluster,
        ['ManageMasterUserPassword'],
        `'${cluster.logicalId}' ${joins ? 'joins' : 'is the source of'} an Aurora global database${certain ? '' : ' (only in the stacks a condition selects)'} ` +
          'and asks RDS to manage its master password in Secrets Manager: Aurora does not support that for global database clusters' +
          `${certain ? '' : ', so those stacks fail'}; keep the password in your own secret`,
      );
      push(hits, certain ? hit : hit && { ...hit, severity: 'warning' });
    }
    return hits;
  },
};
