import { isScalar, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { attributeAt, literalString } from '../support/values';
import { numberValues, propertyHit, push } from './common';
import { isReadReplica } from './rds';

/** CX2010: a read replica's source has automated backups turned off. */
export const rdsReplicaSourceBackups: CatalogueCheck = {
  id: 'CX2010',
  title: 'Read replica source has BackupRetentionPeriod 0',
  topics: ['T20', 'T22'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  rejection: {
    quote: "Can't be set to 0 if the DB instance is a source to read replicas",
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  },
  explanation: {
    what:
      'RDS seeds a read replica from a snapshot of its source and requires automated backups on the source: with ' +
      'BackupRetentionPeriod 0 RDS refuses to create the replica (and refuses to turn backups off while replicas exist).',
    exam:
      'read replicas scale reads and, in another Region, are the cross-Region DR copy you promote; the source needs a ' +
      'retention period of at least 1 day, which also gives point-in-time restore.',
    scenario: 'offload reporting queries to a read replica and keep a copy in a second Region',
    trap: 'the replica itself is created with backups off; it is the source whose retention matters.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { source, replicas } of replicasBySource(context)) {
      const retention = valueOf(source.properties, 'BackupRetentionPeriod');
      const values = numberValues(context, retention);
      if (!values || !values.every((value) => value === 0)) continue;
      // A replica created only under a condition fails only the stacks that create it.
      const certain = replicas.find((replica) => attributeAt(replica, 'Condition') === undefined);
      const replica = certain ?? replicas[0];
      const when = certain ? '' : ` (created only when condition ${literalString(attributeAt(replica, 'Condition')) ?? 'its Condition'} holds)`;
      const fix = isScalar(retention) ? [{ title: 'Keep automated backups for 7 days', edits: [replaceScalar(context.template, retention, 7)], preferred: true }] : undefined;
      const hit = propertyHit(
        source,
        ['BackupRetentionPeriod'],
        `'${source.logicalId}' is the source of read replica '${replica.logicalId}'${when} but keeps no automated backups ` +
          `(BackupRetentionPeriod 0): RDS refuses to create the replica${certain ? '' : ' in the stacks that create it'}`,
        fix,
      );
      push(hits, certain ? hit : hit && { ...hit, severity: 'warning' });
    }
    return hits;
  },
};

/** The DB instances of the template that read replicas name as their source, each with those replicas. */
function replicasBySource(context: CheckContext): { source: ResourceDeclaration; replicas: ResourceDeclaration[] }[] {
  const sources = new Map<string, { source: ResourceDeclaration; replicas: ResourceDeclaration[] }>();
  for (const replica of context.resources('AWS::RDS::DBInstance')) {
    if (!isReadReplica(replica)) continue;
    const source = context.referenced(valueOf(replica.properties, 'SourceDBInstanceIdentifier'));
    if (!source || source.type !== 'AWS::RDS::DBInstance') continue;
    const entry = sources.get(source.logicalId) ?? { source, replicas: [] };
    entry.replicas.push(replica);
    sources.set(source.logicalId, entry);
  }
  return [...sources.values()];
}
