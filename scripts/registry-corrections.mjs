// Where the registry schemas differ from what the services document, corrected before compiling (by
// scripts/compile-registry.mjs). Each entry names the page it rests on, and for a constraint it adds,
// the sentence saying the service refuses other values:
// - `schema`: the property's schema as the service accepts it (the schema is narrower than the service);
// - `add`: keywords for a limit the service documents and the schema lacks;
// - `allowTogether`: a dependentExcluded pair the service accepts (it ignores the second property);
// - `atMostOne`: a definition's requiredXor the service enforces only one way (none given is accepted);
// - `exclude`: dependentExcluded entries the service enforces and the schema lacks.
// `definition` names the definitions entry holding the property; without it, the type's own properties.

export const CORRECTIONS = [
  {
    // "Trigger … Type: List", and the page's own example gives one string (Trigger: PreSignUp).
    source: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-cognito.html',
    type: 'AWS::Serverless::Function',
    definition: 'CognitoEventProperties',
    property: 'Trigger',
    schema: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  },
  {
    // SAM adds the authorizer for each user pool of a list (its translator's api_with_auth_all_maximum input).
    source: 'https://github.com/aws/serverless-application-model/blob/develop/tests/translator/input/api_with_auth_all_maximum.yaml',
    type: 'AWS::Serverless::Api',
    definition: 'CognitoAuthorizer',
    property: 'UserPoolArn',
    schema: { anyOf: [{ type: 'object' }, { type: 'string' }, { type: 'array' }] },
  },
  {
    // The registry gives each CIDR block the ipv4-network format; "for IPv6, you can use CIDR blocks
    // between 1 and 48 bits of length" (IP-based routing, Route 53 developer guide).
    source: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-ipbased.html',
    type: 'AWS::Route53::CidrCollection',
    definition: 'Location',
    property: 'CidrList',
    schema: { type: 'array', insertionOrder: false, uniqueItems: true, items: { type: 'string' } },
  },
  {
    // The create handler sends no StorageEncrypted for a read replica (the source decides), and KmsKeyId,
    // which a cross-Region encrypted replica needs, "must set the StorageEncrypted property to true".
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html',
    type: 'AWS::RDS::DBInstance',
    allowTogether: ['SourceDBInstanceIdentifier', 'StorageEncrypted'],
  },
  ...['Ingress', 'Egress'].map((definition) => ({
    // "Otherwise, the stack launches successfully, but the rule is not added to the security group."
    // (an inline rule without a source or destination is dropped, not refused; two of them are refused)
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroupingress.html',
    type: 'AWS::EC2::SecurityGroup',
    definition,
    atMostOne: true,
  })),
  {
    // The enum is copied from the API model; the ECS API does not refuse other spellings (a sample
    // deployed since 2022 writes TCP), so the letter case is not judged.
    source: 'https://github.com/aws-samples/serverless-samples/tree/main/fargate-rest-api',
    type: 'AWS::ECS::TaskDefinition',
    definition: 'PortMapping',
    property: 'Protocol',
    add: { enumCaseInsensitive: true },
  },
  {
    // The schema lists '4.0' beside '4.0.0' but not '3.6' or '5.0': the major versions are accepted alike
    // (cfn-lint's aws-cloudformation/cfn-lint#2800; a DocumentDB 5.0 cluster of awslabs' Athena federation tests).
    source: 'https://github.com/aws-cloudformation/cfn-lint/pull/2800',
    type: 'AWS::DocDB::DBCluster',
    property: 'EngineVersion',
    schema: { type: 'string', enum: ['3.6', '3.6.0', '4.0', '4.0.0', '5.0', '5.0.0', '8.0', '8.0.0'] },
  },
  ...['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'].map((type) => ({
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
    quote: 'Valid Values: 0 | 1 | 5 | 10 | 15 | 30 | 60',
    type,
    property: 'MonitoringInterval',
    add: { enum: [0, 1, 5, 10, 15, 30, 60] },
  })),
  {
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-globalsecondaryindex.html',
    quote: 'Minimum: 3 Maximum: 255 Pattern: [a-zA-Z0-9_.-]+',
    type: 'AWS::DynamoDB::Table',
    definition: 'GlobalSecondaryIndex',
    property: 'IndexName',
    add: { minLength: 3, maxLength: 255, pattern: '^[a-zA-Z0-9_.-]+$' },
  },
  {
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html',
    quote: 'If a capacityProviderStrategy is specified, the launchType parameter must be omitted.',
    type: 'AWS::ECS::Service',
    exclude: { CapacityProviderStrategy: ['LaunchType'] },
  },
  {
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html',
    quote: 'A capacity provider strategy may contain a maximum of 6 capacity providers.',
    type: 'AWS::ECS::Service',
    property: 'CapacityProviderStrategy',
    add: { maxItems: 6 },
  },
  {
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-rotationschedule-rotationrules.html',
    quote: 'In RotateSecret, you can set the rotation schedule in RotationRules with AutomaticallyAfterDays or ScheduleExpression, but not both.',
    type: 'AWS::SecretsManager::RotationSchedule',
    definition: 'RotationRules',
    exclude: { AutomaticallyAfterDays: ['ScheduleExpression'] },
  },
  {
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-loggingconfiguration.html',
    quote: 'An array of objects that describes where your execution history events will be logged. Limited to size 1.',
    type: 'AWS::StepFunctions::StateMachine',
    definition: 'LoggingConfiguration',
    property: 'Destinations',
    add: { maxItems: 1 },
  },
  {
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupvault-lockconfigurationtype.html',
    quote: 'Therefore, you must set ChangeableForDays to 3 or greater.',
    type: 'AWS::Backup::BackupVault',
    definition: 'LockConfigurationType',
    property: 'ChangeableForDays',
    add: { minimum: 3 },
  },
  ...[
    ['Interval', 'You may specify between 5 and 300 seconds.', 5, 300],
    ['Timeout', 'You may specify between 2 and 60 seconds.', 2, 60],
    ['Retries', 'You may specify between 1 and 10 retries.', 1, 10],
    ['StartPeriod', 'You can specify between 0 and 300 seconds.', 0, 300],
  ].map(([property, quote, minimum, maximum]) => ({
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-healthcheck.html',
    quote,
    type: 'AWS::ECS::TaskDefinition',
    definition: 'HealthCheck',
    property,
    add: { minimum, maximum },
  })),
  {
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-blueinstanceterminationoption.html',
    quote: 'The maximum setting is 2880 minutes (2 days).',
    type: 'AWS::CodeDeploy::DeploymentGroup',
    definition: 'BlueInstanceTerminationOption',
    property: 'TerminationWaitTimeInMinutes',
    add: { minimum: 0, maximum: 2880 },
  },
  // Names, ranges and exclusions of the monitoring, messaging, governance and IAM types (checked one by one on their pages).
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-dashboard.html",
    quote: "The name must be between 1 and 255 characters and can only contain alphanumeric characters, dashes (-), and underscores (_).",
    type: "AWS::CloudWatch::Dashboard",
    property: "DashboardName",
    add: {"minLength": 1, "maxLength": 255, "pattern": "^[A-Za-z0-9_-]+$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topic.html",
    quote: "The display name must be maximum 100 characters long, including hyphens (-), underscores (_), spaces, and tabs.",
    type: "AWS::SNS::Topic",
    property: "DisplayName",
    add: {"maxLength": 100},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topic.html",
    quote: "Topic names must include only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long. FIFO topic names must end with .fifo.",
    type: "AWS::SNS::Topic",
    property: "TopicName",
    add: {"minLength": 1, "pattern": "^[A-Za-z0-9_-]+(\\.fifo)?$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html",
    quote: "A queue name can have up to 80 characters. Valid values: alphanumeric characters, hyphens (-), and underscores (_). A FIFO queue name must end with the .fifo suffix.",
    type: "AWS::SQS::Queue",
    property: "QueueName",
    add: {"minLength": 1, "maxLength": 80, "pattern": "^[A-Za-z0-9_-]+(\\.fifo)?$"},
  },
  {
    source: "https://docs.aws.amazon.com/config/latest/APIReference/API_RemediationConfiguration.html",
    quote: "Valid Values: SSM_DOCUMENT",
    type: "AWS::Config::RemediationConfiguration",
    property: "TargetType",
    add: {"enum": ["SSM_DOCUMENT"]},
  },
  {
    source: "https://docs.aws.amazon.com/config/latest/APIReference/API_RemediationConfiguration.html",
    quote: "Valid Range: Minimum value of 1. Maximum value of 25.",
    type: "AWS::Config::RemediationConfiguration",
    property: "MaximumAutomaticAttempts",
    add: {"minimum": 1, "maximum": 25},
  },
  {
    source: "https://docs.aws.amazon.com/config/latest/APIReference/API_RemediationConfiguration.html",
    quote: "Valid Range: Minimum value of 1. Maximum value of 2678000.",
    type: "AWS::Config::RemediationConfiguration",
    property: "RetryAttemptSeconds",
    add: {"minimum": 1, "maximum": 2678000},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-config-remediationconfiguration.html",
    quote: "Pattern: .*\\S.* Minimum: 1 Maximum: 128",
    type: "AWS::Config::RemediationConfiguration",
    property: "ConfigRuleName",
    add: {"minLength": 1, "maxLength": 128, "pattern": ".*\\S.*"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-config-remediationconfiguration-ssmcontrols.html",
    quote: "Minimum: 1 Maximum: 100",
    type: "AWS::Config::RemediationConfiguration",
    definition: "SsmControls",
    property: "ConcurrentExecutionRatePercentage",
    add: {"minimum": 1, "maximum": 100},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-config-remediationconfiguration-ssmcontrols.html",
    quote: "Minimum: 1 Maximum: 100",
    type: "AWS::Config::RemediationConfiguration",
    definition: "SsmControls",
    property: "ErrorPercentage",
    add: {"minimum": 1, "maximum": 100},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudtrail-trail-eventselector.html",
    quote: "You cannot apply both event selectors and advanced event selectors to a trail.",
    type: "AWS::CloudTrail::Trail",
    exclude: {"EventSelectors": ["AdvancedEventSelectors"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-servicecatalog-cloudformationprovisionedproduct.html",
    quote: "You must specify either the ID or the name of the product, but not both.",
    type: "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
    exclude: {"ProductId": ["ProductName"], "ProvisioningArtifactId": ["ProvisioningArtifactName"], "PathId": ["PathName"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-servicecatalog-cloudformationprovisionedproduct-provisioningpreferences.html",
    quote: "Conditional: You must specify either StackSetFailureToleranceCount or StackSetFailureTolerancePercentage, but not both.",
    type: "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
    definition: "ProvisioningPreferences",
    exclude: {"StackSetFailureToleranceCount": ["StackSetFailureTolerancePercentage"], "StackSetMaxConcurrencyCount": ["StackSetMaxConcurrencyPercentage"]},
  },
  {
    source: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html",
    quote: "Length Constraints: Minimum length of 1. Maximum length of 128. Pattern: [\\w+=,.@-]+",
    type: "AWS::IAM::Role",
    definition: "Policy",
    property: "PolicyName",
    add: {"minLength": 1, "maxLength": 128, "pattern": "^[\\w+=,.@-]+$"},
  },
  {
    source: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html",
    quote: "Length Constraints: Minimum length of 1. Maximum length of 128. Pattern: [\\w+=,.@-]+",
    type: "AWS::IAM::ManagedPolicy",
    property: "ManagedPolicyName",
    add: {"minLength": 1, "maxLength": 128, "pattern": "^[\\w+=,.@-]+$"},
  },
  // Names, ranges, list sizes and exclusions of the delivery, scaling, load balancing and container types (checked one by one on their pages).
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-autoscalinggroup.html",
    quote: "You cannot use a colon (:) in the name.",
    type: "AWS::AutoScaling::AutoScalingGroup",
    property: "AutoScalingGroupName",
    add: {"pattern": "^[^:]*$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-autoscalinggroup.html",
    quote: "If specified, the value must be either 0 or a number equal to or greater than 86,400 seconds (1 day).",
    type: "AWS::AutoScaling::AutoScalingGroup",
    property: "MaxInstanceLifetime",
    add: {"anyOf": [{"enum": [0]}, {"minimum": 86400}]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-autoscalinggroup-metricscollection.html",
    quote: "The only valid value is 1Minute.",
    type: "AWS::AutoScaling::AutoScalingGroup",
    definition: "MetricsCollection",
    property: "Granularity",
    add: {"enum": ["1Minute"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-autoscalinggroup-instancesdistribution.html",
    quote: "Valid only when the SpotAllocationStrategy is lowest-price. Value must be in the range of 1–20.",
    type: "AWS::AutoScaling::AutoScalingGroup",
    definition: "InstancesDistribution",
    property: "SpotInstancePools",
    add: {"minimum": 1, "maximum": 20},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-autoscalinggroup-launchtemplateoverrides.html",
    quote: "Value must be in the range of 1-999.",
    type: "AWS::AutoScaling::AutoScalingGroup",
    definition: "LaunchTemplateOverrides",
    property: "WeightedCapacity",
    add: {"pattern": "^[1-9][0-9]{0,2}$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-autoscalinggroup-instancerequirements.html",
    quote: "If you specify AllowedInstanceTypes, you can't specify ExcludedInstanceTypes.",
    type: "AWS::AutoScaling::AutoScalingGroup",
    definition: "InstanceRequirements",
    exclude: {"AllowedInstanceTypes": ["ExcludedInstanceTypes"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-predictivescalingconfiguration.html",
    quote: "This is an array, but we currently only support a single metric specification.",
    type: "AWS::AutoScaling::ScalingPolicy",
    definition: "PredictiveScalingConfiguration",
    property: "MetricSpecifications",
    add: {"maxItems": 1},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-metricdataquery.html",
    quote: "Conditional: Within each MetricDataQuery object, you must specify either Expression or MetricStat, but not both.",
    type: "AWS::AutoScaling::ScalingPolicy",
    definition: "MetricDataQuery",
    exclude: {"Expression": ["MetricStat"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-metricdataquery.html",
    quote: "The valid characters are letters, numbers, and underscores. The first character must be a lowercase letter.",
    type: "AWS::AutoScaling::ScalingPolicy",
    definition: "MetricDataQuery",
    property: "Id",
    add: {"pattern": "^[a-z][a-zA-Z0-9_]*$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-targettrackingmetricdataquery.html",
    quote: "Conditional: Within each TargetTrackingMetricDataQuery object, you must specify either Expression or MetricStat, but not both.",
    type: "AWS::AutoScaling::ScalingPolicy",
    definition: "TargetTrackingMetricDataQuery",
    exclude: {"Expression": ["MetricStat"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-targettrackingmetricdataquery.html",
    quote: "The valid characters are letters, numbers, and underscores. The first character must be a lowercase letter.",
    type: "AWS::AutoScaling::ScalingPolicy",
    definition: "TargetTrackingMetricDataQuery",
    property: "Id",
    add: {"pattern": "^[a-z][a-zA-Z0-9_]*$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-launchtemplatetagspecification.html",
    quote: "To tag a launch template, ResourceType must be launch-template.",
    type: "AWS::EC2::LaunchTemplate",
    definition: "LaunchTemplateTagSpecification",
    property: "ResourceType",
    add: {"enum": ["launch-template"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-loadbalancer.html",
    quote: "This name must be unique per region per account, can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, must not begin or end with a hyphen, and must not begin with \"internal-\".",
    type: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    property: "Name",
    add: {"maxLength": 32, "pattern": "^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-targetgroup.html",
    quote: "This name must be unique per region per account, can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen.",
    type: "AWS::ElasticLoadBalancingV2::TargetGroup",
    property: "Name",
    add: {"maxLength": 32, "pattern": "^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::Listener",
    definition: "AuthenticateOidcConfig",
    property: "AuthorizationEndpoint",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::Listener",
    definition: "AuthenticateOidcConfig",
    property: "Issuer",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::Listener",
    definition: "AuthenticateOidcConfig",
    property: "TokenEndpoint",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::Listener",
    definition: "AuthenticateOidcConfig",
    property: "UserInfoEndpoint",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "AuthenticateOidcConfig",
    property: "AuthorizationEndpoint",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "AuthenticateOidcConfig",
    property: "Issuer",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "AuthenticateOidcConfig",
    property: "TokenEndpoint",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-authenticateoidcconfig.html",
    quote: "This must be a full URL, including the HTTPS protocol, the domain, and the path.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "AuthenticateOidcConfig",
    property: "UserInfoEndpoint",
    add: {"pattern": "^https://"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-httpheaderconfig.html",
    quote: "The maximum size is 40 characters.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "HttpHeaderConfig",
    property: "HttpHeaderName",
    add: {"maxLength": 40},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-httpheaderconfig.html",
    quote: "The maximum size of each string is 128 characters.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "HttpHeaderConfig",
    property: "Values",
    schema: {"type": "array", "uniqueItems": true, "items": {"type": "string", "maxLength": 128}},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-hostheaderconfig.html",
    quote: "The maximum size of each name is 128 characters.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "HostHeaderConfig",
    property: "Values",
    schema: {"type": "array", "uniqueItems": true, "items": {"type": "string", "maxLength": 128}},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-pathpatternconfig.html",
    quote: "The maximum size of each string is 128 characters.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "PathPatternConfig",
    property: "Values",
    schema: {"type": "array", "uniqueItems": true, "items": {"type": "string", "maxLength": 128}},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-querystringconfig.html",
    quote: "The maximum size of each string is 128 characters.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "QueryStringKeyValue",
    property: "Key",
    add: {"maxLength": 128},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-querystringconfig.html",
    quote: "The maximum size of each string is 128 characters.",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "QueryStringKeyValue",
    property: "Value",
    add: {"maxLength": 128},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-httprequestmethodconfig.html",
    quote: "The maximum size is 40 characters. The allowed characters are A-Z, hyphen (-), and underscore (_).",
    type: "AWS::ElasticLoadBalancingV2::ListenerRule",
    definition: "HttpRequestMethodConfig",
    property: "Values",
    schema: {"type": "array", "uniqueItems": true, "items": {"type": "string", "maxLength": 40, "pattern": "^[A-Z_-]+$"}},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-alarmconfiguration.html",
    quote: "A list of alarms configured for the deployment or deployment group. A maximum of 10 alarms can be added.",
    type: "AWS::CodeDeploy::DeploymentGroup",
    definition: "AlarmConfiguration",
    property: "Alarms",
    add: {"maxItems": 10},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-alarm.html",
    quote: "The name of the alarm. Maximum length is 255 characters.",
    type: "AWS::CodeDeploy::DeploymentGroup",
    definition: "Alarm",
    property: "Name",
    add: {"maxLength": 255},
  },
  {
    source: "https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_LoadBalancerInfo.html",
    quote: "You can add up to 10 load balancers to the array.",
    type: "AWS::CodeDeploy::DeploymentGroup",
    definition: "LoadBalancerInfo",
    property: "ElbInfoList",
    add: {"maxItems": 10},
  },
  {
    source: "https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_LoadBalancerInfo.html",
    quote: "You can add up to 10 target groups to the array.",
    type: "AWS::CodeDeploy::DeploymentGroup",
    definition: "LoadBalancerInfo",
    property: "TargetGroupInfoList",
    add: {"maxItems": 10},
  },
  {
    source: "https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_LoadBalancerInfo.html",
    quote: "The target group pair information. This is an array of TargeGroupPairInfo objects with a maximum size of one.",
    type: "AWS::CodeDeploy::DeploymentGroup",
    definition: "LoadBalancerInfo",
    property: "TargetGroupPairInfoList",
    add: {"maxItems": 1},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-targetgroupinfo.html",
    quote: "This value cannot exceed 32 characters, so you should use the Name property of the target group, or the TargetGroupName attribute with the Fn::GetAtt intrinsic function",
    type: "AWS::CodeDeploy::DeploymentGroup",
    definition: "TargetGroupInfo",
    property: "Name",
    add: {"maxLength": 32},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codepipeline-pipeline-encryptionkey.html",
    quote: "When creating or updating a pipeline, the value must be set to 'KMS'.",
    type: "AWS::CodePipeline::Pipeline",
    definition: "EncryptionKey",
    property: "Type",
    add: {"enum": ["KMS"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codebuild-project-source.html",
    quote: "The identifier can only contain alphanumeric characters and underscores, and must be less than 128 characters in length.",
    type: "AWS::CodeBuild::Project",
    definition: "Source",
    property: "SourceIdentifier",
    add: {"pattern": "^[A-Za-z0-9_]{1,127}$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codebuild-project-projectsourceversion.html",
    quote: "The identifier can only contain alphanumeric characters and underscores, and must be less than 128 characters in length.",
    type: "AWS::CodeBuild::Project",
    definition: "ProjectSourceVersion",
    property: "SourceIdentifier",
    add: {"pattern": "^[A-Za-z0-9_]{1,127}$"},
  },
  {
    source: "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectArtifacts.html",
    quote: "Valid Values: CODEPIPELINE | S3 | NO_ARTIFACTS",
    type: "AWS::CodeBuild::Project",
    definition: "Artifacts",
    property: "Type",
    add: {"enum": ["CODEPIPELINE", "S3", "NO_ARTIFACTS"], "enumCaseInsensitive": true},
  },
  {
    source: "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectCache.html",
    quote: "Valid Values: NO_CACHE | S3 | LOCAL",
    type: "AWS::CodeBuild::Project",
    definition: "ProjectCache",
    property: "Type",
    add: {"enum": ["NO_CACHE", "S3", "LOCAL"], "enumCaseInsensitive": true},
  },
  {
    source: "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectCache.html",
    quote: "Possible values are: LOCAL_SOURCE_CACHE … LOCAL_DOCKER_LAYER_CACHE … LOCAL_CUSTOM_CACHE",
    type: "AWS::CodeBuild::Project",
    definition: "ProjectCache",
    property: "Modes",
    add: {"items": {"type": "string", "enum": ["LOCAL_SOURCE_CACHE", "LOCAL_DOCKER_LAYER_CACHE", "LOCAL_CUSTOM_CACHE"], "enumCaseInsensitive": true}},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codecommit-repository.html",
    quote: "Repository names are limited to 100 alphanumeric, dash, and underscore characters, and cannot include certain characters.",
    type: "AWS::CodeCommit::Repository",
    property: "RepositoryName",
    add: {"maxLength": 100},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html",
    quote: "You can specify a maximum of 10 constraints for each task.",
    type: "AWS::ECS::Service",
    property: "PlacementConstraints",
    add: {"maxItems": 10},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html",
    quote: "You can specify a maximum of 5 strategy rules for each service.",
    type: "AWS::ECS::Service",
    property: "PlacementStrategies",
    add: {"maxItems": 5},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html",
    quote: "Multiple service registries for each service isn't supported.",
    type: "AWS::ECS::Service",
    property: "ServiceRegistries",
    add: {"maxItems": 1},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-placementconstraint.html",
    quote: "The expression can have a maximum length of 2000 characters.",
    type: "AWS::ECS::Service",
    definition: "PlacementConstraint",
    property: "Expression",
    add: {"maxLength": 2000},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnectservice.html",
    quote: "The maximum number of client aliases that you can have in this list is 1.",
    type: "AWS::ECS::Service",
    definition: "ServiceConnectService",
    property: "ClientAliases",
    add: {"maxItems": 1},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnectservice.html",
    quote: "The name can contain up to 64 characters. The name can include lowercase letters, numbers, underscores (_), and hyphens (-). The name can't start with a hyphen.",
    type: "AWS::ECS::Service",
    definition: "ServiceConnectService",
    property: "DiscoveryName",
    add: {"maxLength": 64, "pattern": "^[^-]"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnectclientalias.html",
    quote: "The name can include up to 127 characters. The name can include lowercase letters, numbers, underscores (_), hyphens (-), and periods (.). The name can't start with a hyphen.",
    type: "AWS::ECS::Service",
    definition: "ServiceConnectClientAlias",
    property: "DnsName",
    add: {"maxLength": 127, "pattern": "^[^-]"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-ephemeralstorage.html",
    quote: "The minimum supported value is 21 GiB and the maximum supported value is 200 GiB.",
    type: "AWS::ECS::TaskDefinition",
    definition: "EphemeralStorage",
    property: "SizeInGiB",
    add: {"minimum": 21, "maximum": 200},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-portmapping.html",
    quote: "The name can't start with a hyphen.",
    type: "AWS::ECS::TaskDefinition",
    definition: "PortMapping",
    property: "Name",
    add: {"pattern": "^[^-]"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticbeanstalk-environment.html",
    quote: "Constraint: Must be from 4 to 40 characters in length. The name can contain only letters, numbers, and hyphens. It can't start or end with a hyphen.",
    type: "AWS::ElasticBeanstalk::Environment",
    property: "EnvironmentName",
    add: {"pattern": "^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-imagebuilder-component.html",
    quote: "Component data contains inline YAML document content for the component. Alternatively, you can specify the uri of a YAML document file stored in Amazon S3. However, you cannot specify both properties.",
    type: "AWS::ImageBuilder::Component",
    exclude: {"Data": ["Uri"]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-imagebuilder-containerrecipe.html",
    quote: "Recipes require a minimum of one build component, and can have a maximum of 20 build and test components in any combination.",
    type: "AWS::ImageBuilder::ContainerRecipe",
    property: "Components",
    add: {"maxItems": 20},
  },
  {
    source: "https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageRecipe.html",
    quote: "Recipes require a minimum of one build component, and can have a maximum of 20 build and test components in any combination.",
    type: "AWS::ImageBuilder::ImageRecipe",
    property: "Components",
    add: {"maxItems": 20},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html",
    quote: "The minimum valid value for maximum record age is 60s. Although values less than 60 and greater than -1 fall within the parameter's absolute range, they are not allowed",
    type: "AWS::Lambda::EventSourceMapping",
    property: "MaximumRecordAgeInSeconds",
    add: {"anyOf": [{"enum": [-1]}, {"minimum": 60}]},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-stage.html",
    quote: "Stage names can only contain alphanumeric characters, hyphens, and underscores. Maximum length is 128 characters.",
    type: "AWS::ApiGateway::Stage",
    property: "StageName",
    add: {"maxLength": 128, "pattern": "^[a-zA-Z0-9_-]+$"},
  },
  {
    source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-access-logging.html",
    quote: "The access log format must include at least $context.requestId or $context.extendedRequestId.",
    type: "AWS::ApiGateway::Stage",
    definition: "AccessLogSetting",
    property: "Format",
    add: {"pattern": "\\$context\\.(requestId|extendedRequestId)"},
  },
  {
    source: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-access-logging.html",
    quote: "The access log format must include at least $context.requestId or $context.extendedRequestId.",
    type: "AWS::ApiGateway::Deployment",
    definition: "AccessLogSetting",
    property: "Format",
    add: {"pattern": "\\$context\\.(requestId|extendedRequestId)"},
  },
  {
    source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-predictivescalingconfiguration.html",
    quote: "The value must be less than the forecast interval duration of 3600 seconds (60 minutes).",
    type: "AWS::AutoScaling::ScalingPolicy",
    definition: "PredictiveScalingConfiguration",
    property: "SchedulingBufferTime",
    add: {"maximum": 3599},
  },
];

/**
 * `Tags: []` is accepted: the resource handlers send no tags when the list is empty (ACM PCA's
 * `if (!tags.isEmpty())`), though 54 schemas copy the API's `minItems: 1` onto the property.
 */
function emptyTagsAccepted(raw) {
  const tags = raw.properties?.Tags;
  if (tags && typeof tags === 'object' && tags.minItems === 1) delete tags.minItems;
}

/** The raw registry schema with the corrections for its type applied (in place). */
export function corrected(raw) {
  emptyTagsAccepted(raw);
  for (const correction of CORRECTIONS) {
    if (raw.typeName !== correction.type) continue;
    if (correction.atMostOne) {
      const definition = raw.definitions?.[correction.definition];
      const names = definition?.requiredXor;
      if (!names) throw new Error(`registry correction: ${correction.type} ${correction.definition} has no requiredXor`);
      delete definition.requiredXor;
      // Each name excludes those after it: two given are reported once.
      definition.dependentExcluded = Object.fromEntries(names.slice(0, -1).map((name, index) => [name, names.slice(index + 1)]));
      continue;
    }
    if (correction.exclude) {
      const target = correction.definition ? raw.definitions?.[correction.definition] : raw;
      if (!target) throw new Error(`registry correction: ${correction.type} has no ${correction.definition}`);
      target.dependentExcluded = { ...target.dependentExcluded, ...correction.exclude };
      continue;
    }
    if (correction.allowTogether) {
      const [name, other] = correction.allowTogether;
      const excluded = raw.dependentExcluded?.[name];
      if (excluded) raw.dependentExcluded[name] = excluded.filter((candidate) => candidate !== other);
      continue;
    }
    const properties = correction.definition ? raw.definitions?.[correction.definition]?.properties : raw.properties;
    if (!properties?.[correction.property]) throw new Error(`registry correction: ${correction.type} has no ${correction.definition ?? ''}.${correction.property}`);
    properties[correction.property] = correction.schema ?? { ...properties[correction.property], ...correction.add };
  }
  return raw;
}
