/** T20: an Aurora Serverless v2 instance (db.serverless) in a cluster of the template with no capacity range. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysOneOf, attributeAt, neverGiven } from '../support/values';
import { propertyHit, push } from './common';

const CAPACITY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-serverlessv2scalingconfiguration.html';

/** CX2038: a db.serverless instance whose cluster sets no ServerlessV2ScalingConfiguration. */
export const auroraServerlessV2WithoutCapacity: CatalogueCheck = {
  id: 'CX2038',
  title: 'Aurora Serverless v2 instance in a DB cluster without ServerlessV2ScalingConfiguration',
  topics: ['T20'],
  severity: 'error',
  url: CAPACITY_PAGE,
  rejection: {
    quote: 'If you have an Aurora cluster, you must set this attribute before you add a DB instance that uses the db.serverless DB instance class.',
    url: CAPACITY_PAGE,
  },
  explanation: {
    what:
      'An Aurora Serverless v2 instance (DBInstanceClass db.serverless) scales within the capacity range of its cluster, in Aurora ' +
      'capacity units. The range is set on the cluster with ServerlessV2ScalingConfiguration (MinCapacity, MaxCapacity); without it ' +
      'RDS refuses to add the instance.',
    exam:
      'Serverless v2 is the current Aurora serverless option: it scales in seconds, runs in a Multi-AZ cluster and in a global ' +
      'database, and can sit beside provisioned instances in the same cluster.',
    trap: 'ScalingConfiguration is the retired Serverless v1 setting; Serverless v2 reads only ServerlessV2ScalingConfiguration.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const instance of context.resources('AWS::RDS::DBInstance')) {
      if (attributeAt(instance, 'Condition') !== undefined || !alwaysOneOf(context, valueOf(instance.properties, 'DBInstanceClass'), ['db.serverless'])) continue;
      const cluster = context.referenced(valueOf(instance.properties, 'DBClusterIdentifier'));
      if (cluster?.type !== 'AWS::RDS::DBCluster' || attributeAt(cluster, 'Condition') !== undefined) continue;
      if (!neverGiven(valueOf(cluster.properties, 'ServerlessV2ScalingConfiguration'))) continue;
      const message =
        `'${instance.logicalId}' is an Aurora Serverless v2 instance (db.serverless), but its cluster '${cluster.logicalId}' sets no ` +
        'ServerlessV2ScalingConfiguration: RDS refuses the instance; give the cluster a MinCapacity and MaxCapacity';
      push(hits, propertyHit(instance, ['DBInstanceClass'], message));
    }
    return hits;
  },
};
