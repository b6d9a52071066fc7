import { choice, mirror, num, tab } from '../placeholders';
import { intrinsic, type CfnMap, type SnippetDef } from '../types';
import { AMI_PARAMETER, VPC_PARAMETERS } from './common';

const { ref, getAtt, sub, base64 } = intrinsic;

function launchTemplate(userData?: CfnMap, more: CfnMap = {}): CfnMap {
  const data: CfnMap = { ImageId: ref('LatestAmiId'), InstanceType: tab(9, 't3.micro'), ...more };
  if (userData) data.UserData = userData;
  return { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } };
}

const LATEST_VERSION = { LaunchTemplateId: ref('WebLaunchTemplate'), Version: getAtt('WebLaunchTemplate', 'LatestVersionNumber') };

const SIGNAL_USER_DATA = base64(
  sub(
    '#!/bin/bash\n' +
      'dnf install -y aws-cfn-bootstrap\n' +
      `/opt/aws/bin/cfn-signal -e $? --stack \${AWS::StackName} --resource ${mirror(1)} --region \${AWS::Region}\n`,
  ),
);

const ASG_PARAMETERS = { ...VPC_PARAMETERS, ...AMI_PARAMETER };

/** A web server that answers the target group's health-check path (tab stop 2), so ELB health checks pass. */
const WEB_SERVER_USER_DATA = base64(
  '#!/bin/bash\n' +
    'dnf install -y httpd\n' +
    `echo ok > /var/www/html${mirror(2)}\n` +
    'systemctl enable --now httpd\n',
);

/** HTTP on port 80 from `source`: a CIDR block or another security group's id. */
function httpFrom(source: CfnMap | string): CfnMap {
  const from: CfnMap = typeof source === 'string' ? { CidrIp: source } : { SourceSecurityGroupId: source };
  return { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, ...from };
}

export const AUTOSCALING_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-asg-alb',
    title: 'Auto Scaling group behind an ALB target group',
    topics: ['T07'],
    description:
      'Launch template and Auto Scaling group (min 2, max 20, desired 5) across the subnets behind an ALB. The ALB takes HTTP ' +
      'from the internet, the instances only from the ALB security group, and the user data runs a web server that answers ' +
      'the health-check path. HealthCheckType ELB replaces instances the target group marks unhealthy; with the default EC2 ' +
      'type only failed instance status checks count.',
    parameters: ASG_PARAMETERS,
    resources: {
      LoadBalancerSecurityGroup: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: { GroupDescription: 'HTTP from the internet to the load balancer', VpcId: ref('VpcId'), SecurityGroupIngress: [httpFrom('0.0.0.0/0')] },
      },
      WebInstanceSecurityGroup: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'HTTP from the load balancer only',
          VpcId: ref('VpcId'),
          SecurityGroupIngress: [httpFrom(getAtt('LoadBalancerSecurityGroup', 'GroupId'))],
        },
      },
      WebLaunchTemplate: launchTemplate(WEB_SERVER_USER_DATA, { SecurityGroupIds: [getAtt('WebInstanceSecurityGroup', 'GroupId')] }),
      WebTargetGroup: {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: { VpcId: ref('VpcId'), Port: 80, Protocol: 'HTTP', HealthCheckPath: tab(2, '/health') },
      },
      WebLoadBalancer: {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: { Subnets: ref('SubnetIds'), Scheme: 'internet-facing', SecurityGroups: [getAtt('LoadBalancerSecurityGroup', 'GroupId')] },
      },
      WebListener: {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
          LoadBalancerArn: ref('WebLoadBalancer'),
          Port: 80,
          Protocol: 'HTTP',
          DefaultActions: [{ Type: 'forward', TargetGroupArn: ref('WebTargetGroup') }],
        },
      },
      [tab(1, 'WebAsg')]: {
        Type: 'AWS::AutoScaling::AutoScalingGroup',
        UpdatePolicy: { AutoScalingRollingUpdate: { MinInstancesInService: 2, MaxBatchSize: 1, PauseTime: 'PT5M' } },
        Properties: {
          LaunchTemplate: LATEST_VERSION,
          MinSize: num(3, 2),
          MaxSize: num(4, 20),
          DesiredCapacity: num(5, 5),
          VPCZoneIdentifier: ref('SubnetIds'),
          TargetGroupARNs: [ref('WebTargetGroup')],
          HealthCheckType: 'ELB',
          HealthCheckGracePeriod: num(7, 300),
        },
      },
    },
  },
  {
    prefix: 'cfn-asg-rolling',
    title: 'Auto Scaling group with rolling update, CreationPolicy and cfn-signal',
    topics: ['T09', 'T07'],
    description:
      'AutoScalingRollingUpdate replaces instances in batches; with WaitOnResourceSignals each new instance must run cfn-signal ' +
      'before PauseTime ends, else the update rolls back. CreationPolicy waits for the same signals when the group is created.',
    parameters: ASG_PARAMETERS,
    resources: {
      WebLaunchTemplate: launchTemplate(SIGNAL_USER_DATA),
      [tab(1, 'WebAsg')]: {
        Type: 'AWS::AutoScaling::AutoScalingGroup',
        CreationPolicy: { ResourceSignal: { Count: num(2, 2), Timeout: 'PT15M' } },
        UpdatePolicy: {
          AutoScalingRollingUpdate: {
            MinInstancesInService: num(3, 1),
            MaxBatchSize: num(4, 1),
            PauseTime: tab(5, 'PT15M'),
            WaitOnResourceSignals: true,
            SuspendProcesses: ['HealthCheck', 'ReplaceUnhealthy', 'AZRebalance', 'AlarmNotification', 'ScheduledActions'],
          },
          AutoScalingScheduledAction: { IgnoreUnmodifiedGroupSizeProperties: true },
        },
        Properties: {
          LaunchTemplate: LATEST_VERSION,
          MinSize: '2',
          MaxSize: '6',
          DesiredCapacity: '2',
          VPCZoneIdentifier: ref('SubnetIds'),
        },
      },
    },
  },
  {
    prefix: 'cfn-asg-replacing',
    title: 'Auto Scaling group with replacing update',
    topics: ['T09'],
    description:
      'AutoScalingReplacingUpdate with WillReplace creates a whole new group and deletes the old one only when the new one ' +
      'reaches MinSuccessfulInstancesPercent of signals: fastest rollback, double capacity during the update.',
    parameters: ASG_PARAMETERS,
    resources: {
      WebLaunchTemplate: launchTemplate(SIGNAL_USER_DATA),
      [tab(1, 'WebAsg')]: {
        Type: 'AWS::AutoScaling::AutoScalingGroup',
        CreationPolicy: {
          AutoScalingCreationPolicy: { MinSuccessfulInstancesPercent: num(2, 100) },
          ResourceSignal: { Count: '2', Timeout: 'PT15M' },
        },
        UpdatePolicy: { AutoScalingReplacingUpdate: { WillReplace: true } },
        Properties: {
          LaunchTemplate: LATEST_VERSION,
          MinSize: '2',
          MaxSize: '4',
          DesiredCapacity: '2',
          VPCZoneIdentifier: ref('SubnetIds'),
        },
      },
    },
  },
  {
    prefix: 'cfn-asg-scheduled',
    title: 'Scheduled actions: 20 instances at 18:00, 5 at 23:00',
    topics: ['T08'],
    description:
      'Two scheduled actions with cron recurrences in a named time zone (UTC when TimeZone is omitted). ' +
      'Set IgnoreUnmodifiedGroupSizeProperties on the group so stack updates do not undo the scheduled sizes.',
    parameters: { AutoScalingGroupName: { Type: 'String', Description: 'Name of the Auto Scaling group to schedule' } },
    resources: {
      ScaleOutEvening: {
        Type: 'AWS::AutoScaling::ScheduledAction',
        Properties: {
          AutoScalingGroupName: ref('AutoScalingGroupName'),
          DesiredCapacity: num(1, 20),
          MaxSize: 20,
          Recurrence: tab(2, '0 18 * * *'),
          TimeZone: tab(3, 'Europe/London'),
        },
      },
      ScaleInNight: {
        Type: 'AWS::AutoScaling::ScheduledAction',
        Properties: {
          AutoScalingGroupName: ref('AutoScalingGroupName'),
          DesiredCapacity: num(4, 5),
          Recurrence: tab(5, '0 23 * * *'),
          TimeZone: mirror(3),
        },
      },
    },
  },
  {
    prefix: 'cfn-asg-termination-hook',
    title: 'Lifecycle hook for graceful termination',
    topics: ['T11'],
    description:
      'An autoscaling:EC2_INSTANCE_TERMINATING hook keeps the instance in Terminating:Wait until the app has drained and ' +
      'something calls complete-lifecycle-action, or HeartbeatTimeout passes and DefaultResult applies.',
    parameters: { AutoScalingGroupName: { Type: 'String', Description: 'Name of the Auto Scaling group' } },
    resources: {
      [tab(1, 'DrainBeforeTerminate')]: {
        Type: 'AWS::AutoScaling::LifecycleHook',
        Properties: {
          AutoScalingGroupName: ref('AutoScalingGroupName'),
          LifecycleTransition: 'autoscaling:EC2_INSTANCE_TERMINATING',
          HeartbeatTimeout: num(2, 300),
          DefaultResult: choice(3, ['CONTINUE', 'ABANDON']),
        },
      },
    },
  },
  {
    prefix: 'cfn-asg-target-tracking',
    title: 'Target-tracking scaling on CPU',
    topics: ['T12'],
    description:
      'Target tracking creates and manages its own CloudWatch alarms to hold the metric near TargetValue; ' +
      'step scaling needs alarms you create. Prefer target tracking unless the steps matter.',
    parameters: { AutoScalingGroupName: { Type: 'String', Description: 'Name of the Auto Scaling group' } },
    resources: {
      [tab(1, 'CpuTargetTracking')]: {
        Type: 'AWS::AutoScaling::ScalingPolicy',
        Properties: {
          AutoScalingGroupName: ref('AutoScalingGroupName'),
          PolicyType: 'TargetTrackingScaling',
          TargetTrackingConfiguration: {
            PredefinedMetricSpecification: {
              PredefinedMetricType: choice(2, ['ASGAverageCPUUtilization', 'ASGAverageNetworkIn', 'ASGAverageNetworkOut']),
            },
            TargetValue: num(3, 50),
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-asg-step-scaling',
    title: 'Step scaling policy driven by a CloudWatch alarm',
    topics: ['T12', 'T31'],
    description:
      'Step scaling adds capacity by how far the alarm metric is past the threshold; you own the alarm, which calls the ' +
      'policy through AlarmActions. Step bounds are relative to the alarm threshold. The adjustments add instances ' +
      '(ChangeInCapacity) or a percentage of the group (PercentChangeInCapacity); ExactCapacity would instead set the group ' +
      'to the step value.',
    parameters: { AutoScalingGroupName: { Type: 'String', Description: 'Name of the Auto Scaling group' } },
    resources: {
      [tab(1, 'CpuStepScaleOut')]: {
        Type: 'AWS::AutoScaling::ScalingPolicy',
        Properties: {
          AutoScalingGroupName: ref('AutoScalingGroupName'),
          PolicyType: 'StepScaling',
          AdjustmentType: choice(2, ['ChangeInCapacity', 'PercentChangeInCapacity']),
          StepAdjustments: [
            { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
            { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
          ],
        },
      },
      HighCpuScaleOutAlarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'AutoScalingGroupName', Value: ref('AutoScalingGroupName') }],
          Statistic: 'Average',
          Period: 60,
          EvaluationPeriods: 2,
          Threshold: num(3, 60),
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          AlarmActions: [ref(tab(1, 'CpuStepScaleOut'))],
        },
      },
    },
  },
];
