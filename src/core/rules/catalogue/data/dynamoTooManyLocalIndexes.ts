import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';
import { indexes, TABLE_TYPES } from './dynamodb';

/** CX2413: more than five local secondary indexes. */
export const dynamoTooManyLocalIndexes: CatalogueCheck = {
  id: 'CX2413',
  title: 'More than 5 local secondary indexes',
  topics: ['T24'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html',
  rejection: {
    quote: 'You can create up to 5 local secondary indexes.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html',
  },
  explanation: {
    what: 'A table can have at most five local secondary indexes, a fixed limit; CreateTable with more is rejected.',
    exam:
      'access patterns beyond a few alternate sort keys belong in global secondary indexes (up to 20 by default) or in an ' +
      'overloaded single-table design with generic key attributes.',
    scenario: 'the table must support many different query patterns',
    trap: 'LSIs share the table\'s partition and its 10 GB item-collection limit; GSIs scale independently.',
  },
  resourceTypes: TABLE_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources(...TABLE_TYPES)) {
      const locals = indexes(table, 'LocalSecondaryIndexes');
      if (locals.length <= 5) continue;
      push(
        hits,
        propertyHit(
          table,
          ['LocalSecondaryIndexes'],
          `'${table.logicalId}' declares ${locals.length} local secondary indexes: DynamoDB allows at most 5`,
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};
