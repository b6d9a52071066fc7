import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysTrue, propertyHit, push } from './common';

/** CX2031: a database instance given a public address. */
export const rdsPubliclyAccessible: CatalogueCheck = {
  id: 'CX2031',
  title: 'RDS DB instance publicly accessible',
  topics: ['T20', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
  explanation: {
    what:
      'PubliclyAccessible: true gives the instance a public IP address: its endpoint resolves to it from outside the VPC, so with ' +
      'a public subnet and a security group that lets the traffic in, the database is reachable from the internet. With false, ' +
      'only clients in the VPC (or connected to it) reach it.',
    exam:
      'databases belong in private subnets with PubliclyAccessible false, reachable only from the application\'s security group; ' +
      'administrators connect through a bastion, Session Manager port forwarding or a VPN, not over the internet.',
    scenario: 'the database must not be reachable from the internet, only from the application tier',
  },
  resourceTypes: ['AWS::RDS::DBInstance'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance')) {
      if (!alwaysTrue(context, valueOf(database.properties, 'PubliclyAccessible'))) continue;
      push(
        hits,
        propertyHit(
          database,
          ['PubliclyAccessible'],
          `'${database.logicalId}' is publicly accessible: its endpoint resolves to a public address, reachable from the internet ` +
            'wherever its subnet and security group let traffic in',
        ),
      );
    }
    return hits;
  },
};
