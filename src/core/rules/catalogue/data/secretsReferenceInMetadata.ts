import { resourceDeclarations } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { dynamicReferences } from './dynamicReferences';

/** CX2120: a secret dynamic reference in resource Metadata (cfn-init), where it is not resolved. */
export const secretsReferenceInMetadata: CatalogueCheck = {
  id: 'CX2120',
  title: 'Secret dynamic reference in resource Metadata',
  topics: ['T21', 'T13'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/cfn-example_reference-secret.html',
  explanation: {
    what:
      'Dynamic references for secrets work in resource properties, not in Metadata such as AWS::CloudFormation::Init, ' +
      'because Metadata is shown in the console, so a secret cannot reach cfn-init that way.',
    exam:
      'to give an instance a secret, let the instance read it at boot or run time (aws secretsmanager get-secret-value or ' +
      'aws ssm get-parameter --with-decryption in user data or cfn-init commands) with an instance role allowed to read ' +
      'it and to kms:Decrypt.',
    scenario: 'cfn-init must write the database password into the application configuration file',
    trap: 'putting the resolved secret in user data exposes it to anyone who can describe the instance attributes.',
  },
  resourceTypes: ['AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::LaunchTemplate'],
  readsEveryResource: true,
  needsText: ['{{resolve:'],
  run(context) {
    const hits: CheckHit[] = [];
    if (!context.mentions('{{resolve:')) return hits;
    for (const resource of resourceDeclarations(context.template.root)) {
      const metadata = attributeAt(resource, 'Metadata');
      for (const reference of dynamicReferences(metadata, ['Resources', resource.logicalId, 'Metadata'])) {
        if (reference.service !== 'secretsmanager' && reference.service !== 'ssm-secure') continue;
        hits.push({
          message:
            `The Metadata of '${resource.logicalId}' holds a ${reference.service} reference: secret references are not supported ` +
            'in Metadata, so cfn-init cannot receive the secret this way; read it on the instance with its role instead',
          span: reference.node.span,
          path: reference.path,
        });
      }
    }
    return hits;
  },
};
