import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';

const REPLICA_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-replicakey.html';

/** CX2122: a replica key whose primary key this same stack creates, so in the same Region. */
export const kmsReplicaSameStack: CatalogueCheck = {
  id: 'CX2122',
  title: 'KMS replica key whose primary key is declared in the same template',
  topics: ['T21', 'T23'],
  severity: 'error',
  url: REPLICA_PAGE,
  rejection: {
    quote: 'The primary key must be in a different AWS Region of the same AWS partition.',
    url: REPLICA_PAGE,
  },
  explanation: {
    what:
      'A multi-Region replica key copies a primary key into another Region: the reference says the primary key must be in a ' +
      'different AWS Region of the same partition. A stack deploys in one Region, so a primary key it creates is always in ' +
      'the replica\'s own Region, and KMS refuses the replica.',
    exam:
      'multi-Region keys for DR: the primary (MultiRegion: true) in one stack, the ReplicaKey in a stack (or StackSet instance) ' +
      'of the other Region, given the primary key\'s ARN as a parameter.',
    scenario: 'encrypt the DR copy of the data in the second Region with the same key material, for client-side decryption in either Region',
    trap: 'PrimaryKeyArn takes the ARN: Ref of a key returns its key id.',
  },
  resourceTypes: ['AWS::KMS::ReplicaKey'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const replica of context.resources('AWS::KMS::ReplicaKey')) {
      const primary = context.referenced(valueOf(replica.properties, 'PrimaryKeyArn'));
      if (primary?.type !== 'AWS::KMS::Key') continue;
      push(
        hits,
        propertyHit(
          replica,
          ['PrimaryKeyArn'],
          `Replica key '${replica.logicalId}' names primary key '${primary.logicalId}' of this same stack, so of the same Region: a replica ` +
            'must be in another Region than its primary; create it from a stack in the other Region, given the primary key\'s ARN',
        ),
      );
    }
    return hits;
  },
};
