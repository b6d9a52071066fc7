import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { resourceHit, stringValues } from './common';
import { clusterInstances, engineOf } from './rds';

/** CX2023: an Aurora cluster with one instance: no replica to fail over to. */
export const rdsAuroraSingleInstance: CatalogueCheck = {
  id: 'CX2023',
  title: 'Aurora DB cluster with a single DB instance',
  topics: ['T20'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
  explanation: {
    what:
      'An Aurora cluster keeps its data in three Availability Zones, but with only a writer instance a failure leaves no ' +
      'reader to promote: Aurora has to create a new instance, which takes far longer than promoting a replica.',
    exam:
      'Aurora high availability is one or more Aurora Replicas in other AZs (promoting one usually takes under a minute, priority by ' +
      'PromotionTier); the reader endpoint spreads reads across them. A global database adds a secondary Region.',
    scenario: 'the Aurora database must fail over automatically within a minute if its Availability Zone fails',
    trap: 'the cluster volume being replicated across three AZs protects the data, not the compute: you still need a replica instance.',
  },
  resourceTypes: ['AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const cluster of context.resources('AWS::RDS::DBCluster')) {
      if (!engineOf(cluster)?.startsWith('aurora')) continue;
      if (stringValues(context, valueOf(cluster.properties, 'EngineMode'))?.some((mode) => mode !== 'provisioned')) continue;
      // A global database's secondary cluster (no credentials of its own) fails over to another Region: one reader there is a cost choice.
      if (valueOf(cluster.properties, 'GlobalClusterIdentifier') !== undefined && valueOf(cluster.properties, 'MasterUsername') === undefined) continue;
      const instances = clusterInstances(context, cluster);
      // One unconditional instance and nothing else: a conditional second instance may exist in production.
      if (instances.length !== 1 || attributeAt(instances[0], 'Condition') !== undefined) continue;
      hits.push(
        resourceHit(
          cluster,
          `Aurora cluster '${cluster.logicalId}' has one DB instance ('${instances[0].logicalId}'): with no Aurora Replica in ` +
            'another Availability Zone, a failure means waiting for a new instance instead of a fast failover',
        ),
      );
    }
    return hits;
  },
};
