import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { hasTransformedProperties, neverGiven, propertyHit, push, resourceHit, stringValues } from './common';
import { indexes } from './dynamodb';

/** CX2416: a provisioned global table without write capacity settings. */
export const dynamoGlobalTableWriteCapacity: CatalogueCheck = {
  id: 'CX2416',
  title: 'Provisioned DynamoDB global table without WriteProvisionedThroughputSettings',
  topics: ['T24'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html',
  rejection: {
    quote: 'This setting must be specified if BillingMode is set to PROVISIONED.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html',
  },
  explanation: {
    what:
      'A global table with provisioned capacity (BillingMode PROVISIONED, the default) gets its write capacity from an auto ' +
      'scaling policy that CloudFormation applies to every replica: WriteProvisionedThroughputSettings is required for the ' +
      'table and for each global secondary index.',
    exam:
      'every replica of a global table must absorb the writes of all Regions, so write capacity is the same everywhere; ' +
      'on-demand (PAY_PER_REQUEST) avoids sizing it.',
    scenario: 'a global table for a steady workload in two Regions with capacity that scales automatically',
    trap: 'do not add Application Auto Scaling resources for a global table: configure scaling in the GlobalTable resource itself.',
  },
  resourceTypes: ['AWS::DynamoDB::GlobalTable'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources('AWS::DynamoDB::GlobalTable')) {
      if (hasTransformedProperties(table)) continue;
      const modeNode = valueOf(table.properties, 'BillingMode');
      const modes = modeNode === undefined ? ['PROVISIONED'] : stringValues(context, modeNode);
      if (!modes || !modes.every((mode) => mode === 'PROVISIONED')) continue;
      if (neverGiven(valueOf(table.properties, 'WriteProvisionedThroughputSettings'))) {
        const message = `Global table '${table.logicalId}' uses provisioned capacity but has no WriteProvisionedThroughputSettings`;
        push(hits, modeNode ? propertyHit(table, ['BillingMode'], message) : resourceHit(table, message));
      }
      for (const index of indexes(table, 'GlobalSecondaryIndexes')) {
        if (!neverGiven(valueOf(index.node, 'WriteProvisionedThroughputSettings'))) continue;
        push(
          hits,
          propertyHit(
            table,
            [...index.path, 'IndexName'],
            `A global secondary index of global table '${table.logicalId}' has no WriteProvisionedThroughputSettings although the table uses provisioned capacity`,
          ),
        );
      }
    }
    return hits;
  },
};
