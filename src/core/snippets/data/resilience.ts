import { choice, num, tab } from '../placeholders';
import { intrinsic, type SnippetDef } from '../types';
import { endpointHealthCheck } from './common';

const { ref } = intrinsic;

export const RESILIENCE_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-dynamodb-global-table',
    title: 'DynamoDB global table in two regions',
    topics: ['T24'],
    description:
      'A global table replicates writes between regions (multi-active, last writer wins); with more than one replica ' +
      'it needs a stream with NEW_AND_OLD_IMAGES. Deploy the stack in one of the replica regions.',
    parameters: { SecondRegion: { Type: 'String', Default: 'us-west-2' } },
    resources: {
      [tab(1, 'SessionsTable')]: {
        Type: 'AWS::DynamoDB::GlobalTable',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: tab(2, 'sessionId'), AttributeType: 'S' }],
          KeySchema: [{ AttributeName: tab(2, 'sessionId'), KeyType: 'HASH' }],
          StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
          Replicas: [
            { Region: ref('AWS::Region'), PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } },
            { Region: ref('SecondRegion'), PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } },
          ],
        },
      },
    },
  },
  {
    prefix: 'cfn-rds-event-subscription',
    title: 'RDS event subscription to SNS',
    topics: ['T20'],
    description:
      'RDS publishes failover, failure, maintenance and other events; an event subscription sends chosen categories ' +
      'for chosen sources to an SNS topic (EventBridge receives them too).',
    parameters: { DBInstanceIdentifier: { Type: 'String', Description: 'The DB instance to watch' } },
    resources: {
      DatabaseEventsTopic: { Type: 'AWS::SNS::Topic' },
      [tab(1, 'DatabaseEvents')]: {
        Type: 'AWS::RDS::EventSubscription',
        Properties: {
          SnsTopicArn: ref('DatabaseEventsTopic'),
          SourceType: 'db-instance',
          SourceIds: [ref('DBInstanceIdentifier')],
          EventCategories: ['failover', 'failure', choice(2, ['maintenance', 'low storage', 'availability'])],
          Enabled: true,
        },
      },
    },
  },
  {
    prefix: 'cfn-route53-latency',
    title: 'Route 53 latency records for two regions',
    topics: ['T25'],
    description:
      'Latency records with the same name and a Region each answer every user with the region that has the lowest ' +
      'measured latency to them; add health checks so an unhealthy region stops being answered.',
    parameters: {
      HostedZoneId: { Type: 'AWS::Route53::HostedZone::Id' },
      RecordName: { Type: 'String', Description: 'e.g. app.example.com' },
      FirstRegionEndpoint: { Type: 'String' },
      SecondRegionEndpoint: { Type: 'String' },
    },
    resources: {
      [tab(1, 'FirstRegionRecord')]: {
        Type: 'AWS::Route53::RecordSet',
        Properties: {
          HostedZoneId: ref('HostedZoneId'),
          Name: ref('RecordName'),
          Type: 'CNAME',
          TTL: num(2, 60),
          SetIdentifier: 'first-region',
          HealthCheckId: ref('FirstRegionHealthCheck'),
          Region: tab(3, 'us-east-1'),
          ResourceRecords: [ref('FirstRegionEndpoint')],
        },
      },
      SecondRegionRecord: {
        Type: 'AWS::Route53::RecordSet',
        Properties: {
          HostedZoneId: ref('HostedZoneId'),
          Name: ref('RecordName'),
          Type: 'CNAME',
          TTL: num(2, 60),
          SetIdentifier: 'second-region',
          HealthCheckId: ref('SecondRegionHealthCheck'),
          Region: tab(4, 'eu-west-1'),
          ResourceRecords: [ref('SecondRegionEndpoint')],
        },
      },
      FirstRegionHealthCheck: endpointHealthCheck('FirstRegionEndpoint'),
      SecondRegionHealthCheck: endpointHealthCheck('SecondRegionEndpoint'),
    },
  },
];
