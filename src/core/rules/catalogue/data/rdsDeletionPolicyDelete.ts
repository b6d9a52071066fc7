import { isString } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { holdsOwnData } from './rds';

/** CX2021: a database whose data is deleted with the stack. */
export const rdsDeletionPolicyDelete: CatalogueCheck = {
  id: 'CX2021',
  title: 'RDS database with DeletionPolicy Delete',
  topics: ['T20', 'T28'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
  explanation: {
    what:
      'DeletionPolicy: Delete removes the database without a final snapshot when it leaves the template or the stack is ' +
      'deleted, and RDS deletes its automated backups with it: the data is gone.',
    exam:
      'for "never lose the data if the stack is deleted" the answer is DeletionPolicy: Snapshot (or Retain) and ' +
      'UpdateReplacePolicy: Snapshot, plus DeletionProtection on the database itself.',
    scenario: 'a developer accidentally deleted the stack and the production database with it',
    trap: 'Snapshot is already the default for DB clusters and standalone DB instances: writing Delete removes that safety net.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      if (!holdsOwnData(database)) continue;
      const policy = attributeAt(database, 'DeletionPolicy');
      if (!isString(policy) || policy.value !== 'Delete') continue;
      hits.push({
        message:
          `'${database.logicalId}' has DeletionPolicy: Delete: deleting the stack (or removing the resource) deletes the ` +
          'database and its automated backups without a final snapshot',
        span: policy.span,
        path: ['Resources', database.logicalId, 'DeletionPolicy'],
        fixes: [{ title: 'Take a final snapshot (DeletionPolicy: Snapshot)', edits: [replaceScalar(context.template, policy, 'Snapshot')], preferred: true }],
      });
    }
    return hits;
  },
};
