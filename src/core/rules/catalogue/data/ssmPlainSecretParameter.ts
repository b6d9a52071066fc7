import { isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { isSecretName } from '../../exam/secretNames';
import { propertyHit, push, stringValues } from './common';

/** CX2116: a secret kept in a plain String parameter. */
export const ssmPlainSecretParameter: CatalogueCheck = {
  id: 'CX2116',
  title: 'Secret stored in a plain String SSM parameter',
  topics: ['T21'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/what-is-a-parameter.html',
  explanation: {
    what:
      'A String parameter is stored unencrypted and returned in clear text to anyone allowed ssm:GetParameter; its value ' +
      'also sits in the template or the stack parameters. A parameter named like a password, token or key is a secret in ' +
      'plain text.',
    exam:
      'secrets belong in a SecureString parameter (created outside CloudFormation, encrypted with KMS) or in Secrets ' +
      'Manager (which CloudFormation can create, generate and rotate); the application role reads them with kms:Decrypt.',
    scenario: 'store the third-party API key so that only the application can read it, encrypted at rest',
    trap: 'CloudFormation cannot create a SecureString parameter: create the secret in Secrets Manager instead.',
  },
  resourceTypes: ['AWS::SSM::Parameter'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const parameter of context.resources('AWS::SSM::Parameter')) {
      const types = stringValues(context, valueOf(parameter.properties, 'Type'));
      if (!types || !types.every((type) => type === 'String')) continue;
      const nameNode = valueOf(parameter.properties, 'Name');
      const names = stringValues(context, nameNode);
      const leaf = names?.length === 1 ? names[0].split('/').pop()! : subLeaf(nameNode);
      const label = leaf ?? parameter.logicalId.replace(/(Parameter|Param|Ssm)$/i, '');
      if (!isSecretName(label.replace(/[-.]/g, '_')) || isSetting(context, valueOf(parameter.properties, 'Value'))) continue;
      push(
        hits,
        propertyHit(
          parameter,
          ['Type'],
          `Parameter '${parameter.logicalId}' (${label}) looks like a secret but is a plain String: it is stored unencrypted ` +
            'and readable in clear text; keep it in Secrets Manager, or in a SecureString parameter created outside the stack and read ' +
            'with a {{resolve:ssm-secure:…}} reference',
        ),
      );
    }
    return hits;
  },
};

/** The last segment of a name built with `Fn::Sub` (`/app/${Env}/db/password` → `password`), when it is plain text. */
function subLeaf(node: TemplateNode | undefined): string | undefined {
  const argument = valueOf(node, 'Fn::Sub');
  const text = isSeq(argument) ? argument.items[0] : argument;
  if (!isString(text)) return undefined;
  const leaf = text.value.split('/').pop()!;
  return leaf !== '' && !leaf.includes('${') ? leaf : undefined;
}

const SWITCH_WORDS = /^(true|false|enabled|disabled|yes|no|on|off)$/i;

/**
 * A value that is a switch, not a secret (`EncryptSecrets: Enabled`): a literal on/off word, or text made
 * only of template parameters that each take one of a few AllowedValues.
 */
function isSetting(context: CheckContext, value: TemplateNode | undefined): boolean {
  if (isString(value)) return SWITCH_WORDS.test(value.value.trim());
  const ref = valueOf(value, 'Ref');
  const sub = valueOf(value, 'Fn::Sub');
  const text = isSeq(sub) ? sub.items[0] : sub;
  const names = isString(ref) ? [ref.value] : isString(text) ? [...text.value.matchAll(/\$\{([^}!.]+)\}/g)].map((match) => match[1]) : [];
  return names.length > 0 && names.every((name) => valueOf(context.parameter(name), 'AllowedValues') !== undefined);
}
