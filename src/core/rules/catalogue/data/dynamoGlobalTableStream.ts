import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { neverGiven, propertyHit, push, stringValues } from './common';
import { isMap } from '../../../model';
import { intrinsicName } from '../support/values';

/** CX2415: a multi-Region global table without a stream. */
export const dynamoGlobalTableStream: CatalogueCheck = {
  id: 'CX2415',
  title: 'DynamoDB global table with several replicas and no StreamSpecification',
  topics: ['T24'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html',
  rejection: {
    quote:
      'You must specify a value for this property for a AWS::DynamoDB::GlobalTable resource configured for MREC with more than one entry in Replicas.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-globaltable-streamspecification.html',
  },
  explanation: {
    what:
      'Global tables with eventual consistency replicate changes between Regions through DynamoDB Streams, so a global table ' +
      'with more than one replica needs StreamSpecification (NEW_AND_OLD_IMAGES); CloudFormation rejects it otherwise.',
    exam:
      'global tables give multi-Region, multi-active reads and writes with last-writer-wins conflict resolution; they are ' +
      'the DynamoDB answer for a multi-site active/active DR strategy with an RPO of about a second.',
    scenario: 'users in two Regions must read and write the same data with low latency, and survive a Regional outage',
    trap: 'the stream settings can only be changed while the table has a single replica: set them before adding Regions.',
  },
  resourceTypes: ['AWS::DynamoDB::GlobalTable'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const table of context.resources('AWS::DynamoDB::GlobalTable')) {
      if (stringValues(context, valueOf(table.properties, 'MultiRegionConsistency'))?.some((mode) => mode === 'STRONG')) continue;
      const replicas = valueOf(table.properties, 'Replicas');
      const certain = replicas?.kind === 'seq' ? replicas.items.filter((item) => isMap(item) && intrinsicName(item) === undefined) : [];
      if (certain.length < 2 || !neverGiven(valueOf(table.properties, 'StreamSpecification'))) continue;
      push(
        hits,
        propertyHit(
          table,
          ['Replicas'],
          `Global table '${table.logicalId}' has ${certain.length} replicas but no StreamSpecification: replication between ` +
            'Regions needs a stream (StreamViewType NEW_AND_OLD_IMAGES)',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};
