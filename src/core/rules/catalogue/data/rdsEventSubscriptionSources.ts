import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { listItems, neverGiven, propertyHit, push, stringValues } from './common';

/** The RDS resource type each event source type takes identifiers of. */
const SOURCE_TYPES: Readonly<Record<string, string>> = {
  'db-instance': 'AWS::RDS::DBInstance',
  'db-cluster': 'AWS::RDS::DBCluster',
  'db-parameter-group': 'AWS::RDS::DBParameterGroup',
  'db-security-group': 'AWS::RDS::DBSecurityGroup',
  'db-proxy': 'AWS::RDS::DBProxy',
};

/** CX2017: an RDS event subscription whose SourceIds do not fit its SourceType. */
export const rdsEventSubscriptionSources: CatalogueCheck = {
  id: 'CX2017',
  title: 'RDS event subscription SourceIds without a matching SourceType',
  topics: ['T20', 'T30'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-eventsubscription.html',
  rejection: {
    quote:
      'If SourceIds are supplied, SourceType must also be provided. If the source type is a DB instance, a DBInstanceIdentifier ' +
      'value must be supplied. If the source type is a DB cluster, a DBClusterIdentifier value must be supplied.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-eventsubscription.html',
  },
  explanation: {
    what:
      'An RDS event subscription reads SourceIds as identifiers of the SourceType: without a SourceType, or with ids of ' +
      'another kind of resource (a cluster id under db-instance), RDS rejects the subscription.',
    exam:
      'RDS event subscriptions (or EventBridge rules on RDS events) notify an SNS topic of failovers, low storage or ' +
      'maintenance; subscribe a cluster to db-cluster events and its instances to db-instance events.',
    scenario: 'notify the operations team by email when the database fails over',
    trap: 'Aurora failover events are cluster events: subscribe with SourceType db-cluster and the cluster identifier.',
  },
  resourceTypes: ['AWS::RDS::EventSubscription'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const subscription of context.resources('AWS::RDS::EventSubscription')) {
      const ids = listItems(valueOf(subscription.properties, 'SourceIds'));
      if (ids.length === 0) continue;
      const typeNode = valueOf(subscription.properties, 'SourceType');
      if (neverGiven(typeNode)) {
        push(
          hits,
          propertyHit(
            subscription,
            ['SourceIds'],
            `Event subscription '${subscription.logicalId}' lists SourceIds without a SourceType: RDS needs to know what kind of source they identify`,
            undefined,
            true,
          ),
        );
        continue;
      }
      const types = stringValues(context, typeNode);
      if (!types || types.length !== 1 || !(types[0] in SOURCE_TYPES)) continue;
      const expected = SOURCE_TYPES[types[0]];
      ids.forEach((id, index) => {
        const source = context.referenced(id);
        if (!source?.type || !Object.values(SOURCE_TYPES).includes(source.type) || source.type === expected) return;
        push(
          hits,
          propertyHit(
            subscription,
            ['SourceIds', index],
            `Event subscription '${subscription.logicalId}' has SourceType ${types[0]} but source '${source.logicalId}' is of type ` +
              `${source.type}: RDS finds no ${types[0]} with that identifier`,
          ),
        );
      });
    }
    return hits;
  },
};
