/**
 * The detail-types each AWS service sends to EventBridge on its own (not via CloudTrail), as the
 * EventBridge events reference lists them, one page per service. Only services whose page gives a
 * complete list are here; a source missing from this table is never judged. Events delivered by
 * CloudTrail ("AWS API Call via CloudTrail" and the like) come from every source and are accepted apart.
 *
 * Left out on purpose: aws.ecs and aws.backup (their own user guides name event kinds, such as ECS
 * daemon deployments and Backup malware scan jobs, that the reference page does not list yet), and
 * aws.lambda (its events come through CloudTrail, and Lambda destinations send `lambda` events).
 */
export interface ServiceEvents {
  /** The EventBridge events reference page the list is taken from. */
  page: string;
  /** The detail-types, most used first (the first is the suggestion when nothing is closer). */
  types: readonly string[];
}

const REF = 'https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-';

export const SERVICE_DETAIL_TYPES: Readonly<Record<string, ServiceEvents>> = {
  'aws.autoscaling': {
    page: `${REF}autoscaling.html`,
    types: [
      'EC2 Instance Launch Successful',
      'EC2 Instance Launch Unsuccessful',
      'EC2 Instance Terminate Successful',
      'EC2 Instance Terminate Unsuccessful',
      'EC2 Instance-launch Lifecycle Action',
      'EC2 Instance-terminate Lifecycle Action',
      'EC2 Instance Detach Successful',
      'EC2 Instance Detach Unsuccessful',
      'EC2 Auto Scaling Instance Refresh Checkpoint Reached',
      'EC2 Auto Scaling Instance Refresh Started',
      'EC2 Auto Scaling Instance Refresh Succeeded',
      'EC2 Auto Scaling Instance Refresh Failed',
      'EC2 Auto Scaling Instance Refresh Cancelled',
      'EC2 Auto Scaling Instance Refresh Rollback Started',
      'EC2 Auto Scaling Instance Refresh Rollback Succeeded',
      'EC2 Auto Scaling Instance Refresh Rollback Failed',
      'EC2 Auto Scaling Instance Refresh Started Baking',
    ],
  },
  'aws.cloudformation': {
    page: `${REF}cloudformation.html`,
    types: [
      'CloudFormation Stack Status Change',
      'CloudFormation Resource Status Change',
      'CloudFormation Drift Detection Status Change',
      'CloudFormation Stack State Change',
      'CloudFormation StackSet Status Change',
      'CloudFormation StackSet StackInstance Status Change',
      'CloudFormation StackSet Operation Status Change',
      'CloudFormation Hook Invocation Progress',
    ],
  },
  'aws.codebuild': {
    page: `${REF}codebuild.html`,
    types: ['CodeBuild Build State Change', 'CodeBuild Build Phase Change', 'CodeBuild Fleet State Change'],
  },
  'aws.codecommit': {
    page: `${REF}codecommit.html`,
    types: [
      'CodeCommit Repository State Change',
      'CodeCommit Pull Request State Change',
      'CodeCommit Comment on Commit',
      'CodeCommit Comment on Pull Request',
      'CodeCommit Comment Reaction Change',
      'CodeCommit Approval Rule Template Change',
    ],
  },
  'aws.codedeploy': {
    page: `${REF}codedeploy.html`,
    types: ['CodeDeploy Deployment State-change Notification', 'CodeDeploy Instance State-change Notification'],
  },
  'aws.codepipeline': {
    page: `${REF}codepipeline.html`,
    types: ['CodePipeline Pipeline Execution State Change', 'CodePipeline Stage Execution State Change', 'CodePipeline Action Execution State Change'],
  },
  'aws.config': {
    page: `${REF}config.html`,
    types: [
      'Config Rules Compliance Change',
      'Config Configuration Item Change',
      'Config Configuration Snapshot Delivery Status',
      'Config Configuration History Delivery Status',
      'Config Rules Re-evaluation Status',
    ],
  },
  // The stored copies of this page differ in order and length; this is their union.
  'aws.ec2': {
    page: `${REF}ec2.html`,
    types: [
      'EC2 Instance State-change Notification',
      'EC2 Spot Instance Interruption Warning',
      'EC2 Instance Rebalance Recommendation',
      'EC2 Spot Instance Rebalance Recommended',
      'EC2 Spot Instance Request Fulfillment',
      'EBS Volume Notification',
      'EBS Snapshot Notification',
      'EBS Multi-Volume Snapshots Completion Status',
      'EBS Fast Snapshot Restore State-change Notification',
      'EBS Snapshot Acceleration State-change Notification',
      'EBS Copy Snapshot Missed Completion Duration',
      'EBS Snapshot Block Public Access Disabled',
      'EBS Snapshot Block Public Access Enabled',
      'EC2 AMI State Change',
      'EC2 AMI Available',
      'EC2 AMI Failed',
      'EC2 Fast Launch State-change Notification',
      'Capacity Block Delivered',
      'Capacity Block Expiration Warning',
      'EC2 Capacity Reservation Scheduled',
      'EC2 Capacity Reservation Active',
      'EC2 Capacity Reservation Failed',
      'EC2 Capacity Reservation Delayed',
      'EC2 Capacity Reservation Expired',
      'EC2 Capacity Reservation Unsupported',
      'EC2 Capacity Reservation Cancelled',
      'EC2 On-Demand Capacity Reservation Suspended',
      'EC2 On-Demand Capacity Reservation Suspension Failed',
      'EC2 On-Demand Capacity Reservation Unsuspended',
      'EC2 On-Demand Capacity Reservation Unsuspension Failed',
      'On-Demand Capacity Reservation Billing Ownership Request Pending',
      'On-Demand Capacity Reservation Billing Ownership Request Expired',
      'On-Demand Capacity Reservation Billing Ownership Request Cancelled',
      'On-Demand Capacity Reservation Billing Ownership Request Accepted',
      'On-Demand Capacity Reservation Billing Ownership Request Rejected',
      'On-Demand Capacity Reservation Billing Ownership Revoked',
      'Future Capacity Request in Assessing',
      'Future Capacity Request Scheduled',
      'Future Capacity Request Unsupported',
      'Future Capacity Request Delayed',
      'Future Capacity Request Completed',
      'Future Capacity Request Canceled',
      'Future Capacity Request Failed',
    ],
  },
  'aws.ecr': {
    page: `${REF}ecr.html`,
    types: [
      'ECR Image Action',
      'ECR Image Scan',
      'ECR Replication Action',
      'ECR Artifact Action',
      'ECR Referrer Action',
      'ECR Scan Resource Change',
      'ECR Pull Through Cache Action',
    ],
  },
  'aws.guardduty': {
    page: `${REF}guardduty.html`,
    types: [
      'GuardDuty Finding',
      'GuardDuty Runtime Protection Healthy',
      'GuardDuty Runtime Protection Unhealthy',
      'GuardDuty Malware Protection Object Scan Result',
      'GuardDuty Malware Protection Resource Status Active',
      'GuardDuty Malware Protection Resource Status Warning',
      'GuardDuty Malware Protection Resource Status Error',
      'GuardDuty Malware Protection Post Scan Action Failed',
    ],
  },
  'aws.health': {
    page: `${REF}health.html`,
    types: ['AWS Health Event', 'AWS Health Abuse Event'],
  },
  'aws.imagebuilder': {
    page: `${REF}imagebuilder.html`,
    types: [
      'EC2 Image Builder Image State Change',
      'EC2 Image Builder CVE Detected',
      'EC2 Image Builder Workflow Step Waiting',
      'EC2 Image Builder Image Pipeline Automatically Disabled',
    ],
  },
  'aws.inspector2': {
    page: `${REF}inspector2.html`,
    types: ['Inspector2 Finding', 'Inspector2 Scan', 'Inspector2 Coverage', 'Inspector2 AutoEnable', 'Inspector Finding', 'Inspector Scan'],
  },
  'aws.rds': {
    page: `${REF}rds.html`,
    types: [
      'RDS DB Instance Event',
      'RDS DB Cluster Event',
      'RDS DB Snapshot Event',
      'RDS DB Cluster Snapshot Event',
      'RDS DB Parameter Group Event',
      'RDS DB Security Group Event',
      'RDS DB Proxy Event',
      'RDS Blue Green Deployment Event',
      'RDS Custom Engine Version Event',
      'RDS DB Shard Group Event',
      'RDS Zero ETL Event',
    ],
  },
  'aws.s3': {
    page: `${REF}s3.html`,
    types: [
      'Object Created',
      'Object Deleted',
      'Object Restore Initiated',
      'Object Restore Completed',
      'Object Restore Expired',
      'Object Tags Added',
      'Object Tags Deleted',
      'Object ACL Updated',
      'Object Storage Class Changed',
      'Object Access Tier Changed',
      'Async Copy Completion',
    ],
  },
  'aws.securityhub': {
    page: `${REF}securityhub.html`,
    types: [
      'Security Hub Findings - Imported',
      'Security Hub Findings - Custom Action',
      'Security Hub Insight Results',
      'Security Hub Standard Results',
      'Security Hub Findings',
      'Findings Imported V2',
    ],
  },
  'aws.ssm': {
    page: `${REF}ssm.html`,
    types: [
      'EC2 Command Status-change Notification',
      'EC2 Command Invocation Status-change Notification',
      'EC2 Automation Execution Status-change Notification',
      'EC2 Automation Step Status-change Notification',
      'EC2 State Manager Association State Change',
      'EC2 State Manager Instance Association State Change',
      'Parameter Store Change',
      'Parameter Store Policy Action',
      'Configuration Compliance State Change',
      'Inventory Resource State Change',
      'Maintenance Window State-change Notification',
      'Maintenance Window Execution State-change Notification',
      'Maintenance Window Task Execution State-change Notification',
      'Maintenance Window Target Registration Notification',
      'Maintenance Window Task Target Invocation State-change Notification',
      'Maintenance Window Task Registration Notification',
      'Calendar State Change',
      'OpsItem Create',
      'OpsItem Update',
      'Change Request Status Update',
      'Change Request Template Document Review Status Update',
      'Document Review Status Update',
      'Impact Assessment Created',
      'Approver Access Request Status Update',
      'Requester Access Request Status Update',
      'JITNA Access Request Failed',
      'SSM Managed Instance Registration',
      'SSM Managed Instance Deregistration',
      'SSM Managed Instance Public Key Update',
    ],
  },
};

/**
 * Detail-types of services whose list here is not complete (see above): never used to judge a
 * pattern, only to say which source sends a detail-type written under the wrong source.
 */
export const PARTIAL_DETAIL_TYPES: Readonly<Record<string, readonly string[]>> = {
  // ${REF}ecs.html
  'aws.ecs': ['ECS Task State Change', 'ECS Container Instance State Change', 'ECS Service Action', 'ECS Deployment State Change'],
  // ${REF}backup.html
  'aws.backup': [
    'Backup Job State Change',
    'Copy Job State Change',
    'Restore Job State Change',
    'Backup Vault State Change',
    'Backup Plan State Change',
    'Recovery Point Change',
    'Recovery Point State Change',
    'Region Setting State Change',
    'Recovery Point Index State Change',
  ],
};

/** What CloudTrail delivers for any source: API calls, service events, console actions and sign-ins, Insights. */
export const CLOUDTRAIL_DETAIL_TYPE = / via CloudTrail$/i;
