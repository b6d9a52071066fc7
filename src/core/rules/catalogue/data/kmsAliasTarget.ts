/** T20: an alias pointed at another alias instead of a KMS key. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push, stringValues } from './common';

const ALIAS_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-alias.html';
const CREATE_ALIAS_PAGE = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html';

/** An alias name or alias ARN (`alias/app`, `arn:aws:kms:us-east-1:111122223333:alias/app`). */
const ALIAS = /^(alias\/|arn:[^:]+:kms:[^:]*:[^:]*:alias\/)/;

/** CX2039: TargetKeyId names an alias (by Ref of an alias of the template, or written out) instead of a key. */
export const kmsAliasTargetsAlias: CatalogueCheck = {
  id: 'CX2039',
  title: 'KMS alias whose TargetKeyId names another alias instead of a key',
  topics: ['T20'],
  severity: 'error',
  url: ALIAS_PAGE,
  rejection: { quote: 'Specify the key ID or key ARN of the KMS key.', url: CREATE_ALIAS_PAGE },
  explanation: {
    what:
      'An alias is a second name for one KMS key: TargetKeyId takes the key ID or key ARN, never another alias (aliases do not ' +
      'chain). `Ref` of an AWS::KMS::Alias returns the alias name, so `!Ref OtherAlias` gives an alias where a key is needed; ' +
      '`!Ref Key` (or `!GetAtt Key.Arn`) of the AWS::KMS::Key gives the key.',
    exam:
      'aliases let code and templates name a key the same way in every Region (alias/app-data), while each Region has its own key; ' +
      'repointing an alias to a new key is how a key is swapped without changing the code.',
    trap: 'Ref of AWS::KMS::Key returns the key ID, but Ref of AWS::KMS::Alias returns the alias name.',
  },
  resourceTypes: ['AWS::KMS::Alias'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alias of context.resources('AWS::KMS::Alias')) {
      const target = valueOf(alias.properties, 'TargetKeyId');
      const named = context.referenced(target);
      const written = named ? undefined : stringValues(context, target);
      let message: string | undefined;
      if (named?.type === 'AWS::KMS::Alias') {
        message = `TargetKeyId of alias '${alias.logicalId}' is Ref of alias '${named.logicalId}', which gives its alias name: an alias must point to a key (its key ID or ARN)`;
      } else if (written && written.every((value) => ALIAS.test(value))) {
        message = `TargetKeyId of alias '${alias.logicalId}' is the alias '${written[0]}': an alias must point to a key (its key ID or ARN), not to another alias`;
      }
      if (message) push(hits, propertyHit(alias, ['TargetKeyId'], message));
    }
    return hits;
  },
};
