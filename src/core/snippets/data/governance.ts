import { choice, mirror, num, tab } from '../placeholders';
import { intrinsic, type SnippetDef } from '../types';
import { EVENTS_DEAD_LETTER_CONFIG, eventsDeadLetterQueue } from './common';

const { ref, getAtt, sub } = intrinsic;

export const GOVERNANCE_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-config-remediation',
    title: 'AWS Config rule with automatic SSM remediation',
    topics: ['T29'],
    description:
      'Every bucket has had SSE-S3 default encryption since 2023, so a rule that only checks for encryption finds nothing. ' +
      'S3_DEFAULT_ENCRYPTION_KMS flags buckets (here those with a tag) whose default encryption is not this KMS key; with ' +
      'Automatic true, Config runs the AWS-EnableS3BucketKeys Automation runbook on each noncompliant bucket, with a role Systems ' +
      'Manager assumes, to set SSE-KMS with that key and an S3 Bucket Key. Runbook parameter names are case-sensitive: the ' +
      'runbook defines KmsKeyId (its reference page spells it KMSKeyId). The role has the actions the runbook page lists; S3 ' +
      'does not check the key when default encryption is set, so the role needs no KMS permission. The tag scope keeps the ' +
      'remediation off buckets that must stay SSE-S3; the key is retained, since deleting it would leave the data unreadable. ' +
      'Needs a Config recorder in the region.',
    resources: {
      BucketEncryptionKey: {
        Type: 'AWS::KMS::Key',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          EnableKeyRotation: true,
          KeyPolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') }, Action: 'kms:*', Resource: '*' }],
          },
        },
      },
      [tab(1, 'BucketEncryptionRule')]: {
        Type: 'AWS::Config::ConfigRule',
        Properties: {
          Source: { Owner: 'AWS', SourceIdentifier: 'S3_DEFAULT_ENCRYPTION_KMS' },
          InputParameters: { kmsKeyArns: getAtt('BucketEncryptionKey', 'Arn') },
          Scope: { TagKey: tab(2, 'data-classification'), TagValue: tab(3, 'confidential') },
        },
      },
      RemediationRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'ssm.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'encrypt-buckets',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['ssm:StartAutomationExecution', 'ssm:GetAutomationExecution'], Resource: '*' },
                  { Effect: 'Allow', Action: ['s3:GetEncryptionConfiguration', 's3:PutEncryptionConfiguration'], Resource: '*' },
                ],
              },
            },
          ],
        },
      },
      EncryptBucketsRemediation: {
        Type: 'AWS::Config::RemediationConfiguration',
        Properties: {
          ConfigRuleName: ref(tab(1, 'BucketEncryptionRule')),
          TargetType: 'SSM_DOCUMENT',
          TargetId: 'AWS-EnableS3BucketKeys',
          Automatic: true,
          MaximumAutomaticAttempts: num(4, 3),
          RetryAttemptSeconds: 60,
          Parameters: {
            BucketName: { ResourceValue: { Value: 'RESOURCE_ID' } },
            KmsKeyId: { StaticValue: { Values: [getAtt('BucketEncryptionKey', 'Arn')] } },
            AutomationAssumeRole: { StaticValue: { Values: [getAtt('RemediationRole', 'Arn')] } },
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-eventbridge-sns',
    title: 'EventBridge rule on service events to SNS and Lambda',
    topics: ['T30'],
    description:
      'A rule matches events by source, detail-type and detail together (here failed CodePipeline pipeline, stage or action ' +
      'executions; other services use their own detail-types and states, CodeDeploy for example reports FAILURE) and sends ' +
      'them to targets; SNS needs a topic policy that lets events.amazonaws.com publish, Lambda a resource-based permission.',
    parameters: { NotifyFunctionArn: { Type: 'String', Description: 'Lambda function to invoke' } },
    resources: {
      AlertsTopic: { Type: 'AWS::SNS::Topic' },
      AlertsTopicPolicy: {
        Type: 'AWS::SNS::TopicPolicy',
        Properties: {
          Topics: [ref('AlertsTopic')],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sns:Publish', Resource: ref('AlertsTopic') }],
          },
        },
      },
      [tab(1, 'PipelineFailedRule')]: {
        Type: 'AWS::Events::Rule',
        Properties: {
          EventPattern: {
            source: ['aws.codepipeline'],
            'detail-type': [
              choice(2, ['CodePipeline Pipeline Execution State Change', 'CodePipeline Stage Execution State Change', 'CodePipeline Action Execution State Change']),
            ],
            detail: { state: ['FAILED'] },
          },
          Targets: [
            { Id: 'sns', Arn: ref('AlertsTopic'), DeadLetterConfig: EVENTS_DEAD_LETTER_CONFIG },
            { Id: 'lambda', Arn: ref('NotifyFunctionArn'), DeadLetterConfig: EVENTS_DEAD_LETTER_CONFIG },
          ],
        },
      },
      ...eventsDeadLetterQueue(tab(1, 'PipelineFailedRule')),
      NotifyFunctionPermission: {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          FunctionName: ref('NotifyFunctionArn'),
          Action: 'lambda:InvokeFunction',
          Principal: 'events.amazonaws.com',
          SourceArn: getAtt(tab(1, 'PipelineFailedRule'), 'Arn'),
        },
      },
    },
  },
  {
    prefix: 'cfn-cloudwatch-alarm-dashboard',
    title: 'CloudWatch alarm, log group with retention, and dashboard',
    topics: ['T31'],
    description:
      'An alarm on CPU notifies SNS; a log group keeps logs for RetentionInDays (forever when omitted); the dashboard ' +
      'body is a JSON string, built with Fn::Sub so it names this region.',
    parameters: { AutoScalingGroupName: { Type: 'String' } },
    resources: {
      OpsTopic: { Type: 'AWS::SNS::Topic' },
      AppLogs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: choice(2, ['30', '7', '90', '365']) } },
      [tab(1, 'HighCpuAlarm')]: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          AlarmDescription: 'Average CPU of the web tier above threshold',
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'AutoScalingGroupName', Value: ref('AutoScalingGroupName') }],
          Statistic: 'Average',
          Period: 300,
          EvaluationPeriods: 2,
          Threshold: num(3, 80),
          ComparisonOperator: 'GreaterThanThreshold',
          AlarmActions: [ref('OpsTopic')],
        },
      },
      OpsDashboard: {
        Type: 'AWS::CloudWatch::Dashboard',
        Properties: {
          DashboardBody: sub(
            '{"widgets":[{"type":"metric","x":0,"y":0,"width":12,"height":6,"properties":{"region":"${AWS::Region}",' +
              '"title":"Web CPU","metrics":[["AWS/EC2","CPUUtilization","AutoScalingGroupName","${AutoScalingGroupName}"]]}}]}',
          ),
        },
      },
    },
  },
  {
    prefix: 'cfn-iam-least-privilege',
    title: 'Least-privilege instance role with a permissions boundary and an SCP',
    topics: ['T32'],
    description:
      'Grant only the actions and resources needed (never AdministratorAccess); a permissions boundary caps what the role ' +
      'can ever get; an Organizations SCP caps whole accounts. Instances get roles through an instance profile.',
    parameters: { TargetOuId: { Type: 'String', Description: 'OU the SCP applies to (deploy in the management account)' } },
    resources: {
      AppBoundary: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'logs:CreateLogStream', 'logs:PutLogEvents', 'ssm:GetParameter'], Resource: '*' }],
          },
        },
      },
      [tab(1, 'AppInstanceRole')]: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          PermissionsBoundary: ref('AppBoundary'),
          Policies: [
            {
              PolicyName: 'read-config',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: 'ssm:GetParameter', Resource: sub('arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/app/*') }],
              },
            },
          ],
        },
      },
      AppInstanceProfile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(tab(1, 'AppInstanceRole'))] } },
      DenyLeavingOrgScp: {
        Type: 'AWS::Organizations::Policy',
        Properties: {
          Name: 'deny-leave-organization',
          Type: 'SERVICE_CONTROL_POLICY',
          TargetIds: [ref('TargetOuId')],
          Content: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] },
        },
      },
    },
  },
  {
    prefix: 'cfn-guardduty-inspector',
    title: 'GuardDuty detector and Inspector findings routed by EventBridge',
    topics: ['T33', 'T30'],
    description:
      'Know the services by purpose: GuardDuty detects threats from logs, Inspector scans instances, images and functions ' +
      'for vulnerabilities, Macie finds sensitive data in S3, Config records configuration, Trusted Advisor checks best practices.',
    resources: {
      [tab(1, 'ThreatDetector')]: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: true, FindingPublishingFrequency: choice(2, ['FIFTEEN_MINUTES', 'ONE_HOUR', 'SIX_HOURS']) } },
      SecurityTopic: { Type: 'AWS::SNS::Topic' },
      SecurityTopicPolicy: {
        Type: 'AWS::SNS::TopicPolicy',
        Properties: {
          Topics: [ref('SecurityTopic')],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sns:Publish', Resource: ref('SecurityTopic') }],
          },
        },
      },
      SecurityFindingsRule: {
        Type: 'AWS::Events::Rule',
        Properties: {
          EventPattern: { source: ['aws.guardduty', 'aws.inspector2'], 'detail-type': ['GuardDuty Finding', 'Inspector2 Finding'] },
          Targets: [{ Id: 'sns', Arn: ref('SecurityTopic'), DeadLetterConfig: EVENTS_DEAD_LETTER_CONFIG }],
        },
      },
      ...eventsDeadLetterQueue('SecurityFindingsRule'),
    },
  },
  {
    prefix: 'cfn-cloudtrail-audit',
    title: 'Multi-Region CloudTrail trail with validated log files in a protected bucket',
    topics: ['T33', 'T32'],
    description:
      'One trail with IsMultiRegionTrail records the API activity of every Region into one bucket; EnableLogFileValidation adds ' +
      'hourly signed digest files, so `aws cloudtrail validate-logs` can prove no log file was changed or deleted. CloudTrail ' +
      'checks the bucket policy when the trail is created: the policy lets cloudtrail.amazonaws.com read the bucket ACL and ' +
      'write under AWSLogs/<account>/ for this trail only (aws:SourceArn), and the trail has DependsOn on it, since a Ref to the ' +
      'bucket does not wait for its policy. The bucket is retained, versioned, encrypted and closed to the public.',
    resources: {
      AuditLogBucket: {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          VersioningConfiguration: { Status: 'Enabled' },
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        },
      },
      AuditLogBucketPolicy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: ref('AuditLogBucket'),
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'CloudTrailAclCheck',
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 's3:GetBucketAcl',
                Resource: getAtt('AuditLogBucket', 'Arn'),
                Condition: { StringEquals: { 'aws:SourceArn': sub(`arn:\${AWS::Partition}:cloudtrail:\${AWS::Region}:\${AWS::AccountId}:trail/${mirror(2)}`) } },
              },
              {
                Sid: 'CloudTrailWrite',
                Effect: 'Allow',
                Principal: { Service: 'cloudtrail.amazonaws.com' },
                Action: 's3:PutObject',
                Resource: sub('${AuditLogBucket.Arn}/AWSLogs/${AWS::AccountId}/*'),
                Condition: {
                  StringEquals: {
                    's3:x-amz-acl': 'bucket-owner-full-control',
                    'aws:SourceArn': sub(`arn:\${AWS::Partition}:cloudtrail:\${AWS::Region}:\${AWS::AccountId}:trail/${mirror(2)}`),
                  },
                },
              },
            ],
          },
        },
      },
      [tab(1, 'AuditTrail')]: {
        Type: 'AWS::CloudTrail::Trail',
        DependsOn: 'AuditLogBucketPolicy',
        Properties: {
          TrailName: tab(2, 'account-audit'),
          S3BucketName: ref('AuditLogBucket'),
          IsLogging: true,
          IsMultiRegionTrail: true,
          IncludeGlobalServiceEvents: true,
          EnableLogFileValidation: true,
        },
      },
    },
  },
  {
    prefix: 'cfn-config-required-tags',
    title: 'AWS Config rule requiring a tag',
    topics: ['T29'],
    description:
      'The REQUIRED_TAGS managed rule marks resources of the scoped types noncompliant when a tag key (and optionally ' +
      'value) is missing. Config only evaluates what its recorder records in the region.',
    resources: {
      [tab(1, 'RequirePurposeTag')]: {
        Type: 'AWS::Config::ConfigRule',
        Properties: {
          Source: { Owner: 'AWS', SourceIdentifier: 'REQUIRED_TAGS' },
          InputParameters: { tag1Key: tab(2, 'purpose') },
          Scope: { ComplianceResourceTypes: ['AWS::EC2::Instance', 'AWS::S3::Bucket', 'AWS::RDS::DBInstance'] },
        },
      },
    },
  },
  {
    prefix: 'cfn-cloudwatch-composite-alarm',
    title: 'CloudWatch composite alarm',
    topics: ['T31'],
    description:
      'A composite alarm combines other alarms with AND/OR/NOT in AlarmRule and notifies (here an SNS topic) only when the ' +
      'combination holds; the metric alarms it watches have no actions of their own: less noise than one action per metric alarm.',
    parameters: { LoadBalancerFullName: { Type: 'String', Description: 'e.g. app/my-alb/1234567890abcdef' } },
    resources: {
      OpsTopic: { Type: 'AWS::SNS::Topic' },
      HighLatencyAlarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          Namespace: 'AWS/ApplicationELB',
          MetricName: 'TargetResponseTime',
          Dimensions: [{ Name: 'LoadBalancer', Value: ref('LoadBalancerFullName') }],
          ExtendedStatistic: 'p90',
          Period: 60,
          EvaluationPeriods: 3,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanThreshold',
        },
      },
      Many5xxAlarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          Namespace: 'AWS/ApplicationELB',
          MetricName: 'HTTPCode_Target_5XX_Count',
          Dimensions: [{ Name: 'LoadBalancer', Value: ref('LoadBalancerFullName') }],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 3,
          Threshold: 10,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        },
      },
      [tab(1, 'UserImpactAlarm')]: {
        Type: 'AWS::CloudWatch::CompositeAlarm',
        Properties: {
          AlarmRule: sub(`ALARM("\${HighLatencyAlarm}") ${choice(2, ['AND', 'OR'])} ALARM("\${Many5xxAlarm}")`),
          AlarmDescription: 'Users see slow pages and errors at the same time',
          AlarmActions: [ref('OpsTopic')],
        },
      },
    },
  },
];
