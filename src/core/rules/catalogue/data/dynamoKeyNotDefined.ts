import type { CatalogueCheck, CheckHit } from '../types';
import { valueOf } from '../../../model';
import { propertyHit, push } from './common';
import { definedAttributes, indexes, keyElements, TABLE_TYPES } from './dynamodb';

/** CX2410: a key attribute of the table or of an index missing from AttributeDefinitions. */
export const dynamoKeyNotDefined: CatalogueCheck = {
  id: 'CX2410',
  title: 'DynamoDB key attribute missing from AttributeDefinitions',
  topics: ['T24'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html',
  rejection: {
    quote: 'The attributes in the KeySchema property must also be defined in the AttributeDefinitions property.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html',
  },
  explanation: {
    what:
      'DynamoDB is schemaless except for keys: every attribute used as a partition or sort key, of the table or of a ' +
      'secondary index, must be declared with its type (S, N or B) in AttributeDefinitions, or CreateTable fails.',
    exam:
      'choose a high-cardinality partition key that spreads traffic evenly, a sort key for range queries, and secondary ' +
      'indexes for the other access patterns; each index key is declared in AttributeDefinitions.',
    scenario: 'query orders by customer and by order date, and look up orders by status',
    trap: 'only key attributes belong in AttributeDefinitions: other item attributes are never declared.',
  },
  resourceTypes: TABLE_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources(...TABLE_TYPES)) {
      const defined = definedAttributes(table);
      if (!defined) continue;
      const schemas = [keyElements(valueOf(table.properties, 'KeySchema'), ['KeySchema'])];
      for (const index of [...indexes(table, 'GlobalSecondaryIndexes'), ...indexes(table, 'LocalSecondaryIndexes')]) schemas.push(index.keys);
      const reported = new Set<string>();
      for (const keys of schemas) {
        for (const key of keys ?? []) {
          if (defined.has(key.name) || reported.has(key.name)) continue;
          reported.add(key.name);
          push(
            hits,
            propertyHit(
              table,
              key.path,
              `'${table.logicalId}' uses '${key.name}' as a key but AttributeDefinitions does not define it: DynamoDB needs ` +
                'the type of every key attribute',
            ),
          );
        }
      }
    }
    return hits;
  },
};
