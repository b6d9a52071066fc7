import { valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysGiven, hasTransformedProperties, neverGiven, numberValues, propertyHit, push, resourceHit, stringValues } from './common';
import { indexes } from './dynamodb';

/** CX2414: provisioned throughput that does not match the table's billing mode. */
export const dynamoCapacityBillingMode: CatalogueCheck = {
  id: 'CX2414',
  title: 'DynamoDB ProvisionedThroughput does not match the BillingMode',
  topics: ['T24'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html',
  rejection: {
    quote: 'If you set BillingMode as PROVISIONED, you must specify this property. If you set BillingMode as PAY_PER_REQUEST, you cannot specify this property.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html',
  },
  explanation: {
    what:
      'BillingMode PROVISIONED (the default when BillingMode is left out) needs read and write capacity for the table and ' +
      'for every global secondary index; PAY_PER_REQUEST (on-demand) takes none. DynamoDB rejects the table otherwise.',
    exam:
      'on-demand for unpredictable or spiky traffic with no capacity planning; provisioned with auto scaling (Application ' +
      'Auto Scaling target tracking) for steady, predictable traffic at lower cost.',
    scenario: 'traffic is unpredictable and the team does not want to manage capacity',
    trap: 'leaving BillingMode out means PROVISIONED, not on-demand.',
  },
  resourceTypes: ['AWS::DynamoDB::Table'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources('AWS::DynamoDB::Table')) {
      if (hasTransformedProperties(table)) continue;
      const modeNode = valueOf(table.properties, 'BillingMode');
      const modes = modeNode === undefined ? ['PROVISIONED'] : stringValues(context, modeNode);
      if (!modes || new Set(modes).size !== 1) continue;
      if (modes[0] === 'PAY_PER_REQUEST') onDemand(context, hits, table);
      else if (modes[0] === 'PROVISIONED') provisioned(hits, table);
    }
    return hits;
  },
};

/** On demand: a table or index throughput with capacity above zero is refused. */
function onDemand(context: CheckContext, hits: CheckHit[], table: ResourceDeclaration): void {
  const places: NodePath[] = [['ProvisionedThroughput'], ...indexes(table, 'GlobalSecondaryIndexes').map((index) => [...index.path, 'ProvisionedThroughput'])];
  for (const path of places) {
    const node = path.length === 1 ? valueOf(table.properties, 'ProvisionedThroughput') : provisionedOfIndex(table, path);
    if (!alwaysGiven(node)) continue;
    const units = ['ReadCapacityUnits', 'WriteCapacityUnits'].map((name) => numberValues(context, valueOf(node, name)));
    if (!units.some((values) => values?.some((value) => value > 0))) continue;
    push(
      hits,
      propertyHit(table, path, `'${table.logicalId}' is on-demand (PAY_PER_REQUEST) but sets ProvisionedThroughput: on-demand tables take no provisioned capacity`, undefined, true),
    );
  }
}

/** Provisioned: the table and each global secondary index need ProvisionedThroughput. */
function provisioned(hits: CheckHit[], table: ResourceDeclaration): void {
  if (neverGiven(valueOf(table.properties, 'ProvisionedThroughput'))) {
    const message = `'${table.logicalId}' uses provisioned capacity (BillingMode PROVISIONED, the default) but has no ProvisionedThroughput`;
    push(hits, valueOf(table.properties, 'BillingMode') ? propertyHit(table, ['BillingMode'], message) : resourceHit(table, message));
  }
  for (const index of indexes(table, 'GlobalSecondaryIndexes')) {
    if (!neverGiven(valueOf(index.node, 'ProvisionedThroughput'))) continue;
    push(
      hits,
      propertyHit(
        table,
        [...index.path, 'IndexName'],
        `A global secondary index of '${table.logicalId}' has no ProvisionedThroughput although the table uses provisioned capacity`,
      ),
    );
  }
}

function provisionedOfIndex(table: ResourceDeclaration, path: NodePath): TemplateNode | undefined {
  const index = indexes(table, 'GlobalSecondaryIndexes').find((candidate) => candidate.path[1] === path[1]);
  return valueOf(index?.node, 'ProvisionedThroughput');
}
