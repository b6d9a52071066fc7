/** T20: the DB instance classes an Aurora global database takes. */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { attributeAt, presence } from '../support/values';
import { propertyHit, push, stringValues } from './common';

const REQUIREMENTS_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.configuration.requirements.html';

/** Whether a cluster belongs to a global database in every deployment, or only in those a condition selects. */
export type Membership = 'certain' | 'conditional';

/**
 * The clusters of the template that belong to a global database: they join one, or a global cluster names them as its
 * source. Membership is conditional when a Condition on the global cluster or on the cluster, or an Fn::If around
 * GlobalClusterIdentifier, leaves it out of some deployments.
 */
export function globalMembers(context: CheckContext): Map<string, Membership> {
  const members = new Map<string, Membership>();
  const add = (cluster: ResourceDeclaration, always: boolean) => {
    const certain = always && attributeAt(cluster, 'Condition') === undefined;
    if (certain || !members.has(cluster.logicalId)) members.set(cluster.logicalId, certain ? 'certain' : 'conditional');
  };
  for (const global of context.resources('AWS::RDS::GlobalCluster')) {
    const source = context.referenced(valueOf(global.properties, 'SourceDBClusterIdentifier'));
    if (source) add(source, attributeAt(global, 'Condition') === undefined);
  }
  for (const cluster of context.resources('AWS::RDS::DBCluster')) {
    // Given in every deployment: an Fn::If whose branches both name one (the primary's and the secondary's) counts.
    const joins = presence(valueOf(cluster.properties, 'GlobalClusterIdentifier'));
    if (joins !== 'no') add(cluster, joins === 'yes');
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
      const membership = cluster && members.get(cluster.logicalId);
      if (!cluster || !membership) continue;
      const classes = stringValues(context, valueOf(instance.properties, 'DBInstanceClass'));
      const burstable = [...new Set(classes?.filter(isBurstable))];
      if (!classes || burstable.length === 0) continue;
      const certain = membership === 'certain' && attributeAt(instance, 'Condition') === undefined;
      push(hits, memberHit(instance, cluster, certain, burstable, [...new Set(classes)]));
    }
    return hits;
  },
};

function isBurstable(instanceClass: string): boolean {
  return /^db\.t\d/i.test(instanceClass);
}

/** Which stacks fail, when not all of them do. */
function failing(certain: boolean, always: boolean): string {
  if (certain && always) return '';
  const conditions = [certain ? '' : 'its cluster is in a global database', always ? '' : 'it gets a burstable class'].filter(Boolean);
  return `, so the stacks where ${conditions.join(' and ')} fail`;
}

/** An error when every stack creates the instance in a global database with a burstable class; a warning when only some do. */
function memberHit(instance: ResourceDeclaration, cluster: ResourceDeclaration, certain: boolean, burstable: string[], classes: string[]): CheckHit | undefined {
  const always = burstable.length === classes.length;
  const named = `${burstable.length === 1 ? 'class' : 'classes'} ${burstable.join(', ')}`;
  const hit = propertyHit(
    instance,
    ['DBInstanceClass'],
    `'${instance.logicalId}' is an instance of '${cluster.logicalId}', a cluster of an Aurora global database` +
      `${certain ? '' : ' (only in the stacks a condition selects)'}, ` +
      `${always ? `with the burstable ${named}` : `and may get the burstable ${named} (of ${classes.join(', ')})`}: ` +
      'a global database takes memory-optimized classes (db.r…, db.x…) or db.serverless' +
      failing(certain, always),
  );
  return certain && always ? hit : hit && { ...hit, severity: 'warning' };
}
