import { isScalar, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { numberValues, propertyHit, push } from './common';
import { isReadReplica } from './rds';
import { isStandaloneInstance } from '../../exam/rdsHelpers';

/** CX2022: a standalone DB instance without automated backups. */
export const rdsBackupsDisabled: CatalogueCheck = {
  id: 'CX2022',
  title: 'RDS DB instance with automated backups turned off',
  topics: ['T20', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  explanation: {
    what:
      'BackupRetentionPeriod 0 turns off automated backups: no daily snapshot, no transaction logs, so no point-in-time ' +
      'restore, and the instance cannot be the source of read replicas.',
    exam:
      'automated backups (1–35 days) give point-in-time restore to within about five minutes, the lowest RPO RDS offers ' +
      'without a standby; for longer retention or other Regions use AWS Backup or snapshot copies.',
    scenario: 'restore the database to the state it had just before a bad deployment corrupted data',
    trap: 'Multi-AZ is not a backup: a bad write is replicated to the standby at once.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    const sources = new Set(
      context
        .resources('AWS::RDS::DBInstance')
        .filter(isReadReplica)
        .map((replica) => context.referenced(valueOf(replica.properties, 'SourceDBInstanceIdentifier'))?.logicalId),
    );
    for (const database of context.resources('AWS::RDS::DBInstance')) {
      // A source of replicas is reported by CX2010, a replica's own retention is a different matter.
      if (!isStandaloneInstance(database) || sources.has(database.logicalId)) continue;
      const retention = valueOf(database.properties, 'BackupRetentionPeriod');
      const values = numberValues(context, retention);
      if (!values || !values.every((value) => value === 0)) continue;
      const fix = isScalar(retention) ? [{ title: 'Keep automated backups for 7 days', edits: [replaceScalar(context.template, retention, 7)], preferred: true }] : undefined;
      push(
        hits,
        propertyHit(
          database,
          ['BackupRetentionPeriod'],
          `'${database.logicalId}' has BackupRetentionPeriod 0: no automated backups and no point-in-time restore`,
          fix,
        ),
      );
    }
    return hits;
  },
};
