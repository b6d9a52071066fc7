import { intrinsic, type CfnMap } from '../types';

/** Parameters many snippets share: what a snippet needs but does not create. */
export const VPC_PARAMETERS: CfnMap = {
  VpcId: { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC the resources go into' },
  SubnetIds: {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'Subnets in at least two Availability Zones',
  },
};

export const AMI_PARAMETER: CfnMap = {
  LatestAmiId: {
    Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
    Default: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
    Description: 'Latest Amazon Linux 2023 AMI, read from the public SSM parameter at deploy time',
  },
};

/** A role that a service assumes, with managed policies. */
export function serviceRole(service: string, managedPolicyArns: string[]): CfnMap {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
      },
      ManagedPolicyArns: managedPolicyArns,
    },
  };
}

/** The service role of an EC2/on-premises CodeDeploy deployment group. */
export const CODEDEPLOY_ROLE = serviceRole('codedeploy.amazonaws.com', ['arn:aws:iam::aws:policy/service-role/AWSCodeDeployRole']);

/** An HTTPS health check on an endpoint's /health path, so its Route 53 record leaves the answers when it fails. */
export function endpointHealthCheck(endpointParameter: string): CfnMap {
  return {
    Type: 'AWS::Route53::HealthCheck',
    Properties: {
      HealthCheckConfig: {
        Type: 'HTTPS',
        FullyQualifiedDomainName: { Ref: endpointParameter },
        ResourcePath: '/health',
        RequestInterval: 30,
        FailureThreshold: 3,
      },
    },
  };
}

/**
 * A dead-letter queue for an EventBridge rule's targets, with the queue policy that lets the rule
 * send to it: events a target cannot receive land there instead of being dropped.
 */
export function eventsDeadLetterQueue(ruleLogicalId: string): { EventsDeadLetterQueue: CfnMap; EventsDeadLetterQueuePolicy: CfnMap } {
  return {
    EventsDeadLetterQueue: { Type: 'AWS::SQS::Queue', Properties: { MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true } },
    EventsDeadLetterQueuePolicy: {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [intrinsic.ref('EventsDeadLetterQueue')],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: intrinsic.getAtt('EventsDeadLetterQueue', 'Arn'),
              Condition: { ArnEquals: { 'aws:SourceArn': intrinsic.getAtt(ruleLogicalId, 'Arn') } },
            },
          ],
        },
      },
    },
  };
}

/** A target's DeadLetterConfig pointing at the queue of `eventsDeadLetterQueue`. */
export const EVENTS_DEAD_LETTER_CONFIG: CfnMap = { Arn: intrinsic.getAtt('EventsDeadLetterQueue', 'Arn') };
