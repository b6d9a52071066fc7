import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, neverGiven, propertyHit, push, stringValues } from './common';
import { indexes, TABLE_TYPES } from './dynamodb';

/** CX2420: NonKeyAttributes that do not fit the projection type. */
export const dynamoProjectionAttributes: CatalogueCheck = {
  id: 'CX2420',
  title: 'DynamoDB index projection and NonKeyAttributes do not match',
  topics: ['T24'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-projection.html',
  explanation: {
    what:
      'NonKeyAttributes lists the extra attributes copied into an index and belongs only to ProjectionType INCLUDE. DynamoDB is ' +
      'known to answer INCLUDE without them, or NonKeyAttributes with KEYS_ONLY or ALL, with a validation error, although ' +
      'the reference does not state the rule, so this is reported as a warning.',
    exam:
      'projection trades storage and write cost for read cost: KEYS_ONLY is cheapest, INCLUDE copies the attributes the ' +
      'query needs, ALL avoids fetches from the table. An LSI can fetch other attributes from the table; a GSI cannot.',
    scenario: 'the order-status index must return the order total without reading the base table',
    trap: 'a query on a GSI returns only projected attributes; anything else means a second read of the table.',
  },
  resourceTypes: TABLE_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources(...TABLE_TYPES)) {
      for (const index of [...indexes(table, 'GlobalSecondaryIndexes'), ...indexes(table, 'LocalSecondaryIndexes')]) {
        const projection = valueOf(index.node, 'Projection');
        const types = stringValues(context, valueOf(projection, 'ProjectionType'));
        if (!types || types.length !== 1) continue;
        const attributes = valueOf(projection, 'NonKeyAttributes');
        if (types[0] === 'INCLUDE' && neverGiven(attributes)) {
          push(hits, propertyHit(table, [...index.path, 'Projection', 'ProjectionType'], `An index of '${table.logicalId}' projects INCLUDE but lists no NonKeyAttributes to include`));
        } else if (types[0] !== 'INCLUDE' && alwaysGiven(attributes)) {
          push(
            hits,
            propertyHit(
              table,
              [...index.path, 'Projection', 'NonKeyAttributes'],
              `An index of '${table.logicalId}' projects ${types[0]} but lists NonKeyAttributes: they are only allowed with ProjectionType INCLUDE`,
              undefined,
              true,
            ),
          );
        }
      }
    }
    return hits;
  },
};
