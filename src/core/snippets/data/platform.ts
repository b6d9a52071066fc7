import { choice, num, tab } from '../placeholders';
import { intrinsic, type CfnMap, type CfnValue, type SnippetDef } from '../types';
import { serviceRole } from './common';

const { ref, getAtt, sub } = intrinsic;

/** What Elastic Beanstalk's service role needs: enhanced health reporting, and managed platform updates. */
const BEANSTALK_SERVICE_POLICIES = [
  'arn:aws:iam::aws:policy/service-role/AWSElasticBeanstalkEnhancedHealth',
  'arn:aws:iam::aws:policy/AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy',
];

function option(namespace: string, name: string, value: CfnValue): CfnMap {
  return { Namespace: namespace, OptionName: name, Value: value };
}

/** The network of a Fargate service behind an ALB: its VPC, its subnets and the load balancer's security group. */
export const ECS_NETWORK_PARAMETERS: CfnMap = {
  VpcId: { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC of the load balancer and the tasks' },
  SubnetIds: {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'Private subnets for the tasks in at least two Availability Zones, with a NAT gateway or VPC endpoints to pull the image',
  },
  LoadBalancerSecurityGroupId: {
    Type: 'AWS::EC2::SecurityGroup::Id',
    Description: 'Security group of the ALB; its outbound rules must let traffic reach the task security group',
  },
};

/**
 * The tasks' security group: the container port from the load balancer only. Without one, awsvpc tasks get the VPC's
 * default group, which admits only its own members, so the load balancer's health checks fail. `port` is the tab stop
 * of ContainerPort, so both change together.
 */
export function taskSecurityGroup(port: string): CfnMap {
  return {
    Type: 'AWS::EC2::SecurityGroup',
    Properties: {
      GroupDescription: 'The container port from the load balancer only',
      VpcId: ref('VpcId'),
      SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, SourceSecurityGroupId: ref('LoadBalancerSecurityGroupId') }],
    },
  };
}

/** NetworkConfiguration of a service whose tasks use TaskSecurityGroup, in private subnets. */
export const TASK_NETWORK: CfnMap = {
  AwsvpcConfiguration: { Subnets: ref('SubnetIds'), SecurityGroups: [getAtt('TaskSecurityGroup', 'GroupId')], AssignPublicIp: 'DISABLED' },
};

export const PLATFORM_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-ecr-cross-account',
    title: 'ECR repository with cross-account pull, scanning and lifecycle policy',
    topics: ['T16'],
    description:
      'Another account pulls only when the repository policy allows its principals ecr:BatchGetImage and ' +
      'ecr:GetDownloadUrlForLayer (they still call ecr:GetAuthorizationToken in their own account). Image scanning is now set ' +
      'for the whole registry, not per repository (ScanOnPush there is deprecated): BASIC scans on push, ENHANCED hands scanning ' +
      'to Amazon Inspector. There is one such setting per account and Region, and this stack replaces it. MUTABLE tags are ' +
      'offered as the contrast the extension notes: a push can move a tag to another image.',
    parameters: { PullerAccountId: { Type: 'String', AllowedPattern: '^\\d{12}$', Description: 'Account allowed to pull' } },
    resources: {
      RegistryScanning: {
        Type: 'AWS::ECR::RegistryScanningConfiguration',
        Properties: {
          ScanType: choice(3, ['BASIC', 'ENHANCED']),
          Rules: [{ ScanFrequency: 'SCAN_ON_PUSH', RepositoryFilters: [{ Filter: '*', FilterType: 'WILDCARD' }] }],
        },
      },
      [tab(1, 'SharedRepository')]: {
        Type: 'AWS::ECR::Repository',
        Properties: {
          ImageTagMutability: choice(2, ['IMMUTABLE', 'MUTABLE']),
          RepositoryPolicyText: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'CrossAccountPull',
                Effect: 'Allow',
                Principal: { AWS: sub('arn:${AWS::Partition}:iam::${PullerAccountId}:root') },
                Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
              },
            ],
          },
          LifecyclePolicy: {
            LifecyclePolicyText:
              '{"rules":[{"rulePriority":1,"description":"Keep the last 30 images","selection":' +
              '{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}}]}',
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-ecs-circuit-breaker',
    title: 'ECS service with deployment circuit breaker and rollback',
    topics: ['T17'],
    description:
      'With the ECS rolling controller, the circuit breaker stops a deployment whose tasks keep failing to reach steady state ' +
      'and, with Rollback true, returns to the last completed deployment. Minimum/maximum percent bound the rolling batch. The ' +
      'tasks run in private subnets without public IPs, in a security group of their own (add an inbound rule from your load ' +
      'balancer on the container port), and send their logs to CloudWatch Logs, where the failed tasks of a rolled-back deployment say why.',
    parameters: {
      ClusterName: { Type: 'String' },
      VpcId: { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC of the tasks' },
      SubnetIds: ECS_NETWORK_PARAMETERS.SubnetIds,
      ContainerImage: { Type: 'String', Default: 'public.ecr.aws/nginx/nginx:latest' },
    },
    resources: {
      TaskExecutionRole: serviceRole('ecs-tasks.amazonaws.com', ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy']),
      WebLogGroup: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } },
      TaskSecurityGroup: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: { GroupDescription: 'Web tasks: no inbound rule yet; outbound to pull the image and send logs', VpcId: ref('VpcId') },
      },
      WebTaskDefinition: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          RequiresCompatibilities: ['FARGATE'],
          NetworkMode: 'awsvpc',
          Cpu: '256',
          Memory: '512',
          ExecutionRoleArn: getAtt('TaskExecutionRole', 'Arn'),
          ContainerDefinitions: [
            {
              Name: 'web',
              Image: ref('ContainerImage'),
              Essential: true,
              PortMappings: [{ ContainerPort: 80 }],
              LogConfiguration: {
                LogDriver: 'awslogs',
                Options: { 'awslogs-group': ref('WebLogGroup'), 'awslogs-region': ref('AWS::Region'), 'awslogs-stream-prefix': 'web' },
              },
            },
          ],
        },
      },
      [tab(1, 'WebService')]: {
        Type: 'AWS::ECS::Service',
        Properties: {
          Cluster: ref('ClusterName'),
          TaskDefinition: ref('WebTaskDefinition'),
          DesiredCount: num(2, 2),
          LaunchType: 'FARGATE',
          NetworkConfiguration: TASK_NETWORK,
          DeploymentConfiguration: {
            DeploymentCircuitBreaker: { Enable: true, Rollback: true },
            MinimumHealthyPercent: num(3, 100),
            MaximumPercent: num(4, 200),
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-ecs-bluegreen-native',
    title: 'ECS blue/green run by ECS itself (BLUE_GREEN strategy, bake time, alarm rollback)',
    topics: ['T17'],
    description:
      'The way AWS now recommends (since 2025): the service keeps the ECS controller and sets DeploymentConfiguration ' +
      'Strategy BLUE_GREEN. ECS starts the new revision in the alternate target group, sends test traffic through the test ' +
      'listener rule, moves the production rule to it, and keeps the old revision for BakeTimeInMinutes so a firing alarm rolls ' +
      'back at once. The load balancer AdvancedConfiguration names the alternate target group, both listener rules and a role ' +
      'ECS assumes to change them (AmazonECSInfrastructureRolePolicyForLoadBalancers). Lambda lifecycle hooks can gate each stage. ' +
      'The tasks get a security group that admits only the load balancer on the container port.',
    parameters: {
      ClusterName: { Type: 'String' },
      TaskDefinitionArn: { Type: 'String', Description: 'A Fargate task definition (awsvpc) with the container below' },
      ...ECS_NETWORK_PARAMETERS,
      BlueTargetGroupArn: { Type: 'String', Description: 'Target group (TargetType ip) that serves production now; the production listener rule forwards to it' },
      GreenTargetGroupArn: { Type: 'String', Description: 'Alternate target group (TargetType ip) for the new revision; the test listener rule forwards to it' },
      ProductionListenerRuleArn: { Type: 'String', Description: 'ALB listener rule for production traffic; it forwards to BlueTargetGroupArn' },
      TestListenerRuleArn: { Type: 'String', Description: 'ALB listener rule for test traffic, on the same load balancer; it forwards to GreenTargetGroupArn' },
      LoadBalancerFullName: { Type: 'String', Description: 'e.g. app/my-alb/1234567890abcdef' },
    },
    resources: {
      EcsLoadBalancerRole: serviceRole('ecs.amazonaws.com', ['arn:aws:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers']),
      TaskSecurityGroup: taskSecurityGroup(num(3, 80)),
      Alb5xxAlarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          AlarmDescription: 'Target 5xx errors during a deployment roll the service back',
          Namespace: 'AWS/ApplicationELB',
          MetricName: 'HTTPCode_Target_5XX_Count',
          Dimensions: [{ Name: 'LoadBalancer', Value: ref('LoadBalancerFullName') }],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 10,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        },
      },
      [tab(1, 'WebService')]: {
        Type: 'AWS::ECS::Service',
        Properties: {
          Cluster: ref('ClusterName'),
          TaskDefinition: ref('TaskDefinitionArn'),
          DesiredCount: 2,
          LaunchType: 'FARGATE',
          DeploymentController: { Type: 'ECS' },
          DeploymentConfiguration: {
            Strategy: 'BLUE_GREEN',
            BakeTimeInMinutes: num(4, 10),
            Alarms: { AlarmNames: [ref('Alb5xxAlarm')], Enable: true, Rollback: true },
          },
          NetworkConfiguration: TASK_NETWORK,
          LoadBalancers: [
            {
              ContainerName: tab(2, 'web'),
              ContainerPort: num(3, 80),
              TargetGroupArn: ref('BlueTargetGroupArn'),
              AdvancedConfiguration: {
                AlternateTargetGroupArn: ref('GreenTargetGroupArn'),
                ProductionListenerRule: ref('ProductionListenerRuleArn'),
                TestListenerRule: ref('TestListenerRuleArn'),
                RoleArn: getAtt('EcsLoadBalancerRole', 'Arn'),
              },
            },
          ],
        },
      },
    },
  },
  {
    prefix: 'cfn-beanstalk-env',
    title: 'Elastic Beanstalk application and environment with deployment policy and scaling trigger',
    topics: ['T13', 'T14'],
    description:
      'DeploymentPolicy picks AllAtOnce, Rolling, RollingWithAdditionalBatch, Immutable or TrafficSplitting. TrafficSplitting ' +
      'needs an Application Load Balancer, set here with LoadBalancerType application (the API default is a Classic Load ' +
      'Balancer, which cannot split traffic); its share and evaluation time come from aws:elasticbeanstalk:trafficsplitting. ' +
      'The scaling trigger here is CPUUtilization in Percent; left out, aws:autoscaling:trigger scales on NetworkOut in Bytes ' +
      '(not NetworkIn). Settings made through the API override these.',
    parameters: {
      SolutionStackName: {
        Type: 'String',
        Description: 'A current platform, e.g. from: aws elasticbeanstalk list-available-solution-stacks',
      },
    },
    resources: {
      BeanstalkInstanceRole: serviceRole('ec2.amazonaws.com', ['arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier']),
      BeanstalkInstanceProfile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref('BeanstalkInstanceRole')] } },
      BeanstalkServiceRole: serviceRole('elasticbeanstalk.amazonaws.com', BEANSTALK_SERVICE_POLICIES),
      [tab(1, 'ExamApplication')]: { Type: 'AWS::ElasticBeanstalk::Application', Properties: { Description: 'Exam lab application' } },
      ExamEnvironment: {
        Type: 'AWS::ElasticBeanstalk::Environment',
        Properties: {
          ApplicationName: ref(tab(1, 'ExamApplication')),
          SolutionStackName: ref('SolutionStackName'),
          OptionSettings: [
            option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', ref('BeanstalkInstanceProfile')),
            option('aws:autoscaling:launchconfiguration', 'DisableIMDSv1', 'true'),
            option('aws:elasticbeanstalk:environment', 'ServiceRole', ref('BeanstalkServiceRole')),
            option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'enhanced'),
            option('aws:elasticbeanstalk:environment', 'LoadBalancerType', 'application'),
            option('aws:elasticbeanstalk:command', 'DeploymentPolicy', choice(2, ['Rolling', 'Immutable', 'RollingWithAdditionalBatch', 'AllAtOnce', 'TrafficSplitting'])),
            option('aws:elasticbeanstalk:command', 'BatchSizeType', 'Percentage'),
            option('aws:elasticbeanstalk:command', 'BatchSize', '25'),
            option('aws:autoscaling:asg', 'MinSize', '2'),
            option('aws:autoscaling:asg', 'MaxSize', '6'),
            option('aws:autoscaling:trigger', 'MeasureName', 'CPUUtilization'),
            option('aws:autoscaling:trigger', 'Unit', 'Percent'),
            option('aws:autoscaling:trigger', 'UpperThreshold', '70'),
            option('aws:autoscaling:trigger', 'LowerThreshold', '20'),
          ],
        },
      },
    },
  },
  {
    prefix: 'cfn-imagebuilder-pipeline',
    title: 'EC2 Image Builder golden AMI pipeline with cross-region distribution',
    topics: ['T15'],
    description:
      'A recipe (parent image + components), an infrastructure configuration (instance profile with ' +
      'EC2InstanceProfileForImageBuilder), a distribution to another region, and a weekly schedule. The parent image is the ' +
      'AWS-managed Amazon Linux 2023 image with an x.x.x version filter, like the update-linux component, so the schedule ' +
      '(EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE) builds whenever AWS publishes a newer base image or component; a ' +
      'fixed AMI ID never has an update. Recipes are immutable: change the components together with a new Version.',
    parameters: {
      SecondRegion: { Type: 'String', Default: 'us-west-2' },
    },
    resources: {
      BuilderRole: serviceRole('ec2.amazonaws.com', [
        'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilder',
        'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
      ]),
      BuilderInstanceProfile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref('BuilderRole')] } },
      GoldenRecipe: {
        Type: 'AWS::ImageBuilder::ImageRecipe',
        Properties: {
          Name: sub('${AWS::StackName}-golden'),
          Version: tab(2, '1.0.0'),
          ParentImage: sub('arn:${AWS::Partition}:imagebuilder:${AWS::Region}:aws:image/amazon-linux-2023-x86/x.x.x'),
          Components: [{ ComponentArn: sub('arn:${AWS::Partition}:imagebuilder:${AWS::Region}:aws:component/update-linux/x.x.x') }],
        },
      },
      GoldenInfrastructure: {
        Type: 'AWS::ImageBuilder::InfrastructureConfiguration',
        Properties: { Name: sub('${AWS::StackName}-infra'), InstanceProfileName: ref('BuilderInstanceProfile'), InstanceTypes: ['t3.small'] },
      },
      GoldenDistribution: {
        Type: 'AWS::ImageBuilder::DistributionConfiguration',
        Properties: {
          Name: sub('${AWS::StackName}-distribution'),
          Distributions: [
            { Region: ref('AWS::Region'), AmiDistributionConfiguration: { Name: 'golden-{{ imagebuilder:buildDate }}' } },
            { Region: ref('SecondRegion'), AmiDistributionConfiguration: { Name: 'golden-{{ imagebuilder:buildDate }}' } },
          ],
        },
      },
      [tab(1, 'GoldenPipeline')]: {
        Type: 'AWS::ImageBuilder::ImagePipeline',
        Properties: {
          Name: sub('${AWS::StackName}-golden-ami'),
          ImageRecipeArn: getAtt('GoldenRecipe', 'Arn'),
          InfrastructureConfigurationArn: getAtt('GoldenInfrastructure', 'Arn'),
          DistributionConfigurationArn: getAtt('GoldenDistribution', 'Arn'),
          Schedule: {
            ScheduleExpression: tab(3, 'cron(0 3 ? * SUN *)'),
            PipelineExecutionStartCondition: 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-beanstalk-saved-config',
    title: 'Elastic Beanstalk saved configuration with an immutable deployment policy',
    topics: ['T14', 'T13'],
    description:
      'A configuration template (saved configuration) holds option settings an environment starts from. Precedence: ' +
      'settings applied to the environment directly > saved configuration > .ebextensions > defaults. It sets an Application ' +
      'Load Balancer (needed by TrafficSplitting; the load balancer type is fixed when the environment is created) and a 25 ' +
      'percent batch, so Rolling does not take every instance at once.',
    parameters: {
      SolutionStackName: { Type: 'String', Description: 'A current platform, e.g. from: aws elasticbeanstalk list-available-solution-stacks' },
    },
    resources: {
      SavedConfigInstanceRole: serviceRole('ec2.amazonaws.com', ['arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier']),
      SavedConfigInstanceProfile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref('SavedConfigInstanceRole')] } },
      SavedConfigServiceRole: serviceRole('elasticbeanstalk.amazonaws.com', BEANSTALK_SERVICE_POLICIES),
      SavedConfigApplication: { Type: 'AWS::ElasticBeanstalk::Application' },
      [tab(1, 'ImmutableConfig')]: {
        Type: 'AWS::ElasticBeanstalk::ConfigurationTemplate',
        Properties: {
          ApplicationName: ref('SavedConfigApplication'),
          SolutionStackName: ref('SolutionStackName'),
          OptionSettings: [
            option('aws:elasticbeanstalk:command', 'DeploymentPolicy', choice(2, ['Immutable', 'Rolling', 'RollingWithAdditionalBatch', 'AllAtOnce', 'TrafficSplitting'])),
            option('aws:elasticbeanstalk:command', 'BatchSizeType', 'Percentage'),
            option('aws:elasticbeanstalk:command', 'BatchSize', '25'),
            option('aws:elasticbeanstalk:environment', 'LoadBalancerType', 'application'),
            option('aws:autoscaling:updatepolicy:rollingupdate', 'RollingUpdateType', 'Immutable'),
            option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', ref('SavedConfigInstanceProfile')),
            option('aws:autoscaling:launchconfiguration', 'DisableIMDSv1', 'true'),
            option('aws:elasticbeanstalk:environment', 'ServiceRole', ref('SavedConfigServiceRole')),
            option('aws:elasticbeanstalk:healthreporting:system', 'SystemType', 'enhanced'),
          ],
        },
      },
      SavedConfigEnvironment: {
        Type: 'AWS::ElasticBeanstalk::Environment',
        Properties: { ApplicationName: ref('SavedConfigApplication'), TemplateName: ref(tab(1, 'ImmutableConfig')) },
      },
    },
  },
];
