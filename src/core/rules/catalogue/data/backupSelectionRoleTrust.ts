import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';
import { isAllow, servicePrincipals, statementsOf } from './policyDocument';
import { coversAction } from './policyDocument';
import { principalValues } from './policyDocument';

/** CX2216: a backup selection whose role AWS Backup cannot assume. */
export const backupSelectionRoleTrust: CatalogueCheck = {
  id: 'CX2216',
  title: 'Backup selection role does not trust backup.amazonaws.com',
  topics: ['T22', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/iam-service-roles.html',
  explanation: {
    what:
      'AWS Backup assumes the selection\'s IamRoleArn to read and snapshot the resources; a role whose trust policy does not ' +
      'name the service principal backup.amazonaws.com cannot be assumed, and every backup job of the selection fails.',
    exam:
      'the backup role trusts backup.amazonaws.com and has the managed policies AWSBackupServiceRolePolicyForBackup and ' +
      '...ForRestores (or the default role AWSBackupDefaultServiceRole).',
    scenario: 'backup jobs of the new plan all fail with an IAM error',
    trap: 'a role made for EC2 or Lambda cannot be reused: the trust policy decides who may assume it.',
  },
  resourceTypes: ['AWS::Backup::BackupSelection', 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const selection of context.resources('AWS::Backup::BackupSelection')) {
      const role = context.referenced(valueOf(valueOf(selection.properties, 'BackupSelection'), 'IamRoleArn'));
      if (role?.type !== 'AWS::IAM::Role') continue;
      const { statements, complete } = statementsOf(valueOf(role.properties, 'AssumeRolePolicyDocument'));
      if (!complete || statements.length === 0) continue;
      const trusting = statements.filter((statement) => isAllow(statement) && coversAction(statement, 'sts:AssumeRole') !== 'no');
      // A computed or wildcard principal may include AWS Backup.
      if (trusting.some((statement) => principalValues(statement, 'Service').some((node) => node.kind !== 'scalar'))) continue;
      if (trusting.some((statement) => servicePrincipals(statement).some((name) => name === 'backup.amazonaws.com' || name === '*'))) continue;
      push(
        hits,
        propertyHit(
          selection,
          ['BackupSelection', 'IamRoleArn'],
          `Backup selection '${selection.logicalId}' uses role '${role.logicalId}', whose trust policy does not allow ` +
            'backup.amazonaws.com to assume it: every backup job of the selection fails',
        ),
      );
    }
    return hits;
  },
};
