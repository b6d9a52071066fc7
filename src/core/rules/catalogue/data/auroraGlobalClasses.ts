/** T20: the DB instance classes an Aurora global database takes. */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { alwaysGiven } from '../support/values';
import { propertyHit, push, stringValues } from './common';

const REQUIREMENTS_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.configuration.requirements.html';

/** The clusters of the template that belong to a global database: they join one, or a global cluster names them as its source. */
export function globalMembers(context: CheckContext): Set<string> {
  const members = new Set<string>();
  for (const global of context.resources('AWS::RDS::GlobalCluster')) {
    const source = context.referenced(valueOf(global.properties, 'SourceDBClusterIdentifier'));
    if (source) members.add(source.logicalId);
  }
  for (const cluster of context.resources('AWS::RDS::DBCluster')) {
    // Given in every deployment: an Fn::If whose branches both name one (the primary's and the secondary's) counts.
    if (alwaysGiven(valueOf(cluster.properties, 'GlobalClusterIdentifier'))) members.add(cluster.logicalId);
  }
  return members;
}

/** CX2034: a burstable (db.t*) instance in a cluster of an Aurora global database. */
export const auroraGlobalBurstableClass: CatalogueCheck = {
  id: 'CX2034',
  title: 'Burstable DB instance class in an Aurora global database',
  topics: ['T20', 'T22'],
  severity: 'error',
  url: REQUIREMENTS_PAGE,
  rejection: {
    quote: 'An Aurora global database requires DB instance classes that are optimized for memory-intensive applications.',
    url: REQUIREMENTS_PAGE,
  },
  explanation: {
    what:
      'The DB instances of the clusters of an Aurora global database (primary and secondary Regions) take memory-optimized classes ' +
      '(db.r…, db.x…) or Aurora Serverless v2 (db.serverless); a burstable db.t… class is refused, and the instance fails to create.',
    exam:
      'Aurora Global Database is the cross-Region answer with an RPO of about a second and a promotion in minutes; size the secondary ' +
      'Region like the primary so that it can take the load after a failover.',
    trap: 'a db.t4g class that is fine for a small single-Region lab cluster fails as soon as the cluster joins a global database.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const members = globalMembers(context);
    if (members.size === 0) return [];
    const hits: CheckHit[] = [];
    for (const instance of context.resources('AWS::RDS::DBInstance')) {
      const cluster = context.referenced(valueOf(instance.properties, 'DBClusterIdentifier'));
      if (!cluster || !members.has(cluster.logicalId)) continue;
      const classes = stringValues(context, valueOf(instance.properties, 'DBInstanceClass'));
      const burstable = classes?.find((name) => /^db\.t\d/i.test(name));
      if (burstable) push(hits, memberHit(instance, cluster, burstable));
    }
    return hits;
  },
};

function memberHit(instance: ResourceDeclaration, cluster: ResourceDeclaration, burstable: string) {
  return propertyHit(
    instance,
    ['DBInstanceClass'],
    `'${instance.logicalId}' is an instance of '${cluster.logicalId}', a cluster of an Aurora global database, with the burstable class ${burstable}: ` +
      'a global database takes memory-optimized classes (db.r…, db.x…) or db.serverless',
  );
}
