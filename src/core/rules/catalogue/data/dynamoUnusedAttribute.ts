import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push } from './common';
import { definedAttributes, indexes, indexListsKnown, keyElements, TABLE_TYPES } from './dynamodb';

/** CX2411: an attribute defined in AttributeDefinitions that no key uses. */
export const dynamoUnusedAttribute: CatalogueCheck = {
  id: 'CX2411',
  title: 'DynamoDB AttributeDefinitions entry that no key uses',
  topics: ['T24'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html',
  explanation: {
    what:
      'AttributeDefinitions describes the key schema of the table and its indexes only; the usual mistake is listing ordinary ' +
      'item attributes there. DynamoDB is known to answer definitions no key uses with a validation error ("Some ' +
      'AttributeDefinitions are not used"), although its reference does not state the rule, so this is reported as a warning.',
    exam:
      'DynamoDB items can carry any attributes; declare only the table and index keys. To query by another attribute, add a ' +
      'GSI (any time) or an LSI (only when the table is created) keyed on it.',
    scenario: 'the table must also be searchable by email address',
    trap: 'defining the attribute is not enough to query it: without an index keyed on it, only a Scan can find it.',
  },
  resourceTypes: TABLE_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources(...TABLE_TYPES)) {
      const defined = definedAttributes(table);
      if (!defined || !indexListsKnown(table)) continue;
      const schemas = [keyElements(valueOf(table.properties, 'KeySchema'), ['KeySchema'])];
      for (const index of [...indexes(table, 'GlobalSecondaryIndexes'), ...indexes(table, 'LocalSecondaryIndexes')]) schemas.push(index.keys);
      if (schemas.some((keys) => keys === undefined)) continue;
      const used = new Set(schemas.flatMap((keys) => keys!.map((key) => key.name)));
      for (const [name, path] of defined) {
        if (used.has(name)) continue;
        push(
          hits,
          propertyHit(
            table,
            path,
            `'${table.logicalId}' defines attribute '${name}' but no key of the table or its indexes uses it: DynamoDB is known to ` +
              'refuse unused attribute definitions; declare only key attributes',
          ),
        );
      }
    }
    return hits;
  },
};
