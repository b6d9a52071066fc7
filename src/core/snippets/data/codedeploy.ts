import { choice, num, tab } from '../placeholders';
import { intrinsic, type SnippetDef } from '../types';
import { CODEDEPLOY_ROLE, serviceRole } from './common';

const { ref, getAtt } = intrinsic;

const BUILT_IN_CONFIGS = ['CodeDeployDefault.OneAtATime', 'CodeDeployDefault.HalfAtATime', 'CodeDeployDefault.AllAtOnce'];

export const CODEDEPLOY_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-codedeploy-bluegreen-ec2',
    title: 'CodeDeploy blue/green for EC2 with an Auto Scaling group and an ALB',
    topics: ['T05'],
    description:
      'EC2 blue/green needs a load balancer and an Auto Scaling group to copy (or instances you pick): a bare tagged fleet ' +
      'cannot do it. Traffic moves when the green fleet is ready; the blue fleet is terminated after the wait.',
    parameters: {
      AutoScalingGroupName: { Type: 'String', Description: 'The blue fleet, copied for each deployment' },
      TargetGroupName: { Type: 'String', Description: 'Target group behind the ALB listener' },
    },
    resources: {
      BlueGreenApplication: { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'Server' } },
      BlueGreenDeployRole: CODEDEPLOY_ROLE,
      [tab(1, 'BlueGreenDeploymentGroup')]: {
        Type: 'AWS::CodeDeploy::DeploymentGroup',
        Properties: {
          ApplicationName: ref('BlueGreenApplication'),
          ServiceRoleArn: getAtt('BlueGreenDeployRole', 'Arn'),
          DeploymentConfigName: choice(2, BUILT_IN_CONFIGS),
          DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
          AutoScalingGroups: [ref('AutoScalingGroupName')],
          LoadBalancerInfo: { TargetGroupInfoList: [{ Name: ref('TargetGroupName') }] },
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE'] },
          BlueGreenDeploymentConfiguration: {
            GreenFleetProvisioningOption: { Action: 'COPY_AUTO_SCALING_GROUP' },
            DeploymentReadyOption: { ActionOnTimeout: choice(3, ['CONTINUE_DEPLOYMENT', 'STOP_DEPLOYMENT']), WaitTimeInMinutes: 0 },
            TerminateBlueInstancesOnDeploymentSuccess: { Action: 'TERMINATE', TerminationWaitTimeInMinutes: num(4, 60) },
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-codedeploy-rollback-alarms',
    title: 'CodeDeploy automatic rollback on ALB 5xx and on application log errors',
    topics: ['T06', 'T31'],
    description:
      'AutoRollbackConfiguration with DEPLOYMENT_STOP_ON_ALARM rolls back when an alarm in AlarmConfiguration fires: one ' +
      'on the load balancer 5xx count, one on a metric filter that counts ERROR lines in the application log.',
    parameters: {
      LoadBalancerFullName: { Type: 'String', Description: 'The ALB dimension value, e.g. app/my-alb/1234567890abcdef' },
    },
    resources: {
      AppLogGroup: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } },
      AppErrorFilter: {
        Type: 'AWS::Logs::MetricFilter',
        Properties: {
          LogGroupName: ref('AppLogGroup'),
          FilterPattern: tab(1, 'ERROR'),
          MetricTransformations: [{ MetricNamespace: 'ExamApp', MetricName: 'AppErrors', MetricValue: '1', DefaultValue: 0 }],
        },
      },
      AppErrorsAlarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          Namespace: 'ExamApp',
          MetricName: 'AppErrors',
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: num(2, 5),
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        },
      },
      Alb5xxAlarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          Namespace: 'AWS/ApplicationELB',
          MetricName: choice(3, ['HTTPCode_Target_5XX_Count', 'HTTPCode_ELB_5XX_Count']),
          Dimensions: [{ Name: 'LoadBalancer', Value: ref('LoadBalancerFullName') }],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: num(4, 10),
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        },
      },
      RollbackApplication: { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'Server' } },
      RollbackDeployRole: CODEDEPLOY_ROLE,
      RollbackDeploymentGroup: {
        Type: 'AWS::CodeDeploy::DeploymentGroup',
        Properties: {
          ApplicationName: ref('RollbackApplication'),
          ServiceRoleArn: getAtt('RollbackDeployRole', 'Arn'),
          DeploymentConfigName: choice(5, BUILT_IN_CONFIGS),
          Ec2TagFilters: [{ Key: 'Environment', Value: 'production', Type: 'KEY_AND_VALUE' }],
          AlarmConfiguration: { Enabled: true, Alarms: [{ Name: ref('Alb5xxAlarm') }, { Name: ref('AppErrorsAlarm') }] },
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
        },
      },
    },
  },
  {
    prefix: 'cfn-codedeploy-asg',
    title: 'CodeDeploy with an Auto Scaling group: scale-out during deployments',
    topics: ['T10'],
    description:
      'CodeDeploy installs a launch lifecycle hook on the group so new instances get the last successful revision. ' +
      'Instances launched during a deployment get the older revision; OutdatedInstancesStrategy UPDATE then deploys again to them.',
    parameters: { AutoScalingGroupName: { Type: 'String', Description: 'Name of the Auto Scaling group' } },
    resources: {
      AsgApplication: { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'Server' } },
      AsgDeployRole: CODEDEPLOY_ROLE,
      [tab(1, 'AsgDeploymentGroup')]: {
        Type: 'AWS::CodeDeploy::DeploymentGroup',
        Properties: {
          ApplicationName: ref('AsgApplication'),
          ServiceRoleArn: getAtt('AsgDeployRole', 'Arn'),
          DeploymentConfigName: choice(2, BUILT_IN_CONFIGS),
          AutoScalingGroups: [ref('AutoScalingGroupName')],
          OutdatedInstancesStrategy: choice(3, ['UPDATE', 'IGNORE']),
          TerminationHookEnabled: true,
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE'] },
        },
      },
    },
  },
  {
    prefix: 'cfn-codedeploy-ecs-bluegreen',
    title: 'CodeDeploy blue/green for an ECS service (two target groups, test listener)',
    topics: ['T17'],
    description:
      'The service uses the CODE_DEPLOY deployment controller; the group names both target groups, the production listener ' +
      'and a test listener. Releases then go through CodePipeline or create-deployment, not through stack updates.',
    parameters: {
      ClusterName: { Type: 'String' },
      TaskDefinitionArn: { Type: 'String' },
      SubnetIds: { Type: 'List<AWS::EC2::Subnet::Id>' },
      BlueTargetGroupArn: { Type: 'String' },
      BlueTargetGroupName: { Type: 'String' },
      GreenTargetGroupName: { Type: 'String' },
      ProductionListenerArn: { Type: 'String' },
      TestListenerArn: { Type: 'String' },
    },
    resources: {
      [tab(1, 'WebService')]: {
        Type: 'AWS::ECS::Service',
        Properties: {
          Cluster: ref('ClusterName'),
          TaskDefinition: ref('TaskDefinitionArn'),
          DesiredCount: 2,
          LaunchType: 'FARGATE',
          DeploymentController: { Type: 'CODE_DEPLOY' },
          NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ref('SubnetIds'), AssignPublicIp: 'DISABLED' } },
          LoadBalancers: [{ ContainerName: tab(2, 'web'), ContainerPort: num(3, 80), TargetGroupArn: ref('BlueTargetGroupArn') }],
        },
      },
      EcsApplication: { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'ECS' } },
      EcsDeployRole: serviceRole('codedeploy.amazonaws.com', ['arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS']),
      EcsDeploymentGroup: {
        Type: 'AWS::CodeDeploy::DeploymentGroup',
        Properties: {
          ApplicationName: ref('EcsApplication'),
          ServiceRoleArn: getAtt('EcsDeployRole', 'Arn'),
          DeploymentConfigName: choice(4, ['CodeDeployDefault.ECSCanary10Percent5Minutes', 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes', 'CodeDeployDefault.ECSAllAtOnce']),
          DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
          ECSServices: [{ ClusterName: ref('ClusterName'), ServiceName: getAtt(tab(1, 'WebService'), 'Name') }],
          LoadBalancerInfo: {
            TargetGroupPairInfoList: [
              {
                TargetGroups: [{ Name: ref('BlueTargetGroupName') }, { Name: ref('GreenTargetGroupName') }],
                ProdTrafficRoute: { ListenerArns: [ref('ProductionListenerArn')] },
                TestTrafficRoute: { ListenerArns: [ref('TestListenerArn')] },
              },
            ],
          },
          BlueGreenDeploymentConfiguration: {
            DeploymentReadyOption: { ActionOnTimeout: 'CONTINUE_DEPLOYMENT', WaitTimeInMinutes: 0 },
            TerminateBlueInstancesOnDeploymentSuccess: { Action: 'TERMINATE', TerminationWaitTimeInMinutes: num(5, 5) },
          },
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE'] },
        },
      },
    },
  },
];
