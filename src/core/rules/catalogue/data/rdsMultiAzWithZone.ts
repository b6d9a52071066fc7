import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, alwaysTrue, propertyHit, push } from './common';
import { engineOf, isClusterMember } from './rds';

/** CX2013: a Multi-AZ DB instance pinned to one Availability Zone. */
export const rdsMultiAzWithZone: CatalogueCheck = {
  id: 'CX2013',
  title: 'Multi-AZ DB instance with an AvailabilityZone',
  topics: ['T20'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  rejection: {
    quote: "The AvailabilityZone parameter can't be specified if the DB instance is a Multi-AZ deployment.",
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
  },
  explanation: {
    what:
      'With MultiAZ: true RDS places the primary and its synchronous standby in two Availability Zones of the subnet ' +
      'group itself; naming one zone in AvailabilityZone contradicts that and RDS rejects the request.',
    exam:
      'Multi-AZ is the high-availability answer for RDS (automatic failover, same endpoint); spread the DB subnet group ' +
      'over several zones and let RDS choose.',
    scenario: 'the database must survive the loss of an Availability Zone with automatic failover',
    trap: 'a Multi-AZ standby serves no reads; for read scaling add read replicas.',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance')) {
      if (isClusterMember(database) || engineOf(database)?.startsWith('aurora')) continue;
      if (!alwaysTrue(context, valueOf(database.properties, 'MultiAZ'))) continue;
      if (!alwaysGiven(valueOf(database.properties, 'AvailabilityZone'))) continue;
      push(
        hits,
        propertyHit(
          database,
          ['AvailabilityZone'],
          `'${database.logicalId}' is Multi-AZ and also names an AvailabilityZone: RDS rejects the combination; remove ` +
            'AvailabilityZone and let the DB subnet group span the zones',
          undefined,
          true,
        ),
      );
    }
    return hits;
  },
};
