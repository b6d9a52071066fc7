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
