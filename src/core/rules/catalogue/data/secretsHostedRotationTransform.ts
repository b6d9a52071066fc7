import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, propertyHit, push } from './common';

/** CX2111: a hosted rotation function without the Secrets Manager transform that creates it. */
export const secretsHostedRotationTransform: CatalogueCheck = {
  id: 'CX2111',
  title: 'HostedRotationLambda without the AWS::SecretsManager transform',
  topics: ['T21'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-rotationschedule-hostedrotationlambda.html',
  rejection: {
    quote: 'You must specify Transform: AWS::SecretsManager-2024-09-16 at the beginning of the CloudFormation template.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-rotationschedule-hostedrotationlambda.html',
  },
  explanation: {
    what:
      'HostedRotationLambda asks CloudFormation to build the rotation function from a Secrets Manager template; the ' +
      'AWS::SecretsManager transform does that by adding a nested stack with the function. Without the transform there is ' +
      'nothing to create the function and the rotation schedule fails.',
    exam:
      'automatic rotation of database credentials in CloudFormation is a secret (GenerateSecretString), a ' +
      'SecretTargetAttachment to the database, and a RotationSchedule with HostedRotationLambda under the transform, or ' +
      'simply ManageMasterUserPassword on the database.',
    scenario: 'rotate the RDS credentials every 30 days without writing rotation code',
    trap: 'the transform must be a literal at the top of the template (Transform: AWS::SecretsManager-2024-09-16, or the older AWS::SecretsManager-2020-07-23), beside any SAM transform.',
  },
  resourceTypes: ['AWS::SecretsManager::RotationSchedule'],
  run(context) {
    const hits: CheckHit[] = [];
    const transformed = hasSecretsManagerTransform(context.template.root);
    if (transformed) return hits;
    for (const schedule of context.resources('AWS::SecretsManager::RotationSchedule')) {
      if (!alwaysGiven(valueOf(schedule.properties, 'HostedRotationLambda'))) continue;
      push(
        hits,
        propertyHit(
          schedule,
          ['HostedRotationLambda'],
          `'${schedule.logicalId}' uses HostedRotationLambda but the template has no AWS::SecretsManager transform: nothing ` +
            'creates the rotation function, and the rotation schedule fails',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};

/** The template names an AWS::SecretsManager-… transform (or its transform is computed: then assume it does). */
function hasSecretsManagerTransform(root: Parameters<typeof entryOf>[0]): boolean {
  const transform = entryOf(root, 'Transform');
  if (!transform) return false;
  const names = transform.value.kind === 'seq' ? transform.value.items : [transform.value];
  return names.some((name) => name.kind !== 'scalar' || String(name.value).startsWith('AWS::SecretsManager-'));
}
