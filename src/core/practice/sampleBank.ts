/**
 * A few exam-style questions, one per domain, so practice and the mock exam work before the full
 * question bank (practice/bank/, a separate piece of data) is in place. Each rests on the notes it
 * names. Once the bank lands, questionBank.ts serves it instead.
 */
import type { Question } from './types';

export const SAMPLE_QUESTIONS: readonly Question[] = [
  {
    id: 'sample-t04-1',
    stem: 'A company deploys to 10 EC2 instances with CodeDeploy in place. Half of the fleet must keep serving during each deployment, and the deployment should finish faster than one instance at a time. Which deployment configuration meets these requirements?',
    options: [
      { id: 'A', text: '`CodeDeployDefault.AllAtOnce`', why: 'It deploys to as many instances as possible at once: nothing guarantees that half keep serving.' },
      { id: 'B', text: '`CodeDeployDefault.HalfAtATime`', why: 'It deploys to at most half the instances at a time (minimum healthy hosts 50%), so half keep serving and it is faster than one at a time.' },
      { id: 'C', text: '`CodeDeployDefault.OneAtATime`', why: 'It keeps the most instances serving but is the slowest, which the scenario rules out.' },
      { id: 'D', text: '`CodeDeployDefault.LambdaCanary10Percent5Minutes`', why: 'A Lambda configuration: it shifts alias traffic and cannot be used for an EC2 deployment group.' },
    ],
    answers: ['B'],
    topics: ['T04'],
    domain: 'D1',
    notes: ['codedeploy-half-at-a-time'],
    url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
  },
  {
    id: 'sample-t21-1',
    stem: 'A database password is stored as an SSM Parameter Store SecureString. The CloudFormation template that creates the RDS instance must use it without the value ever appearing in the template or in the stack. What should the template do?',
    options: [
      { id: 'A', text: 'Declare an `AWS::SSM::Parameter` of type `SecureString` and pass it with `Ref`', why: 'CloudFormation cannot create SecureString parameters, and `Ref` would not read the value anyway.' },
      { id: 'B', text: 'Set `MasterUserPassword` to `{{resolve:ssm-secure:db-password:1}}`', why: 'A dynamic reference: CloudFormation reads the SecureString when it creates or updates the instance and never stores or shows the value.' },
      { id: 'C', text: 'Pass the password as a `String` parameter with a `Default`', why: 'The default value sits in the template in plain text.' },
      { id: 'D', text: 'Read it with `Fn::ImportValue` from another stack', why: 'Exports are plain stack outputs: the value would be visible in both stacks.' },
    ],
    answers: ['B'],
    topics: ['T21'],
    domain: 'D6',
    notes: ['dynamic-reference-ssm-secure', 'ssm-parameter-secure-string'],
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-ssm-secure-strings.html',
  },
  {
    id: 'sample-t31-1',
    stem: 'An on-call team is paged by two CloudWatch alarms, one on latency and one on error rate, even when only one of them is high. The team wants a single page only when both are in ALARM. What is the simplest solution?',
    options: [
      { id: 'A', text: 'A composite alarm with the rule `ALARM(latency) AND ALARM(errors)` that notifies the team, and no actions on the two alarms', why: 'The composite alarm turns the two states into one, and leaving the child alarms without actions stops the separate pages.' },
      { id: 'B', text: 'Raise the thresholds of both alarms', why: 'Each alarm would still page on its own.' },
      { id: 'C', text: 'A Lambda function that polls both alarms every minute and pages when both are in ALARM', why: 'It works, but it is custom code for what a composite alarm does itself.' },
      { id: 'D', text: 'A metric math alarm that adds latency and error rate', why: 'A sum of two unrelated metrics can cross a threshold when only one of them is high.' },
    ],
    answers: ['A'],
    topics: ['T31'],
    domain: 'D4',
    notes: ['cloudwatch-composite-alarm'],
    url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Composite_Alarm.html',
  },
  {
    id: 'sample-t29-1',
    stem: 'An AWS Config rule finds S3 buckets without default encryption. Security wants non-compliant buckets fixed without manual intervention. Which TWO settings are needed? (Choose two.)',
    options: [
      { id: 'A', text: 'A remediation configuration with `Automatic: true` that runs an SSM Automation document', why: 'Automatic remediation runs the document for each non-compliant resource, which is what "without manual intervention" asks for.' },
      { id: 'B', text: 'An `AutomationAssumeRole` that the Automation document runs with', why: 'The document needs a role with permission to change the buckets.' },
      { id: 'C', text: 'An SNS topic subscribed to Config notifications', why: 'Notifications tell people about the problem; they fix nothing.' },
      { id: 'D', text: 'A CloudWatch dashboard of compliance', why: 'A dashboard shows compliance; it changes no resource.' },
      { id: 'E', text: 'A Config aggregator in the management account', why: 'An aggregator collects compliance data across accounts; it remediates nothing.' },
    ],
    answers: ['A', 'B'],
    topics: ['T29'],
    domain: 'D5',
    notes: ['config-remediation-automatic'],
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/remediation.html',
  },
  {
    id: 'sample-t09-1',
    stem: 'A CloudFormation stack update must replace the instances of an Auto Scaling group with a new AMI and continue only when the software on each new instance reports that it works. What should the template use?',
    options: [
      { id: 'A', text: '`AutoScalingRollingUpdate` with `WaitOnResourceSignals: true`, and `cfn-signal` at the end of the user data', why: 'The update then waits for each batch\'s success signals before the next batch, and fails and rolls back without them.' },
      { id: 'B', text: '`HealthCheckType: ELB` on the group', why: 'That makes the group replace instances the load balancer finds unhealthy; the stack update does not wait for it.' },
      { id: 'C', text: 'A `DependsOn` from the group to its launch template', why: 'The group already depends on the launch template through its reference; ordering does not check the software.' },
      { id: 'D', text: '`AutoScalingRollingUpdate` with a long `PauseTime` and no signals', why: 'CloudFormation then waits that long and goes on whether or not the instances work.' },
    ],
    answers: ['A'],
    topics: ['T09'],
    domain: 'D3',
    notes: ['asg-rolling-wait-on-signals', 'asg-rolling-pause-time'],
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html',
  },
  {
    id: 'sample-t28-1',
    stem: 'A stack holds an EBS volume (`AWS::EC2::Volume`) with application data. A DevOps engineer must make sure that the data survives both a deletion of the stack and an update that replaces the volume. Which setting meets both requirements?',
    options: [
      { id: 'A', text: '`DeletionPolicy: Snapshot` only', why: 'DeletionPolicy does not apply to replacement during an update; UpdateReplacePolicy (default Delete) does.' },
      { id: 'B', text: '`DeletionPolicy: Snapshot` and `UpdateReplacePolicy: Snapshot`', why: 'Each policy covers one of the two operations, so the data is snapshotted in both cases.' },
      { id: 'C', text: '`UpdateReplacePolicy: Retain` only', why: 'It protects against replacement, but a stack deletion follows DeletionPolicy, which for a volume defaults to Delete.' },
      { id: 'D', text: 'Termination protection on the stack', why: 'It stops deletions of the stack but not an update that replaces the volume.' },
    ],
    answers: ['B'],
    topics: ['T28'],
    domain: 'D2',
    notes: ['deletion-policy', 'update-replace-policy', 'update-replace-policy-snapshot'],
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatereplacepolicy.html',
  },
];
