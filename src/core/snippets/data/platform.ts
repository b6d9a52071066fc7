import { choice, num, tab } from '../placeholders';
import { intrinsic, type CfnMap, type CfnValue, type SnippetDef } from '../types';
import { serviceRole } from './common';

const { ref, getAtt, sub } = intrinsic;

function option(namespace: string, name: string, value: CfnValue): CfnMap {
  return { Namespace: namespace, OptionName: name, Value: value };
}

export const PLATFORM_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-ecr-cross-account',
    title: 'ECR repository with cross-account pull, scanning and lifecycle policy',
    topics: ['T16'],
    description:
      'Another account pulls only when the repository policy allows its principals ecr:BatchGetImage and ' +
      'ecr:GetDownloadUrlForLayer (they still call ecr:GetAuthorizationToken in their own account).',
    parameters: { PullerAccountId: { Type: 'String', AllowedPattern: '^\\d{12}$', Description: 'Account allowed to pull' } },
    resources: {
      [tab(1, 'SharedRepository')]: {
        Type: 'AWS::ECR::Repository',
        Properties: {
          ImageScanningConfiguration: { ScanOnPush: true },
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
      'and, with Rollback true, returns to the last completed deployment. Minimum/maximum percent bound the rolling batch.',
    parameters: {
      ClusterName: { Type: 'String' },
      SubnetIds: { Type: 'List<AWS::EC2::Subnet::Id>' },
      ContainerImage: { Type: 'String', Default: 'public.ecr.aws/nginx/nginx:latest' },
    },
    resources: {
      TaskExecutionRole: serviceRole('ecs-tasks.amazonaws.com', ['arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy']),
      WebTaskDefinition: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          RequiresCompatibilities: ['FARGATE'],
          NetworkMode: 'awsvpc',
          Cpu: '256',
          Memory: '512',
          ExecutionRoleArn: getAtt('TaskExecutionRole', 'Arn'),
          ContainerDefinitions: [{ Name: 'web', Image: ref('ContainerImage'), Essential: true, PortMappings: [{ ContainerPort: 80 }] }],
        },
      },
      [tab(1, 'WebService')]: {
        Type: 'AWS::ECS::Service',
        Properties: {
          Cluster: ref('ClusterName'),
          TaskDefinition: ref('WebTaskDefinition'),
          DesiredCount: num(2, 2),
          LaunchType: 'FARGATE',
          NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ref('SubnetIds'), AssignPublicIp: 'ENABLED' } },
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
    prefix: 'cfn-beanstalk-env',
    title: 'Elastic Beanstalk application and environment with deployment policy and scaling trigger',
    topics: ['T13', 'T14'],
    description:
      'DeploymentPolicy picks AllAtOnce, Rolling, RollingWithAdditionalBatch, Immutable or TrafficSplitting. The ' +
      'aws:autoscaling:trigger MeasureName defaults to NetworkOut (not NetworkIn). Settings made through the API override these.',
    parameters: {
      SolutionStackName: {
        Type: 'String',
        Description: 'A current platform, e.g. from: aws elasticbeanstalk list-available-solution-stacks',
      },
    },
    resources: {
      BeanstalkInstanceRole: serviceRole('ec2.amazonaws.com', ['arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier']),
      BeanstalkInstanceProfile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref('BeanstalkInstanceRole')] } },
      [tab(1, 'ExamApplication')]: { Type: 'AWS::ElasticBeanstalk::Application', Properties: { Description: 'Exam lab application' } },
      ExamEnvironment: {
        Type: 'AWS::ElasticBeanstalk::Environment',
        Properties: {
          ApplicationName: ref(tab(1, 'ExamApplication')),
          SolutionStackName: ref('SolutionStackName'),
          OptionSettings: [
            option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', ref('BeanstalkInstanceProfile')),
            option('aws:elasticbeanstalk:command', 'DeploymentPolicy', choice(2, ['Rolling', 'Immutable', 'RollingWithAdditionalBatch', 'AllAtOnce', 'TrafficSplitting'])),
            option('aws:elasticbeanstalk:command', 'BatchSizeType', 'Percentage'),
            option('aws:elasticbeanstalk:command', 'BatchSize', '25'),
            option('aws:autoscaling:asg', 'MinSize', '2'),
            option('aws:autoscaling:asg', 'MaxSize', '6'),
            option('aws:autoscaling:trigger', 'MeasureName', choice(3, ['CPUUtilization', 'NetworkOut', 'NetworkIn', 'RequestCount', 'Latency'])),
            option('aws:autoscaling:trigger', 'Unit', choice(4, ['Percent', 'Bytes', 'Count', 'Seconds'])),
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
      'EC2InstanceProfileForImageBuilder), a distribution to another region, and a weekly schedule.',
    parameters: {
      SecondRegion: { Type: 'String', Default: 'us-west-2' },
      ParentImage: {
        Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
        Default: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
      },
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
          ParentImage: ref('ParentImage'),
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
      'settings applied to the environment directly > saved configuration > .ebextensions > defaults.',
    parameters: {
      SolutionStackName: { Type: 'String', Description: 'A current platform, e.g. from: aws elasticbeanstalk list-available-solution-stacks' },
    },
    resources: {
      SavedConfigInstanceRole: serviceRole('ec2.amazonaws.com', ['arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier']),
      SavedConfigInstanceProfile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref('SavedConfigInstanceRole')] } },
      SavedConfigApplication: { Type: 'AWS::ElasticBeanstalk::Application' },
      [tab(1, 'ImmutableConfig')]: {
        Type: 'AWS::ElasticBeanstalk::ConfigurationTemplate',
        Properties: {
          ApplicationName: ref('SavedConfigApplication'),
          SolutionStackName: ref('SolutionStackName'),
          OptionSettings: [
            option('aws:elasticbeanstalk:command', 'DeploymentPolicy', choice(2, ['Immutable', 'Rolling', 'RollingWithAdditionalBatch', 'AllAtOnce', 'TrafficSplitting'])),
            option('aws:autoscaling:updatepolicy:rollingupdate', 'RollingUpdateType', 'Immutable'),
            option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', ref('SavedConfigInstanceProfile')),
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
