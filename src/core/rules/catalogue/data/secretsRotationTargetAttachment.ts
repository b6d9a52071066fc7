import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { attributeAt, literalString } from '../support/values';
import { alwaysGiven, resourceHit } from './common';
import { dynamicReferences } from './dynamicReferences';
import { names } from './references';

/** CX2118: a database secret rotated before (or without) the attachment that tells rotation where the database is. */
export const secretsRotationTargetAttachment: CatalogueCheck = {
  id: 'CX2118',
  title: 'Database secret rotated without a SecretTargetAttachment it waits for',
  topics: ['T21'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-rotationschedule.html',
  explanation: {
    what:
      'A rotation function logs in to the database with the details in the secret (engine, host, port). For a secret whose ' +
      'database is in the same template, AWS::SecretsManager::SecretTargetAttachment writes those details in, and the ' +
      'RotationSchedule must depend on it; otherwise the first rotation, which starts at once, runs without a host and fails.',
    exam:
      'the CloudFormation recipe for rotated database credentials: Secret (GenerateSecretString) → database reads it with ' +
      '{{resolve:secretsmanager:…}} → SecretTargetAttachment → RotationSchedule with DependsOn on the attachment.',
    scenario: 'the first rotation of the new database secret failed right after the stack was created',
    trap: 'a Ref to the secret does not order the rotation after the attachment: add DependsOn explicitly.',
  },
  resourceTypes: ['AWS::SecretsManager::RotationSchedule', 'AWS::SecretsManager::SecretTargetAttachment'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const schedule of context.resources('AWS::SecretsManager::RotationSchedule')) {
      if (!alwaysGiven(valueOf(schedule.properties, 'HostedRotationLambda'))) continue;
      const secret = context.referenced(valueOf(schedule.properties, 'SecretId'));
      if (secret?.type !== 'AWS::SecretsManager::Secret' || !isDatabaseSecret(context, secret)) continue;
      const attachments = context
        .resources('AWS::SecretsManager::SecretTargetAttachment')
        .filter((attachment) => context.referenced(valueOf(attachment.properties, 'SecretId'))?.logicalId === secret.logicalId);
      if (attachments.length === 0) {
        hits.push(
          resourceHit(
            schedule,
            `'${schedule.logicalId}' rotates database secret '${secret.logicalId}', but no SecretTargetAttachment adds the ` +
              'database host and port to the secret: the rotation function cannot reach the database',
          ),
        );
      } else if (!attachments.some((attachment) => dependsOn(schedule, attachment.logicalId))) {
        hits.push(
          resourceHit(
            schedule,
            `'${schedule.logicalId}' does not depend on '${attachments[0].logicalId}': the first rotation can start before the ` +
              'secret holds the database connection details; add DependsOn',
          ),
        );
      }
    }
    return hits;
  },
};

/** A database of this template reads its master password from the secret. */
function isDatabaseSecret(context: CheckContext, secret: ResourceDeclaration): boolean {
  return context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::Redshift::Cluster', 'AWS::DocDB::DBCluster').some((database) => {
    const password = valueOf(database.properties, 'MasterUserPassword');
    if (names(password, secret.logicalId)) return true;
    const name = literalString(valueOf(secret.properties, 'Name'));
    return dynamicReferences(password, []).some((reference) => reference.service === 'secretsmanager' && name !== undefined && reference.key.split(':')[0] === name);
  });
}

function dependsOn(resource: ResourceDeclaration, logicalId: string): boolean {
  const value = attributeAt(resource, 'DependsOn');
  if (literalString(value) === logicalId) return true;
  return value?.kind === 'seq' && value.items.some((item) => literalString(item) === logicalId);
}
