import { isMap, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';
import { alwaysGiven, neverGiven, propertyHit, push } from './common';

/** CX2417: customer managed keys given for some replicas of a global table but not all. */
export const dynamoGlobalTableReplicaKeys: CatalogueCheck = {
  id: 'CX2417',
  title: 'Global table replicas mix customer managed and default KMS keys',
  topics: ['T24', 'T20'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-replicaspecification.html',
  rejection: {
    quote: 'When using customer-managed keys for server-side encryption, this property must have a value in all replicas.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-replicaspecification.html',
  },
  explanation: {
    what:
      'A global table is encrypted the same way in every Region: with customer managed keys, each replica names its own key ' +
      '(KMS keys are Regional) in ReplicaSpecification.SSESpecification; AWS managed and customer managed keys cannot be mixed.',
    exam:
      'encrypting a multi-Region table with keys you control means one customer managed key per Region (or a multi-Region ' +
      'key and its replicas), each with a key policy that lets DynamoDB use it.',
    scenario: 'the global table must be encrypted with company-managed keys in both Regions',
    trap: 'a key ARN of one Region cannot encrypt the replica in another Region.',
  },
  resourceTypes: ['AWS::DynamoDB::GlobalTable'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources('AWS::DynamoDB::GlobalTable')) {
      const replicas = valueOf(table.properties, 'Replicas');
      if (replicas?.kind !== 'seq' || replicas.items.some((item) => !isMap(item) || intrinsicName(item) !== undefined)) continue;
      const keyed = replicas.items.map((replica) => alwaysGiven(valueOf(valueOf(replica, 'SSESpecification'), 'KMSMasterKeyId')));
      const unkeyed = replicas.items.map((replica) => neverGiven(valueOf(valueOf(replica, 'SSESpecification'), 'KMSMasterKeyId')));
      if (!keyed.some(Boolean)) continue;
      unkeyed.forEach((withoutKey, index) => {
        if (!withoutKey) return;
        push(
          hits,
          propertyHit(
            table,
            ['Replicas', index],
            `A replica of global table '${table.logicalId}' names no KMS key while other replicas use customer managed keys: ` +
              'every replica needs its own key in SSESpecification',
          ),
        );
      });
    }
    return hits;
  },
};
