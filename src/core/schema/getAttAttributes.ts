/**
 * What Fn::GetAtt reads beyond a type's listed attributes (the registry's readOnlyProperties and the
 * specification's attributes). Any other name is refused when the stack is validated ("Template error:
 * resource … does not support attribute type … in Fn::GetAtt").
 */

/**
 * Types whose Fn::GetAtt also returns the properties they are given (an EC2 subnet's Ipv6CidrBlock,
 * beside its Ipv6CidrBlocks attribute): the older, non-registry handlers. The list is the one AWS's
 * own linter keeps (cfn-lint, src/cfnlint/schema/_getatts.py) for the types CloudFormation answers this way.
 */
export const TYPES_RETURNING_PROPERTIES: ReadonlySet<string> = new Set([
  'AWS::Amplify::Branch',
  'AWS::Amplify::Domain',
  'AWS::AppSync::DomainName',
  'AWS::AppSync::FunctionConfiguration',
  'AWS::AppSync::Resolver',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::Backup::BackupSelection',
  'AWS::Backup::BackupVault',
  'AWS::Backup::LogicallyAirGappedBackupVault',
  'AWS::CodeArtifact::Domain',
  'AWS::CodeArtifact::Repository',
  'AWS::EC2::CapacityReservation',
  'AWS::EC2::Instance',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::Subnet',
  'AWS::EC2::VPC',
  'AWS::EFS::MountTarget',
  'AWS::EKS::Nodegroup',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::Events::EventBus',
  'AWS::EventSchemas::Discoverer',
  'AWS::EventSchemas::Registry',
  'AWS::EventSchemas::Schema',
  'AWS::GameLift::GameSessionQueue',
  'AWS::GameLift::MatchmakingConfiguration',
  'AWS::GameLift::MatchmakingRuleSet',
  'AWS::Grafana::Workspace',
  'AWS::Greengrass::ConnectorDefinition',
  'AWS::Greengrass::CoreDefinition',
  'AWS::Greengrass::DeviceDefinition',
  'AWS::Greengrass::FunctionDefinition',
  'AWS::Greengrass::Group',
  'AWS::Greengrass::LoggerDefinition',
  'AWS::Greengrass::ResourceDefinition',
  'AWS::Greengrass::SubscriptionDefinition',
  'AWS::ImageBuilder::Component',
  'AWS::ImageBuilder::ContainerRecipe',
  'AWS::ImageBuilder::DistributionConfiguration',
  'AWS::ImageBuilder::ImagePipeline',
  'AWS::ImageBuilder::ImageRecipe',
  'AWS::ImageBuilder::InfrastructureConfiguration',
  'AWS::ManagedBlockchain::Node',
  'AWS::Neptune::DBCluster',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBParameterGroup',
  'AWS::RedshiftServerless::Workgroup',
  'AWS::RoboMaker::RobotApplication',
  'AWS::RoboMaker::SimulationApplication',
  'AWS::Route53Resolver::ResolverRule',
  'AWS::Route53Resolver::ResolverRuleAssociation',
  'AWS::S3::AccessPoint',
  'AWS::SageMaker::DataQualityJobDefinition',
  'AWS::SageMaker::ModelBiasJobDefinition',
  'AWS::SageMaker::ModelExplainabilityJobDefinition',
  'AWS::SageMaker::ModelQualityJobDefinition',
  'AWS::SageMaker::MonitoringSchedule',
  'AWS::SNS::Topic',
  'AWS::SQS::Queue',
  'AWS::SSM::Parameter',
  'AWS::StepFunctions::Activity',
]);

/**
 * Attributes CloudFormation still returns that neither the specification nor the registry lists
 * (kept from older versions of a type, and shown in AWS's own examples).
 */
export const LEGACY_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'AWS::Elasticsearch::Domain': ['DomainArn'],
  // The list forms of the comma-separated ReadEndPoint.Addresses and .Ports, from the reference's older return values.
  'AWS::ElastiCache::ReplicationGroup': ['ReadEndPoint.Addresses.List', 'ReadEndPoint.Ports.List'],
};
