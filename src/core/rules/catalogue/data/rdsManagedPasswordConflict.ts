import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, alwaysTrue, propertyHit, push } from './common';

/** CX2012: RDS is asked to manage the master password in Secrets Manager and is given one as well. */
export const rdsManagedPasswordConflict: CatalogueCheck = {
  id: 'CX2012',
  title: 'ManageMasterUserPassword with a MasterUserPassword',
  topics: ['T20', 'T21'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  rejection: {
    quote: "Can't manage the master user password with AWS Secrets Manager if MasterUserPassword is specified.",
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  },
  explanation: {
    what:
      'ManageMasterUserPassword: true makes RDS generate the master password, store it in a Secrets Manager secret it ' +
      'owns and rotate it; a MasterUserPassword in the same request contradicts that, and RDS rejects the request.',
    exam:
      'the least-effort way to keep a database password out of the template and rotate it is ManageMasterUserPassword ' +
      '(the secret ARN is in MasterUserSecret.SecretArn); the alternative is your own secret with a dynamic reference and ' +
      'a rotation schedule.',
    scenario: 'rotate the database credentials automatically without writing a rotation function',
    trap: 'choose one: either RDS manages the password, or you pass one (from a dynamic reference), never both.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      if (!alwaysTrue(context, valueOf(database.properties, 'ManageMasterUserPassword'))) continue;
      if (!alwaysGiven(valueOf(database.properties, 'MasterUserPassword'))) continue;
      push(
        hits,
        propertyHit(
          database,
          ['MasterUserPassword'],
          `'${database.logicalId}' asks RDS to manage the master password in Secrets Manager and also sets MasterUserPassword: ` +
            'RDS rejects the combination; remove MasterUserPassword',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};
