import { resourceDeclarations } from '../../../sections';
import { isSecretProperty } from '../../exam/secretNames';
import type { CatalogueCheck, CheckHit } from '../types';
import { dynamicReferences } from './dynamicReferences';

/** CX2117: a password read from a plain String parameter with {{resolve:ssm:…}}. */
export const ssmPlainReferenceForPassword: CatalogueCheck = {
  id: 'CX2117',
  title: 'Password property read from a plain ssm dynamic reference',
  topics: ['T21'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm.html',
  explanation: {
    what:
      'The ssm dynamic reference reads String and StringList parameters, which are not encrypted: a password kept there ' +
      'is readable in clear text by anyone with ssm:GetParameter, and appears in the parameter history.',
    exam:
      'passwords come from {{resolve:ssm-secure:name}} (a SecureString, in the properties that support it) or ' +
      '{{resolve:secretsmanager:secret:SecretString:password}} (any property, with rotation available).',
    scenario: 'the database password must be encrypted at rest and never stored in plain text',
    trap: '{{resolve:ssm:…}} cannot read a SecureString at all; ssm-secure is the pattern for encrypted parameters.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  readsEveryResource: true,
  needsText: ['{{resolve:'],
  run(context) {
    const hits: CheckHit[] = [];
    if (!context.mentions('{{resolve:')) return hits;
    for (const resource of resourceDeclarations(context.template.root)) {
      for (const reference of dynamicReferences(resource.properties, ['Resources', resource.logicalId, 'Properties'])) {
        const property = reference.path[reference.path.length - 1];
        if (reference.service !== 'ssm' || typeof property !== 'string' || !isSecretProperty(property)) continue;
        hits.push({
          message:
            `${property} of '${resource.logicalId}' comes from a plain String SSM parameter ({{resolve:ssm:…}}): the password ` +
            'is stored unencrypted; use ssm-secure or secretsmanager',
          span: reference.node.span,
          path: reference.path,
        });
      }
    }
    return hits;
  },
};
