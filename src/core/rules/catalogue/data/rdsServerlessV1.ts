/** T20: an Aurora cluster in EngineMode serverless, the Aurora Serverless v1 that AWS has retired. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { propertyHit, push, stringValues } from './common';

const END_OF_LIFE_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html';

/** CX2033: EngineMode serverless: Aurora Serverless v1, past its end of life (2025-03-31). */
export const auroraServerlessV1: CatalogueCheck = {
  id: 'CX2033',
  title: 'Aurora cluster in EngineMode serverless (Aurora Serverless v1, past its end of life)',
  topics: ['T20'],
  severity: 'warning',
  url: END_OF_LIFE_PAGE,
  explanation: {
    what:
      'EngineMode serverless is Aurora Serverless v1. AWS ended it on March 31, 2025 and moves the remaining v1 clusters to Aurora ' +
      'Serverless v2 (or to provisioned clusters) in their maintenance window; a template that still asks for v1 builds on a retired ' +
      'feature.',
    exam:
      'Aurora Serverless v2 is an instance class, not an engine mode: the cluster stays provisioned, sets ServerlessV2ScalingConfiguration ' +
      '(minimum and maximum ACUs), and its instances use DBInstanceClass db.serverless; it supports readers in other AZs, Multi-AZ ' +
      'failover and global databases, which v1 did not.',
    scenario: 'a database for a spiky workload that should scale capacity automatically and still fail over to another Availability Zone',
    trap: 'ScalingConfiguration belongs to v1; v2 uses ServerlessV2ScalingConfiguration.',
  },
  resourceTypes: ['AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const cluster of context.resources('AWS::RDS::DBCluster')) {
      const modes = stringValues(context, valueOf(cluster.properties, 'EngineMode'));
      if (!modes || !modes.some((mode) => mode.toLowerCase() === 'serverless')) continue;
      push(
        hits,
        propertyHit(
          cluster,
          ['EngineMode'],
          `'${cluster.logicalId}' uses EngineMode serverless, Aurora Serverless v1, which AWS retired on March 31, 2025: keep EngineMode provisioned and set ServerlessV2ScalingConfiguration with db.serverless instances`,
        ),
      );
    }
    return hits;
  },
};
