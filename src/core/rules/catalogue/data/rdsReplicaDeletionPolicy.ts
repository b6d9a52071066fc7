import { isString } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { isReadReplica } from './rds';

/** CX2026: a deletion or replacement policy on a read replica, which CloudFormation ignores. */
export const rdsReplicaDeletionPolicy: CatalogueCheck = {
  id: 'CX2026',
  title: 'DeletionPolicy Snapshot or Retain on a read replica is ignored',
  topics: ['T20', 'T28'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  explanation: {
    what:
      'Read replicas do not support deletion policies: CloudFormation ignores a DeletionPolicy on an instance with ' +
      'SourceDBInstanceIdentifier, so no snapshot is taken and the replica is deleted with the stack.',
    exam:
      'protect the data where it lives: DeletionPolicy and UpdateReplacePolicy Snapshot on the source instance or cluster; ' +
      'a replica is rebuilt from the source.',
    scenario: 'keep a snapshot of the database when the stack is deleted',
    trap: 'removing SourceDBInstanceIdentifier in an update promotes the replica to a standalone instance; only then do its policies apply.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const replica of context.resources('AWS::RDS::DBInstance')) {
      if (!isReadReplica(replica)) continue;
      const policy = attributeAt(replica, 'DeletionPolicy');
      if (!isString(policy) || (policy.value !== 'Snapshot' && policy.value !== 'Retain')) continue;
      hits.push({
        message:
          `'${replica.logicalId}' is a read replica: CloudFormation ignores its DeletionPolicy ${policy.value}; protect the ` +
          'source database instead',
        span: policy.span,
        path: ['Resources', replica.logicalId, 'DeletionPolicy'],
      });
    }
    return hits;
  },
};
