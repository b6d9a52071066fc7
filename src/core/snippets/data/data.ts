import { choice, num, tab } from '../placeholders';
import { intrinsic, type SnippetDef } from '../types';
import { serviceRole } from './common';

const { ref, getAtt, sub } = intrinsic;

const ACCOUNT_ROOT_KEY_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'AccountAdmins', Effect: 'Allow', Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') }, Action: 'kms:*', Resource: '*' }],
};

export const DATA_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-rds-multiaz',
    title: 'RDS Multi-AZ with a customer managed KMS key, snapshot policies and a read replica',
    topics: ['T20'],
    description:
      'Multi-AZ is a synchronous standby for failover, not a read endpoint; a read replica is. DeletionPolicy and ' +
      'UpdateReplacePolicy Snapshot keep a final snapshot when the instance is deleted or replaced. RDS cannot create a ' +
      'read replica of a source whose master password it manages in Secrets Manager, so the password is generated in a ' +
      'secret of the stack and read with a dynamic reference. The KMS key and the secret are retained too: the final snapshot ' +
      'cannot be restored once its key is deleted, and the secret holds its master password.',
    parameters: { DBSubnetGroupName: { Type: 'String', Description: 'A DB subnet group spanning two AZs' } },
    resources: {
      DatabaseKey: {
        Type: 'AWS::KMS::Key',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: { EnableKeyRotation: true, KeyPolicy: ACCOUNT_ROOT_KEY_POLICY },
      },
      DatabaseSecret: {
        Type: 'AWS::SecretsManager::Secret',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          KmsKeyId: ref('DatabaseKey'),
          GenerateSecretString: { SecretStringTemplate: '{"username": "admin_user"}', GenerateStringKey: 'password', PasswordLength: 32, ExcludeCharacters: '"@/\\' },
        },
      },
      [tab(1, 'PrimaryDatabase')]: {
        Type: 'AWS::RDS::DBInstance',
        DeletionPolicy: 'Snapshot',
        UpdateReplacePolicy: 'Snapshot',
        Properties: {
          Engine: choice(2, ['mysql', 'postgres', 'mariadb']),
          DBInstanceClass: tab(3, 'db.t3.medium'),
          AllocatedStorage: '20',
          MultiAZ: true,
          StorageEncrypted: true,
          KmsKeyId: ref('DatabaseKey'),
          MasterUsername: sub('{{resolve:secretsmanager:${DatabaseSecret}:SecretString:username}}'),
          MasterUserPassword: sub('{{resolve:secretsmanager:${DatabaseSecret}:SecretString:password}}'),
          BackupRetentionPeriod: num(4, 7),
          DBSubnetGroupName: ref('DBSubnetGroupName'),
        },
      },
      ReadReplica: {
        Type: 'AWS::RDS::DBInstance',
        Properties: {
          SourceDBInstanceIdentifier: ref(tab(1, 'PrimaryDatabase')),
          DBInstanceClass: tab(3, 'db.t3.medium'),
        },
      },
    },
  },
  {
    prefix: 'cfn-secret-rotation',
    title: 'Secrets Manager secret with rotation, used through a dynamic reference',
    topics: ['T21'],
    description:
      'CloudFormation cannot create an SSM SecureString; generate the password in Secrets Manager and read it with ' +
      '{{resolve:secretsmanager:...}}. The hosted rotation Lambda rotates it on a schedule. For the master user alone, ' +
      'ManageMasterUserPassword is simpler: RDS then keeps the password in Secrets Manager and rotates it without a Lambda.',
    transform: 'AWS::SecretsManager-2024-09-16',
    parameters: { DBSubnetGroupName: { Type: 'String' }, VpcSecurityGroupId: { Type: 'AWS::EC2::SecurityGroup::Id' }, SubnetIds: { Type: 'List<AWS::EC2::Subnet::Id>' } },
    resources: {
      [tab(1, 'DatabaseSecret')]: {
        Type: 'AWS::SecretsManager::Secret',
        Properties: {
          GenerateSecretString: { SecretStringTemplate: '{"username": "app_user"}', GenerateStringKey: 'password', PasswordLength: 32, ExcludeCharacters: '"@/\\' },
        },
      },
      AppDatabase: {
        Type: 'AWS::RDS::DBInstance',
        DeletionPolicy: 'Snapshot',
        UpdateReplacePolicy: 'Snapshot',
        Properties: {
          Engine: 'mysql',
          DBInstanceClass: 'db.t3.micro',
          AllocatedStorage: '20',
          MultiAZ: true,
          StorageEncrypted: true,
          DBSubnetGroupName: ref('DBSubnetGroupName'),
          VPCSecurityGroups: [ref('VpcSecurityGroupId')],
          MasterUsername: sub(`{{resolve:secretsmanager:\${${tab(1, 'DatabaseSecret')}}:SecretString:username}}`),
          MasterUserPassword: sub(`{{resolve:secretsmanager:\${${tab(1, 'DatabaseSecret')}}:SecretString:password}}`),
        },
      },
      SecretAttachment: {
        Type: 'AWS::SecretsManager::SecretTargetAttachment',
        Properties: { SecretId: ref(tab(1, 'DatabaseSecret')), TargetId: ref('AppDatabase'), TargetType: 'AWS::RDS::DBInstance' },
      },
      SecretRotation: {
        Type: 'AWS::SecretsManager::RotationSchedule',
        DependsOn: 'SecretAttachment',
        Properties: {
          SecretId: ref(tab(1, 'DatabaseSecret')),
          HostedRotationLambda: {
            RotationType: 'MySQLSingleUser',
            VpcSecurityGroupIds: ref('VpcSecurityGroupId'),
            VpcSubnetIds: { 'Fn::Join': [',', ref('SubnetIds')] },
          },
          RotationRules: { ScheduleExpression: tab(2, 'rate(30 days)') },
        },
      },
    },
  },
  {
    prefix: 'cfn-backup-cross-region',
    title: 'AWS Backup plan with a cross-region copy',
    topics: ['T22'],
    description:
      'A copy action sends each recovery point to a vault in another region (or account): the backup-and-restore DR strategy, ' +
      'with RPO set by the schedule and RTO by the restore time.',
    parameters: { DestinationVaultArn: { Type: 'String', Description: 'Backup vault ARN in the other region' } },
    resources: {
      PrimaryVault: { Type: 'AWS::Backup::BackupVault', DeletionPolicy: 'Retain', Properties: { BackupVaultName: sub('${AWS::StackName}-vault') } },
      [tab(1, 'DailyBackupPlan')]: {
        Type: 'AWS::Backup::BackupPlan',
        Properties: {
          BackupPlan: {
            BackupPlanName: sub('${AWS::StackName}-daily'),
            BackupPlanRule: [
              {
                RuleName: 'daily-with-copy',
                TargetBackupVault: ref('PrimaryVault'),
                ScheduleExpression: tab(2, 'cron(0 5 * * ? *)'),
                Lifecycle: { DeleteAfterDays: num(3, 35) },
                CopyActions: [{ DestinationBackupVaultArn: ref('DestinationVaultArn'), Lifecycle: { DeleteAfterDays: 35 } }],
              },
            ],
          },
        },
      },
      BackupRole: serviceRole('backup.amazonaws.com', ['arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup']),
      TaggedResources: {
        Type: 'AWS::Backup::BackupSelection',
        Properties: {
          BackupPlanId: ref(tab(1, 'DailyBackupPlan')),
          BackupSelection: {
            SelectionName: 'tagged',
            IamRoleArn: getAtt('BackupRole', 'Arn'),
            ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }],
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-s3-replication',
    title: 'S3 bucket with encryption, versioning and cross-account replication',
    topics: ['T23'],
    description:
      'Replication needs versioning on both buckets and a role S3 assumes; a rule with Filter, Priority and ' +
      'DeleteMarkerReplication is the current form. KMS-encrypted objects replicate only when the rule selects them ' +
      '(SseKmsEncryptedObjects) and names a key in the destination (ReplicaKmsKeyID), with kms:Decrypt on the source key and ' +
      'kms:Encrypt on that key for the role. A destination bucket with bucket-owner-enforced Object Ownership (the default for new ' +
      'buckets) owns the replicas, which replaces the older owner override (AccessControlTranslation, kept here for the exam). ' +
      'The role\'s permissions name the source bucket by its Arn, in a policy of their own: the bucket names the role, so a ' +
      'policy inside the role that named the bucket would be a circular dependency.',
    parameters: {
      DestinationBucketArn: { Type: 'String', Description: 'Versioned bucket in the other account; its bucket policy lets the replication role replicate and change the owner' },
      DestinationAccountId: { Type: 'String', AllowedPattern: '^\\d{12}$' },
      DestinationKeyArn: { Type: 'String', Description: 'KMS key in the destination account and Region; its key policy lets the replication role encrypt' },
    },
    resources: {
      SourceKey: {
        Type: 'AWS::KMS::Key',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: { EnableKeyRotation: true, KeyPolicy: ACCOUNT_ROOT_KEY_POLICY },
      },
      ReplicationRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
        },
      },
      ReplicationPolicy: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: 'replicate',
          Roles: [ref('ReplicationRole')],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: ['s3:GetReplicationConfiguration', 's3:ListBucket'], Resource: getAtt(tab(1, 'SourceBucket'), 'Arn') },
              {
                Effect: 'Allow',
                Action: ['s3:GetObjectVersionForReplication', 's3:GetObjectVersionAcl', 's3:GetObjectVersionTagging'],
                Resource: sub(`\${${tab(1, 'SourceBucket')}.Arn}/*`),
              },
              { Effect: 'Allow', Action: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags', 's3:ObjectOwnerOverrideToBucketOwner'], Resource: sub('${DestinationBucketArn}/*') },
              { Effect: 'Allow', Action: 'kms:Decrypt', Resource: getAtt('SourceKey', 'Arn') },
              { Effect: 'Allow', Action: 'kms:Encrypt', Resource: ref('DestinationKeyArn') },
            ],
          },
        },
      },
      [tab(1, 'SourceBucket')]: {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt('SourceKey', 'Arn') }, BucketKeyEnabled: true },
            ],
          },
          VersioningConfiguration: { Status: 'Enabled' },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          ReplicationConfiguration: {
            Role: getAtt('ReplicationRole', 'Arn'),
            Rules: [
              {
                Id: 'to-other-account',
                Status: 'Enabled',
                Priority: 1,
                Filter: { Prefix: '' },
                DeleteMarkerReplication: { Status: choice(2, ['Disabled', 'Enabled']) },
                SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
                Destination: {
                  Bucket: ref('DestinationBucketArn'),
                  Account: ref('DestinationAccountId'),
                  AccessControlTranslation: { Owner: 'Destination' },
                  EncryptionConfiguration: { ReplicaKmsKeyID: ref('DestinationKeyArn') },
                },
              },
            ],
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-dynamodb-gsi-lsi',
    title: 'DynamoDB table with a GSI and an LSI',
    topics: ['T24'],
    description:
      'An LSI shares the partition key, can only be created with the table and allows strongly consistent reads; a GSI ' +
      'has any key, can be added later, and is eventually consistent.',
    resources: {
      [tab(1, 'OrdersTable')]: {
        Type: 'AWS::DynamoDB::Table',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: 'customerId', AttributeType: 'S' },
            { AttributeName: 'orderDate', AttributeType: 'S' },
            { AttributeName: 'orderStatus', AttributeType: 'S' },
            { AttributeName: 'orderTotal', AttributeType: 'N' },
          ],
          KeySchema: [
            { AttributeName: 'customerId', KeyType: 'HASH' },
            { AttributeName: 'orderDate', KeyType: 'RANGE' },
          ],
          LocalSecondaryIndexes: [
            {
              IndexName: 'by-total',
              KeySchema: [
                { AttributeName: 'customerId', KeyType: 'HASH' },
                { AttributeName: 'orderTotal', KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'KEYS_ONLY' },
            },
          ],
          GlobalSecondaryIndexes: [
            {
              IndexName: 'by-status',
              KeySchema: [
                { AttributeName: 'orderStatus', KeyType: 'HASH' },
                { AttributeName: 'orderDate', KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: choice(2, ['ALL', 'KEYS_ONLY']) },
            },
          ],
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        },
      },
    },
  },
];
