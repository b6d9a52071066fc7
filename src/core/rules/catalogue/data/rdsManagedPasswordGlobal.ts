import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysTrue, propertyHit, push } from './common';

const CLUSTER = 'AWS::RDS::DBCluster';
const GLOBAL_CLUSTER = 'AWS::RDS::GlobalCluster';
const SECRETS_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html';

/** CX2032: a cluster of an Aurora global database whose master password RDS manages in Secrets Manager. */
export const rdsManagedPasswordGlobal: CatalogueCheck = {
  id: 'CX2032',
  title: 'Managed master user password on a cluster of an Aurora global database',
  topics: ['T20', 'T21'],
  severity: 'error',
  url: SECRETS_PAGE,
  rejection: {
    quote: "Managing master user passwords with Secrets Manager isn't supported for the following features: … DB clusters that are part of an Aurora global database",
    url: SECRETS_PAGE,
  },
  explanation: {
    what:
      'ManageMasterUserPassword: true makes RDS generate the master password, keep it in a Secrets Manager secret and rotate it. ' +
      'Aurora does not support it for a cluster that belongs to a global database (a primary named as a global cluster\'s ' +
      'SourceDBClusterIdentifier, or any cluster with a GlobalClusterIdentifier).',
    exam:
      'the password of an Aurora global database lives in a Secrets Manager secret of its own (AWS::SecretsManager::Secret with ' +
      'GenerateSecretString, a dynamic reference in MasterUserPassword, a rotation schedule), replicated to the secondary Region.',
    scenario: 'an Aurora database that fails over to a second Region, with a credential that rotates automatically',
    trap: 'the managed password is the easy answer for a single-Region cluster; it is not available once the cluster joins a global database.',
  },
  resourceTypes: [CLUSTER],
  run(context) {
    const hits: CheckHit[] = [];
    const sources = new Set(context.resources(GLOBAL_CLUSTER).map((global) => context.referenced(valueOf(global.properties, 'SourceDBClusterIdentifier'))?.logicalId));
    for (const cluster of context.resources(CLUSTER)) {
      if (!alwaysTrue(context, valueOf(cluster.properties, 'ManageMasterUserPassword'))) continue;
      if (!valueOf(cluster.properties, 'GlobalClusterIdentifier') && !sources.has(cluster.logicalId)) continue;
      push(
        hits,
        propertyHit(
          cluster,
          ['ManageMasterUserPassword'],
          `'${cluster.logicalId}' belongs to an Aurora global database and sets ManageMasterUserPassword: Aurora does not manage the master ` +
            'password in Secrets Manager for clusters of a global database; keep it in a secret of your own',
        ),
      );
    }
    return hits;
  },
};
