import { choice, num, tab } from '../placeholders';
import { intrinsic, type CfnMap, type SnippetDef } from '../types';
import { CODEDEPLOY_ROLE, EVENTS_DEAD_LETTER_CONFIG, eventsDeadLetterQueue } from './common';

const { ref, getAtt, sub } = intrinsic;

function stageAction(name: string, category: string, provider: string, configuration: CfnMap, io: CfnMap): CfnMap {
  return { Name: name, ActionTypeId: { Category: category, Owner: 'AWS', Provider: provider, Version: '1' }, Configuration: configuration, ...io };
}

const BUILDSPEC = [
  'version: 0.2',
  'phases:',
  '  pre_build:',
  '    commands:',
  '      - aws ecr get-login-password --region $AWS_DEFAULT_REGION | docker login --username AWS --password-stdin ${REPOSITORY_URI%%/*}',
  '      - IMAGE_TAG=$(echo $CODEBUILD_RESOLVED_SOURCE_VERSION | cut -c 1-7)',
  '  build:',
  '    commands:',
  '      - docker build -t $REPOSITORY_URI:$IMAGE_TAG .',
  '  post_build:',
  '    commands:',
  '      - docker push $REPOSITORY_URI:$IMAGE_TAG',
  '',
].join('\n');

export const PIPELINE_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-codecommit-repo',
    title: 'CodeCommit repository with push trigger and pull-request notifications',
    topics: ['T01'],
    description:
      'Repository triggers fire on pushes (branch and tag changes) to SNS or Lambda; a trigger must list its Branches, and an ' +
      'empty list means every branch. Pull-request events need a CodeStar Notifications rule (or EventBridge). Other accounts ' +
      'get in by assuming a role in this account.',
    parameters: { TrustedAccountId: { Type: 'String', AllowedPattern: '^\\d{12}$', Description: 'Account whose users may clone' } },
    resources: {
      RepoEventsTopic: { Type: 'AWS::SNS::Topic' },
      RepoEventsTopicPolicy: {
        Type: 'AWS::SNS::TopicPolicy',
        Properties: {
          Topics: [ref('RepoEventsTopic')],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'codestar-notifications.amazonaws.com' },
                Action: 'sns:Publish',
                Resource: ref('RepoEventsTopic'),
              },
            ],
          },
        },
      },
      [tab(1, 'AppRepository')]: {
        Type: 'AWS::CodeCommit::Repository',
        Properties: {
          RepositoryName: tab(2, 'exam-app'),
          Triggers: [
            {
              Name: 'on-push',
              DestinationArn: ref('RepoEventsTopic'),
              Branches: [],
              Events: [choice(3, ['all', 'updateReference', 'createReference', 'deleteReference'])],
            },
          ],
        },
      },
      PullRequestNotifications: {
        Type: 'AWS::CodeStarNotifications::NotificationRule',
        Properties: {
          Name: sub('${AWS::StackName}-pull-requests'),
          DetailType: 'FULL',
          Resource: getAtt(tab(1, 'AppRepository'), 'Arn'),
          EventTypeIds: ['codecommit-repository-pull-request-created', 'codecommit-repository-pull-request-merged'],
          Targets: [{ TargetType: 'SNS', TargetAddress: ref('RepoEventsTopic') }],
        },
      },
      CrossAccountGitRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: sub('arn:${AWS::Partition}:iam::${TrustedAccountId}:root') }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'git-pull-push',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: ['codecommit:GitPull', 'codecommit:GitPush'], Resource: getAtt(tab(1, 'AppRepository'), 'Arn') }],
              },
            },
          ],
        },
      },
    },
  },
  {
    prefix: 'cfn-pipeline-cross-region',
    title: 'CodePipeline CodeCommit → CodeBuild → CodeDeploy, KMS artifact store, cross-region action',
    topics: ['T02'],
    description:
      'A cross-region action needs ArtifactStores (one per region, instead of ArtifactStore) and a bucket in each region. ' +
      'A customer managed KMS key on the store is what lets roles in other accounts decrypt the artifacts. PipelineType V2 ' +
      'adds release safety: here a failed Deploy stage rolls back to its last successful execution (OnFailure ROLLBACK).',
    parameters: {
      RepositoryName: { Type: 'String', Default: 'exam-app' },
      BuildProjectName: { Type: 'String' },
      ApplicationName: { Type: 'String', Description: 'CodeDeploy application, in both regions' },
      DeploymentGroupName: { Type: 'String', Description: 'CodeDeploy deployment group, in both regions' },
      SecondRegion: { Type: 'String', Default: 'us-west-2' },
      SecondRegionArtifactBucket: { Type: 'String', Description: 'Existing bucket in the second region' },
      SecondRegionKeyArn: { Type: 'String', Description: 'KMS key ARN in the second region' },
    },
    resources: {
      ArtifactKey: {
        Type: 'AWS::KMS::Key',
        Properties: {
          EnableKeyRotation: true,
          KeyPolicy: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') }, Action: 'kms:*', Resource: '*' },
            ],
          },
        },
      },
      ArtifactBucket: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt('ArtifactKey', 'Arn') } }],
          },
          VersioningConfiguration: { Status: 'Enabled' },
        },
      },
      PipelineRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'codepipeline.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'pipeline',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetBucketVersioning'], Resource: '*' },
                  { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: [getAtt('ArtifactKey', 'Arn'), ref('SecondRegionKeyArn')] },
                  { Effect: 'Allow', Action: ['codecommit:GetBranch', 'codecommit:GetCommit', 'codecommit:UploadArchive', 'codecommit:GetUploadArchiveStatus'], Resource: '*' },
                  { Effect: 'Allow', Action: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'], Resource: '*' },
                  { Effect: 'Allow', Action: ['codedeploy:CreateDeployment', 'codedeploy:GetDeployment', 'codedeploy:GetDeploymentConfig', 'codedeploy:GetApplicationRevision', 'codedeploy:RegisterApplicationRevision', 'codedeploy:GetApplication'], Resource: '*' },
                ],
              },
            },
          ],
        },
      },
      PipelineEventRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'start-pipeline',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 'codepipeline:StartPipelineExecution',
                    Resource: sub(`arn:\${AWS::Partition}:codepipeline:\${AWS::Region}:\${AWS::AccountId}:\${${tab(1, 'DeliveryPipeline')}}`),
                  },
                ],
              },
            },
          ],
        },
      },
      PushRule: {
        Type: 'AWS::Events::Rule',
        Properties: {
          Description: 'Start the pipeline on a push to the branch (PollForSourceChanges is false)',
          EventPattern: {
            source: ['aws.codecommit'],
            'detail-type': ['CodeCommit Repository State Change'],
            resources: [sub('arn:${AWS::Partition}:codecommit:${AWS::Region}:${AWS::AccountId}:${RepositoryName}')],
            detail: { referenceType: ['branch'], referenceName: [tab(2, 'main')] },
          },
          Targets: [
            {
              Id: 'pipeline',
              Arn: sub(`arn:\${AWS::Partition}:codepipeline:\${AWS::Region}:\${AWS::AccountId}:\${${tab(1, 'DeliveryPipeline')}}`),
              RoleArn: getAtt('PipelineEventRole', 'Arn'),
              DeadLetterConfig: EVENTS_DEAD_LETTER_CONFIG,
            },
          ],
        },
      },
      ...eventsDeadLetterQueue('PushRule'),
      [tab(1, 'DeliveryPipeline')]: {
        Type: 'AWS::CodePipeline::Pipeline',
        Properties: {
          PipelineType: 'V2',
          RoleArn: getAtt('PipelineRole', 'Arn'),
          ArtifactStores: [
            {
              Region: ref('AWS::Region'),
              ArtifactStore: { Type: 'S3', Location: ref('ArtifactBucket'), EncryptionKey: { Id: getAtt('ArtifactKey', 'Arn'), Type: 'KMS' } },
            },
            {
              Region: ref('SecondRegion'),
              ArtifactStore: { Type: 'S3', Location: ref('SecondRegionArtifactBucket'), EncryptionKey: { Id: ref('SecondRegionKeyArn'), Type: 'KMS' } },
            },
          ],
          Stages: [
            {
              Name: 'Source',
              Actions: [
                stageAction('Source', 'Source', 'CodeCommit', { RepositoryName: ref('RepositoryName'), BranchName: tab(2, 'main'), PollForSourceChanges: false }, {
                  OutputArtifacts: [{ Name: 'SourceOutput' }],
                }),
              ],
            },
            {
              Name: 'Build',
              Actions: [
                stageAction('Build', 'Build', 'CodeBuild', { ProjectName: ref('BuildProjectName') }, {
                  InputArtifacts: [{ Name: 'SourceOutput' }],
                  OutputArtifacts: [{ Name: 'BuildOutput' }],
                }),
              ],
            },
            {
              Name: 'Deploy',
              OnFailure: { Result: 'ROLLBACK' },
              Actions: [
                stageAction('DeployHere', 'Deploy', 'CodeDeploy', { ApplicationName: ref('ApplicationName'), DeploymentGroupName: ref('DeploymentGroupName') }, {
                  InputArtifacts: [{ Name: 'BuildOutput' }],
                  RunOrder: 1,
                }),
                stageAction('DeploySecondRegion', 'Deploy', 'CodeDeploy', { ApplicationName: ref('ApplicationName'), DeploymentGroupName: ref('DeploymentGroupName') }, {
                  InputArtifacts: [{ Name: 'BuildOutput' }],
                  Region: ref('SecondRegion'),
                  RunOrder: 2,
                }),
              ],
            },
          ],
        },
      },
    },
  },
  {
    prefix: 'cfn-codebuild-docker-ecr',
    title: 'CodeBuild project that builds a Docker image and pushes it to ECR',
    topics: ['T03'],
    description:
      'Building images needs PrivilegedMode: true (Docker daemon in the build container). The buildspec logs in to ECR, ' +
      'builds, tags and pushes; the service role needs ecr:GetAuthorizationToken plus push actions on the repository. Pushed ' +
      'images are scanned by the registry-level scanning configuration (see cfn-ecr-cross-account), not a repository setting.',
    resources: {
      ImageRepository: { Type: 'AWS::ECR::Repository', Properties: { ImageTagMutability: 'IMMUTABLE' } },
      BuildRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'build',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
                  {
                    Effect: 'Allow',
                    Action: ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage', 'ecr:BatchGetImage'],
                    Resource: getAtt('ImageRepository', 'Arn'),
                  },
                  { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' },
                  { Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject'], Resource: '*' },
                ],
              },
            },
          ],
        },
      },
      [tab(1, 'ImageBuild')]: {
        Type: 'AWS::CodeBuild::Project',
        Properties: {
          ServiceRole: getAtt('BuildRole', 'Arn'),
          Source: { Type: 'CODEPIPELINE', BuildSpec: BUILDSPEC },
          Artifacts: { Type: 'CODEPIPELINE' },
          Environment: {
            Type: 'LINUX_CONTAINER',
            ComputeType: choice(2, ['BUILD_GENERAL1_SMALL', 'BUILD_GENERAL1_MEDIUM', 'BUILD_GENERAL1_LARGE']),
            Image: 'aws/codebuild/amazonlinux-x86_64-standard:6.0',
            PrivilegedMode: true,
            EnvironmentVariables: [{ Name: 'REPOSITORY_URI', Value: getAtt('ImageRepository', 'RepositoryUri') }],
          },
        },
      },
    },
  },
  {
    prefix: 'cfn-codedeploy-inplace',
    title: 'CodeDeploy application, in-place group by EC2 tags, custom deployment config',
    topics: ['T04'],
    description:
      'In-place deployments stop, update and restart the app on instances found by tag filters. The built-in configs are ' +
      'AllAtOnce, HalfAtATime and OneAtATime; a custom config sets the minimum healthy hosts as a percentage of the fleet ' +
      '(FLEET_PERCENT, here 75) or as a number of instances (HOST_COUNT).',
    resources: {
      InPlaceApplication: { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'Server' } },
      InPlaceDeployRole: CODEDEPLOY_ROLE,
      [tab(1, 'SeventyFivePercentHealthy')]: {
        Type: 'AWS::CodeDeploy::DeploymentConfig',
        Properties: { ComputePlatform: 'Server', MinimumHealthyHosts: { Type: 'FLEET_PERCENT', Value: num(2, 75) } },
      },
      InPlaceDeploymentGroup: {
        Type: 'AWS::CodeDeploy::DeploymentGroup',
        Properties: {
          ApplicationName: ref('InPlaceApplication'),
          ServiceRoleArn: getAtt('InPlaceDeployRole', 'Arn'),
          DeploymentConfigName: ref(tab(1, 'SeventyFivePercentHealthy')),
          DeploymentStyle: { DeploymentType: 'IN_PLACE', DeploymentOption: 'WITHOUT_TRAFFIC_CONTROL' },
          Ec2TagFilters: [{ Key: tab(3, 'Environment'), Value: tab(4, 'production'), Type: 'KEY_AND_VALUE' }],
          AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE'] },
        },
      },
    },
  },
];
