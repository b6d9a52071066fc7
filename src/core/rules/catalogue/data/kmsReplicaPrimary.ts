import { valueOf, type TemplateNode } from '../../../model';
import type { CheckContext } from '../support/context';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push, stringValues } from './common';

const PAGE = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html';
/** The key ID at the end of a key ARN, or the ID itself. */
const KEY_ID = /(?:^|:key\/)([^:/]+)$/;

/** The single-Region keys the replica may name (a key ID without the mrk- prefix), when every value is a known ARN or ID. */
function singleRegionKeys(context: CheckContext, node: TemplateNode | undefined): string[] | undefined {
  const arns = stringValues(context, node);
  const ids = arns?.map((arn) => KEY_ID.exec(arn)?.[1]);
  if (!arns || !ids || ids.some((id) => id === undefined || id.includes('${') || id.startsWith('mrk-'))) return undefined;
  return arns;
}

/** CX2032: a replica key of a single-Region key (a primary of the same template is CX2122's). */
export const kmsReplicaPrimary: CatalogueCheck = {
  id: 'CX2032',
  title: 'KMS replica key of a single-Region key',
  topics: ['T20', 'T22'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote: 'This operation creates a multi-Region replica key based on a multi-Region primary key in a different Region of the same AWS partition.',
    url: PAGE,
  },
  explanation: {
    what:
      'AWS::KMS::ReplicaKey copies a multi-Region primary key (MultiRegion: true, an ID that begins with mrk-) into the Region of ' +
      'the stack. A single-Region key, whose ID has no mrk- prefix, cannot be replicated: KMS refuses the replica.',
    exam:
      'multi-Region keys let data encrypted in the primary Region be decrypted in the DR Region without a cross-Region call: create ' +
      'the primary (MultiRegion: true) in one stack, then a ReplicaKey in a stack of each other Region (a StackSet) given its ARN.',
    trap: 'MultiRegion cannot be turned on later: a single-Region key stays single-Region, and its data must be re-encrypted.',
  },
  resourceTypes: ['AWS::KMS::ReplicaKey'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const replica of context.resources('AWS::KMS::ReplicaKey')) {
      const keys = singleRegionKeys(context, valueOf(replica.properties, 'PrimaryKeyArn'));
      if (!keys) continue;
      const named = keys.map((key) => `'${key}'`).join(' or ');
      push(hits, propertyHit(replica, ['PrimaryKeyArn'], `Replica key '${replica.logicalId}' names ${named}, a single-Region key (multi-Region key IDs begin with mrk-): only a multi-Region primary key can be replicated`));
    }
    return hits;
  },
};
