import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysGiven, neverGiven, propertyHit, push, stringValues } from './common';

/** CX2024: a read replica in another Region that names no KMS key there. */
export const rdsCrossRegionReplicaKey: CatalogueCheck = {
  id: 'CX2024',
  title: 'Cross-Region read replica without a KmsKeyId',
  topics: ['T20', 'T22'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  explanation: {
    what:
      'KMS keys belong to one Region. A read replica of an encrypted database in another Region must be encrypted with a ' +
      'key of its own Region, named in KmsKeyId; without it RDS cannot create the replica of an encrypted source.',
    exam:
      'cross-Region DR for RDS is a cross-Region read replica (promote it on a Regional outage) or cross-Region snapshot ' +
      'copies; both need a KMS key in the destination Region (or a multi-Region key replicated there).',
    scenario: 'keep an encrypted copy of the database in a second Region that can be promoted during a Regional outage',
    trap: 'the source key cannot be used in the other Region; a multi-Region KMS key has a replica key with the same id there.',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      const sourceName = database.type === 'AWS::RDS::DBCluster' ? 'ReplicationSourceIdentifier' : 'SourceDBInstanceIdentifier';
      if (!isCrossRegion(context, database, sourceName)) continue;
      if (!neverGiven(valueOf(database.properties, 'KmsKeyId'))) continue;
      push(
        hits,
        propertyHit(
          database,
          [sourceName],
          `'${database.logicalId}' replicates a database from another Region but names no KmsKeyId: if the source is ` +
            'encrypted, RDS needs a KMS key of this Region to encrypt the replica',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};

/** The source is in another Region: SourceRegion is set, or the source ARN names a Region literally. */
function isCrossRegion(context: CheckContext, database: ResourceDeclaration, sourceName: string): boolean {
  const source = valueOf(database.properties, sourceName);
  if (!alwaysGiven(source)) return false;
  if (alwaysGiven(valueOf(database.properties, 'SourceRegion'))) return true;
  const arns = stringValues(context, source);
  return arns !== undefined && arns.every((arn) => /^arn:aws[\w-]*:rds:[a-z0-9-]+:/.test(arn));
}
