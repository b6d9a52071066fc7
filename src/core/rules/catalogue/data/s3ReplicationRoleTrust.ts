import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';
import { propertyHit, push } from './common';
import { coversAction, isAllow, principalValues, servicePrincipals, statementsOf } from './policyDocument';

/** CX2324: a replication role that S3 cannot assume. */
export const s3ReplicationRoleTrust: CatalogueCheck = {
  id: 'CX2324',
  title: 'S3 replication role does not trust s3.amazonaws.com',
  topics: ['T23', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html',
  explanation: {
    what:
      'S3 replicates by assuming the role named in ReplicationConfiguration.Role; if its trust policy does not allow the ' +
      'service principal s3.amazonaws.com, S3 cannot assume it and no object is replicated (the objects show FAILED).',
    exam:
      'the replication role trusts s3.amazonaws.com and allows s3:GetReplicationConfiguration/ListBucket on the source, ' +
      's3:GetObjectVersion* on its objects, and s3:Replicate* on the destination objects (plus KMS permissions for SSE-KMS).',
    scenario: 'replication is configured but every object shows replication status FAILED',
    trap: 'S3 accepts the configuration without checking the role: the failure shows only when objects are written.',
  },
  resourceTypes: ['AWS::S3::Bucket', 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      const roleNode = valueOf(valueOf(bucket.properties, 'ReplicationConfiguration'), 'Role');
      // A Ref (role name) is CX2323's finding.
      if (intrinsicName(roleNode) === 'Ref') continue;
      const role = context.referenced(roleNode);
      if (role?.type !== 'AWS::IAM::Role') continue;
      const { statements, complete } = statementsOf(valueOf(role.properties, 'AssumeRolePolicyDocument'));
      if (!complete || statements.length === 0) continue;
      const trusting = statements.filter((statement) => isAllow(statement) && coversAction(statement, 'sts:AssumeRole') !== 'no');
      if (trusting.some((statement) => principalValues(statement, 'Service').some((node) => node.kind !== 'scalar'))) continue;
      if (trusting.some((statement) => servicePrincipals(statement).some((name) => name === 's3.amazonaws.com' || name === '*'))) continue;
      push(
        hits,
        propertyHit(
          bucket,
          ['ReplicationConfiguration', 'Role'],
          `'${bucket.logicalId}' replicates with role '${role.logicalId}', whose trust policy does not allow s3.amazonaws.com ` +
            'to assume it: nothing is replicated',
        ),
      );
    }
    return hits;
  },
};
