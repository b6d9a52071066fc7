import { choice, num, tab } from '../placeholders';
import { intrinsic, type SnippetDef } from '../types';
import { endpointHealthCheck } from './common';

const { ref, sub } = intrinsic;

export const ROUTING_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-route53-weighted',
    title: 'Route 53 weighted records: half to the main region, the rest split',
    topics: ['T25'],
    description:
      'Each record gets Weight / sum of weights of the traffic (50/25/25 here); a weight of 0 takes a record out of rotation (it answers only when every weighted record is unhealthy). ' +
      'A health check per record takes a failed region out of the answers. Weighted routing splits by proportion only; ' +
      'latency records route each user to the fastest region.',
    parameters: {
      HostedZoneName: { Type: 'String', Description: 'e.g. example.com. (with the trailing dot)' },
      RecordName: { Type: 'String', Description: 'e.g. app.example.com' },
      MainRegionEndpoint: { Type: 'String' },
      SecondRegionEndpoint: { Type: 'String' },
      ThirdRegionEndpoint: { Type: 'String' },
    },
    resources: {
      [tab(1, 'WeightedRecords')]: {
        Type: 'AWS::Route53::RecordSetGroup',
        Properties: {
          HostedZoneName: ref('HostedZoneName'),
          RecordSets: [
            { Name: ref('RecordName'), Type: 'CNAME', TTL: '60', SetIdentifier: 'main', Weight: num(2, 50), HealthCheckId: ref('MainRegionHealthCheck'), ResourceRecords: [ref('MainRegionEndpoint')] },
            { Name: ref('RecordName'), Type: 'CNAME', TTL: '60', SetIdentifier: 'second', Weight: num(3, 25), HealthCheckId: ref('SecondRegionHealthCheck'), ResourceRecords: [ref('SecondRegionEndpoint')] },
            { Name: ref('RecordName'), Type: 'CNAME', TTL: '60', SetIdentifier: 'third', Weight: num(4, 25), HealthCheckId: ref('ThirdRegionHealthCheck'), ResourceRecords: [ref('ThirdRegionEndpoint')] },
          ],
        },
      },
      MainRegionHealthCheck: endpointHealthCheck('MainRegionEndpoint'),
      SecondRegionHealthCheck: endpointHealthCheck('SecondRegionEndpoint'),
      ThirdRegionHealthCheck: endpointHealthCheck('ThirdRegionEndpoint'),
    },
  },
  {
    prefix: 'cfn-route53-failover',
    title: 'Route 53 failover pair with health check and an S3 static site as the last failover',
    topics: ['T26', 'T23'],
    description:
      'The PRIMARY record (an alias A record to the load balancer) answers while its health check passes; otherwise the ' +
      'SECONDARY, an alias to an S3 website bucket named exactly like the record. Both records of a failover pair have the ' +
      'same name and type. EvaluateTargetHealth on an alias lets the target\'s own health count.',
    parameters: {
      HostedZoneId: { Type: 'AWS::Route53::HostedZone::Id' },
      RecordName: { Type: 'String', Description: 'e.g. app.example.com; the S3 bucket gets the same name' },
      PrimaryEndpoint: { Type: 'String', Description: 'DNS name of the primary load balancer (its DNSName attribute)' },
      PrimaryHostedZoneId: { Type: 'String', Description: 'Hosted zone id of the primary load balancer (its CanonicalHostedZoneID attribute)' },
      S3WebsiteEndpoint: {
        Type: 'String',
        Default: 's3-website-us-east-1.amazonaws.com',
        Description: 'S3 website endpoint of this region (some regions write s3-website.<region>)',
      },
      S3WebsiteHostedZoneId: {
        Type: 'String',
        Default: 'Z3AQBSTGFYJSTF',
        Description: 'Hosted zone id of the S3 website endpoint in this region (Z3AQBSTGFYJSTF is us-east-1)',
      },
    },
    resources: {
      OopsSiteBucket: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketName: ref('RecordName'),
          WebsiteConfiguration: { IndexDocument: 'index.html' },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
        },
      },
      OopsSitePolicy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: ref('OopsSiteBucket'),
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: sub('${OopsSiteBucket.Arn}/*') }],
          },
        },
      },
      [tab(1, 'PrimaryHealthCheck')]: {
        Type: 'AWS::Route53::HealthCheck',
        Properties: {
          HealthCheckConfig: {
            Type: choice(2, ['HTTPS', 'HTTP', 'TCP']),
            FullyQualifiedDomainName: ref('PrimaryEndpoint'),
            ResourcePath: tab(3, '/health'),
            RequestInterval: 30,
            FailureThreshold: 3,
          },
        },
      },
      PrimaryRecord: {
        Type: 'AWS::Route53::RecordSet',
        Properties: {
          HostedZoneId: ref('HostedZoneId'),
          Name: ref('RecordName'),
          Type: 'A',
          SetIdentifier: 'primary',
          Failover: 'PRIMARY',
          HealthCheckId: ref(tab(1, 'PrimaryHealthCheck')),
          AliasTarget: { DNSName: ref('PrimaryEndpoint'), HostedZoneId: ref('PrimaryHostedZoneId'), EvaluateTargetHealth: true },
        },
      },
      SecondaryRecord: {
        Type: 'AWS::Route53::RecordSet',
        Properties: {
          HostedZoneId: ref('HostedZoneId'),
          Name: ref('RecordName'),
          Type: 'A',
          SetIdentifier: 'oops-site',
          Failover: 'SECONDARY',
          AliasTarget: {
            DNSName: ref('S3WebsiteEndpoint'),
            HostedZoneId: ref('S3WebsiteHostedZoneId'),
            EvaluateTargetHealth: false,
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-alb-query-string-rule',
    title: 'ALB listener rule routing by query string (A/B test)',
    topics: ['T27'],
    description:
      'Route 53 cannot route on query string, cookie or browser; an ALB listener rule can (query-string, http-header ' +
      'conditions), as can CloudFront Functions or Lambda@Edge.',
    parameters: {
      ListenerArn: { Type: 'String' },
      VariantTargetGroupArn: { Type: 'String', Description: 'Target group serving the B variant' },
    },
    resources: {
      [tab(1, 'VariantBRule')]: {
        Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
        Properties: {
          ListenerArn: ref('ListenerArn'),
          Priority: num(2, 10),
          Conditions: [{ Field: 'query-string', QueryStringConfig: { Values: [{ Key: tab(3, 'variant'), Value: tab(4, 'b') }] } }],
          Actions: [{ Type: 'forward', TargetGroupArn: ref('VariantTargetGroupArn') }],
        },
      },
    },
  },
  {
    prefix: 'cfn-stackset',
    title: 'StackSet deploying one template to several accounts and regions',
    topics: ['T28'],
    description:
      'SERVICE_MANAGED StackSets deploy to Organizations OUs and follow new accounts with AutoDeployment; ' +
      'MaxConcurrent and FailureTolerance limit how far a bad change spreads.',
    parameters: {
      OrganizationalUnitId: { Type: 'String', Description: 'e.g. ou-abcd-12345678' },
      TemplateURL: { Type: 'String', Description: 'S3 URL of the template to deploy everywhere' },
    },
    resources: {
      [tab(1, 'BaselineStackSet')]: {
        Type: 'AWS::CloudFormation::StackSet',
        Properties: {
          StackSetName: sub('${AWS::StackName}-baseline'),
          PermissionModel: 'SERVICE_MANAGED',
          AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
          Capabilities: ['CAPABILITY_NAMED_IAM'],
          TemplateURL: ref('TemplateURL'),
          OperationPreferences: { MaxConcurrentPercentage: num(2, 25), FailureTolerancePercentage: num(3, 0), RegionConcurrencyType: 'SEQUENTIAL' },
          StackInstancesGroup: [
            {
              DeploymentTargets: { OrganizationalUnitIds: [ref('OrganizationalUnitId')] },
              Regions: [tab(4, 'us-east-1'), tab(5, 'eu-west-1')],
            },
          ],
        },
      },
    },
  },
];
