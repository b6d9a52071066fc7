import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, neverGiven, propertyHit, push } from './common';

/** CX2112: a generated password with a key name but no JSON template to put it in. */
export const secretsGenerateStringKey: CatalogueCheck = {
  id: 'CX2112',
  title: 'GenerateStringKey without SecretStringTemplate',
  topics: ['T21'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-secret-generatesecretstring.html',
  rejection: {
    quote: 'If you specify this parameter, then you must also specify SecretStringTemplate.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-secret-generatesecretstring.html',
  },
  explanation: {
    what:
      'GenerateStringKey names the JSON key the generated password is stored under, inside the JSON object given in ' +
      'SecretStringTemplate; without the template there is no object to add it to and Secrets Manager rejects the secret.',
    exam:
      'the usual database secret is SecretStringTemplate {"username": "admin"} with GenerateStringKey "password", read by ' +
      'the database as {{resolve:secretsmanager:MySecret:SecretString:password}} and rotated with a RotationSchedule.',
    scenario: 'generate a random database password and keep the user name beside it in one secret',
    trap: 'exclude characters the engine refuses in passwords (ExcludeCharacters: \'"@/\\\') or the database creation fails.',
  },
  resourceTypes: ['AWS::SecretsManager::Secret'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const secret of context.resources('AWS::SecretsManager::Secret')) {
      const generate = valueOf(secret.properties, 'GenerateSecretString');
      if (!alwaysGiven(valueOf(generate, 'GenerateStringKey')) || !neverGiven(valueOf(generate, 'SecretStringTemplate'))) continue;
      push(
        hits,
        propertyHit(
          secret,
          ['GenerateSecretString', 'GenerateStringKey'],
          `Secret '${secret.logicalId}' names a GenerateStringKey without a SecretStringTemplate: the generated password has ` +
            'no JSON object to go into; add SecretStringTemplate (for example {"username": "admin"})',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};
