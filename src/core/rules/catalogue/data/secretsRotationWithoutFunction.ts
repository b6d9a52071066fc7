import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { neverGiven, push, resourceHit } from './common';

/** CX2114: a rotation schedule with no function to rotate the secret. */
export const secretsRotationWithoutFunction: CatalogueCheck = {
  id: 'CX2114',
  title: 'Secrets Manager RotationSchedule without a rotation function',
  topics: ['T21'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-rotationschedule.html',
  explanation: {
    what:
      'A secret you own is rotated by a Lambda function: either an existing one (RotationLambdaARN) or one Secrets Manager ' +
      'builds from its templates (HostedRotationLambda). A schedule with neither has nothing to run; only secrets managed ' +
      'by another service rotate without a function.',
    exam:
      'rotation of RDS credentials: HostedRotationLambda with RotationType MySQLSingleUser (or MultiUser with a superuser ' +
      'secret) and RotationRules; the function needs network access to the database and to Secrets Manager.',
    scenario: 'rotate the database password automatically every 30 days',
    trap: 'a secret created by RDS (ManageMasterUserPassword) is rotated by RDS: no RotationSchedule is needed for it.',
  },
  resourceTypes: ['AWS::SecretsManager::RotationSchedule'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const schedule of context.resources('AWS::SecretsManager::RotationSchedule')) {
      // Only a secret of this template is known to be one you own (not managed by RDS or Redshift).
      if (context.referenced(valueOf(schedule.properties, 'SecretId'))?.type !== 'AWS::SecretsManager::Secret') continue;
      const names = ['RotationLambdaARN', 'HostedRotationLambda', 'ExternalSecretRotationMetadata', 'ExternalSecretRotationRoleArn'];
      if (!names.every((name) => neverGiven(valueOf(schedule.properties, name)))) continue;
      push(
        hits,
        resourceHit(
          schedule,
          `Rotation schedule '${schedule.logicalId}' names no rotation function (RotationLambdaARN or HostedRotationLambda): ` +
            'Secrets Manager has nothing to run to rotate the secret',
        ),
      );
    }
    return hits;
  },
};
