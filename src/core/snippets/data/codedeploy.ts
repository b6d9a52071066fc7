import { choice, num, tab } from '../placeholders';
import { intrinsic, type SnippetDef } from '../types';
import { CODEDEPLOY_ROLE, serviceRole } from './common';
import { ECS_NETWORK_PARAMETERS, TASK_NETWORK, taskSecurityGroup } from './platform';

const { ref, getAtt } = intrinsic;

const BUILT_IN_CONFIGS = ['CodeDeployDefault.OneAtATime', 'CodeDeployDefault.HalfAtATime', 'CodeDeployDefault.AllAtOnce'];

export const CODEDEPLOY_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-codedeploy-bluegreen-ec2',
    title: 'CodeDeploy blue/green for EC2: application and role here, the group by CLI',
    topics: ['T05'],
    description:
      'EC2 blue/green needs a load balancer and an Auto Scaling group to copy (or instances you name); a bare tagged fleet ' +
      'cannot do it. CloudFormation cannot declare that group (it rejects AutoScalingGroups on a BLUE_GREEN group), so the ' +
      'template holds the application and a service role that may copy a launch-template group, and the group is made with ' +
      '`aws deploy create-deployment-group --deployment-style deploymentType=BLUE_GREEN,deploymentOption=WITH_TRAFFIC_CONTROL ' +
      '--auto-scaling-groups <group> --load-balancer-info targetGroupInfoList=[{name=<target group>}] ' +
      '--blue-green-deployment-configuration greenFleetProvisioningOption={action=COPY_AUTO_SCALING_GROUP},...`.',
    parameters: {
      InstanceRoleArn: { Type: 'String', Description: "The role of the fleet's instance profile, which copied groups launch with" },
    },
    resources: {
      [tab(1, 'BlueGreenApplication')]: { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'Server' } },
      BlueGreenDeployRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'codedeploy.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSCodeDeployRole'],
          Policies: [
            {
              PolicyName: 'CopyLaunchTemplateGroups',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['ec2:RunInstances', 'ec2:CreateTags'], Resource: '*' },
                  { Effect: 'Allow', Action: 'iam:PassRole', Resource: ref('InstanceRoleArn') },
                ],
              },
            },
          ],
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
      'Instances launched during a deployment get the older revision; OutdatedInstancesStrategy UPDATE then deploys again to them. ' +
      'IGNORE is offered as the contrast (the extension warns about it): those instances keep the older revision.',
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
      'and a test listener. Releases then go through CodePipeline or create-deployment, not through stack updates. This path ' +
      'is still on the exam, but since 2025 AWS recommends the blue/green that ECS runs itself: the ECS controller with ' +
      'DeploymentConfiguration Strategy BLUE_GREEN (cfn-ecs-bluegreen-native). The tasks get a security group that admits only ' +
      'the load balancer on the container port.',
    parameters: {
      ClusterName: { Type: 'String' },
      TaskDefinitionArn: { Type: 'String' },
      ...ECS_NETWORK_PARAMETERS,
      BlueTargetGroupArn: { Type: 'String' },
      BlueTargetGroupName: { Type: 'String' },
      GreenTargetGroupName: { Type: 'String' },
      ProductionListenerArn: { Type: 'String' },
      TestListenerArn: { Type: 'String' },
      RollbackAlarmName: { Type: 'String', Description: 'A CloudWatch alarm on the 5xx count of the load balancer: when it fires, CodeDeploy stops the deployment and shifts traffic back' },
    },
    resources: {
      TaskSecurityGroup: taskSecurityGroup(num(3, 80)),
      [tab(1, 'WebService')]: {
        Type: 'AWS::ECS::Service',
        Properties: {
          Cluster: ref('ClusterName'),
          TaskDefinition: ref('TaskDefinitionArn'),
          DesiredCount: 2,
          LaunchType: 'FARGATE',
          DeploymentController: { Type: 'CODE_DEPLOY' },
          NetworkConfiguration: TASK_NETWORK,
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
          AlarmConfiguration: { Enabled: true, Alarms: [{ Name: ref('RollbackAlarmName') }] },
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
        },
      },
    },
  },
];
