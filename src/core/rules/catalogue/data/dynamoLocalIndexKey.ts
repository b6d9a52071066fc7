import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';
import { indexes, keyElements, TABLE_TYPES } from './dynamodb';

/** CX2412: a local secondary index whose partition key is not the table's. */
export const dynamoLocalIndexKey: CatalogueCheck = {
  id: 'CX2412',
  title: 'LSI partition key differs from the table partition key',
  topics: ['T24'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html',
  rejection: {
    quote: 'KeySchema - Specifies the key schema for the local secondary index. The key schema must begin with the same partition key as the table.',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html',
  },
  explanation: {
    what:
      'A local secondary index keeps the table\'s partition key and offers another sort key within each partition; an LSI ' +
      'keyed on a different partition key is rejected. For another partition key, use a global secondary index.',
    exam:
      'LSI: same partition key, different sort key, created only with the table, strongly consistent reads possible, 10 GB ' +
      'per partition key value. GSI: any keys, added or removed any time, own throughput, eventually consistent reads only.',
    scenario: 'query orders of a customer by total amount with strongly consistent reads',
    trap: 'an LSI cannot be added to an existing table: changing LocalSecondaryIndexes replaces the table.',
  },
  resourceTypes: TABLE_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources(...TABLE_TYPES)) {
      const tableKeys = keyElements(valueOf(table.properties, 'KeySchema'), ['KeySchema']);
      const partition = tableKeys?.find((key) => key.type === 'HASH')?.name;
      if (partition === undefined) continue;
      for (const index of indexes(table, 'LocalSecondaryIndexes')) {
        const hash = index.keys?.find((key) => key.type === 'HASH');
        if (!hash || hash.name === partition) continue;
        push(
          hits,
          propertyHit(
            table,
            hash.path,
            `A local secondary index of '${table.logicalId}' is partitioned by '${hash.name}' but the table by '${partition}': ` +
              'an LSI must use the table\'s partition key; use a GSI for another partition key',
          ),
        );
      }
    }
    return hits;
  },
};
