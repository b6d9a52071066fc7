/** Edge cases of the delivery-pipeline checks (T01–T03): intrinsics, conditions, strings for booleans, JSON. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, only } from '../exam/helpers';
import { check, paths } from './helpers';

function repository(events: string, extra = ''): string {
  return `Parameters:
  EventList:
    Type: CommaDelimitedList
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Repo:
    Type: AWS::CodeCommit::Repository
    Properties:
      RepositoryName: app
      Triggers:
        - Name: t
          DestinationArn: !Ref Topic
          Events: ${events}
${extra}`;
}

describe('CodeCommit trigger checks', () => {
  it('CX0110 reports "all" beside other events, not alone or computed', () => {
    assert.deepEqual(paths('CX0110', repository('[updateReference, all]')), ['Resources/Repo/Properties/Triggers/0/Events/1']);
    assert.deepEqual(paths('CX0110', repository('[all]')), []);
    assert.deepEqual(paths('CX0110', repository('!Ref EventList')), []);
  });

  it('CX0111 reports unknown events, points pull request events to notification rules, and skips intrinsics', () => {
    const found = only(check('CX0111', repository("[updateReference, pullRequestCreated, !If [C, all, createReference]]")));
    assert.match(found.message, /notification rule or an EventBridge rule/);
    assert.deepEqual(paths('CX0111', repository('[createReference, deleteReference]')), []);
  });

  it('CX0112 stays silent when a permission is computed or the target is not a function of the template', () => {
    const lambda = `  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/r
      Code:
        ZipFile: x
`;
    const trigger = (destination: string, permission = '') =>
      `Parameters:
  PrincipalName:
    Type: String
Resources:
${lambda}${permission}  Repo:
    Type: AWS::CodeCommit::Repository
    Properties:
      RepositoryName: app
      Triggers:
        - Name: t
          DestinationArn: ${destination}
          Events: [all]
`;
    assert.deepEqual(paths('CX0112', trigger('!GetAtt Fn.Arn')), ['Resources/Repo/Properties/Triggers/0/DestinationArn']);
    const computed = `  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: !Ref PrincipalName
`;
    assert.deepEqual(paths('CX0112', trigger('!GetAtt Fn.Arn', computed)), []);
    assert.deepEqual(paths('CX0112', trigger('!ImportValue shared-function-arn')), []);
  });
});

function pipeline(stages: string, extra = '', properties = ''): string {
  return `Parameters:
  Poll:
    Type: String
  Mode:
    Type: String
Conditions:
  C: !Equals [!Ref Poll, 'x']
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: !GetAtt Role.Arn
${properties || '      ArtifactStore: {Type: S3, Location: bucket}\n'}      Stages:
${stages}${extra}`;
}

const SOURCE = (poll: string, out = 'Src') => `        - Name: Source
          Actions:
            - Name: S
              ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: '1'}
              Configuration: {RepositoryName: app, BranchName: main${poll === '' ? '' : `, PollForSourceChanges: ${poll}`}}
              OutputArtifacts: [{Name: ${out}}]
`;
const BUILD = (input: string, order = '', name = 'B', out = 'Out') => `            - Name: ${name}
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: p}
              InputArtifacts: [{Name: ${input}}]
              OutputArtifacts: [{Name: ${out}}]
${order ? `              RunOrder: ${order}\n` : ''}`;
const RULE = (targets: string) => `  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: {source: [aws.codecommit]}
      Targets: ${targets}
`;

describe('pipeline change detection', () => {
  const stages = (poll: string) => SOURCE(poll) + '        - Name: Build\n          Actions:\n' + BUILD('Src');

  it('CX0115 reads "false" strings, skips parameters, and counts a rule with computed targets as a possible start', () => {
    assert.deepEqual(paths('CX0115', pipeline(stages("'false'"))), ['Resources/Pipeline/Properties/Stages/0/Actions/0/Configuration/PollForSourceChanges']);
    assert.deepEqual(paths('CX0115', pipeline(stages('!Ref Poll'))), []);
    assert.deepEqual(paths('CX0115', pipeline(stages('false'), RULE('!Ref AWS::NoValue'))), []);
  });

  it('CX0115 leaves a source with polling off alone when another source action of the pipeline starts it', () => {
    const second = `            - Name: Tools
              ActionTypeId: {Category: Source, Owner: AWS, Provider: S3, Version: '1'}
              Configuration: {S3Bucket: tools, S3ObjectKey: tools.zip, PollForSourceChanges: false}
              OutputArtifacts: [{Name: Tools}]
`;
    const twoSources = (poll: string) => SOURCE(poll) + second + '        - Name: Build\n          Actions:\n' + BUILD('Src');
    assert.deepEqual(paths('CX0115', pipeline(twoSources("'true'"))), []);
    assert.deepEqual(paths('CX0115', pipeline(twoSources(''))), []);
    assert.equal(paths('CX0115', pipeline(twoSources('false'))).length, 2);
  });

  it('CX0115 counts a rule whose target is the pipeline ARN written with the name the pipeline is given', () => {
    const named = (name: string, arnTail: string) =>
      pipeline(stages('false'), RULE(`[{Id: p, Arn: !Sub 'arn:aws:codepipeline:\${AWS::Region}:\${AWS::AccountId}:${arnTail}', RoleArn: arn:aws:iam::123456789012:role/e}]`), `      ArtifactStore: {Type: S3, Location: bucket}\n      Name: ${name}\n`);
    assert.deepEqual(paths('CX0115', named('orders', 'orders')), []);
    assert.deepEqual(paths('CX0115', named('!Ref Poll', '\${Poll}')), []);
    assert.equal(paths('CX0115', named('orders', 'payments')).length, 1);
    assert.deepEqual(paths('CX0115', named("!Sub '${AWS::StackName}-pipeline'", '${AWS::StackName}-pipeline')), []);
    assert.equal(paths('CX0115', named("!Sub '${AWS::StackName}-pipeline'", '${AWS::StackName}-other')).length, 1);
  });

  it('CX0115 takes a pipeline whose Name is computed beyond reading as one any pipeline target may start', () => {
    const computed = (arn: string) =>
      pipeline(stages('false'), RULE(`[{Id: p, Arn: ${arn}, RoleArn: arn:aws:iam::123456789012:role/e}]`), '      ArtifactStore: {Type: S3, Location: bucket}\n      Name: !FindInMap [Names, !Ref AWS::Region, Pipeline]\n');
    assert.deepEqual(paths('CX0115', computed("!Sub 'arn:aws:codepipeline:${AWS::Region}:${AWS::AccountId}:orders'")), []);
    assert.deepEqual(paths('CX0115', computed("!Join [':', [arn:aws:codepipeline, !Ref AWS::Region, !Ref AWS::AccountId, orders]]")), []);
    assert.equal(paths('CX0115', computed("!Sub 'arn:aws:sns:${AWS::Region}:${AWS::AccountId}:alerts'")).length, 1);
  });

  it('CX0116 reports polling left at its default beside a rule, and its fix turns polling off', () => {
    const rule = RULE("[{Id: p, Arn: !Sub 'arn:aws:codepipeline:${AWS::Region}:${AWS::AccountId}:${Pipeline}', RoleArn: arn:aws:iam::123456789012:role/e}]");
    const text = pipeline(stages(''), rule);
    const found = only(check('CX0116', text));
    assert.deepEqual(check('CX0116', applyEdits(text, found.fixes![0].edits)), []);
    assert.deepEqual(paths('CX0116', pipeline(stages("'true'"), rule)).length, 1);
    assert.deepEqual(paths('CX0116', pipeline(stages('false'), rule)), []);
  });

  it('CX0114 accepts a role from another stack and a role allowed codepipeline:*', () => {
    const target = (role: string) => RULE(`[{Id: p, Arn: !Sub 'arn:aws:codepipeline:\${AWS::Region}:\${AWS::AccountId}:\${Pipeline}'${role}}]`);
    assert.equal(paths('CX0114', pipeline(stages('false'), target(''))).length, 1);
    assert.deepEqual(paths('CX0114', pipeline(stages('false'), target(', RoleArn: !ImportValue events-role'))), []);
    assert.deepEqual(paths('CX0114', pipeline(stages('false'), target(', RoleArn: !GetAtt Role.Arn'))), []);
  });
});

describe('pipeline structure and artifacts', () => {
  it('CX0210 and CX0211 stay silent when a computed stage comes first', () => {
    const computed = '        - !If [C, {Name: Gate, Actions: []}, !Ref AWS::NoValue]\n';
    const text = pipeline(computed + SOURCE('false') + '        - Name: Build\n          Actions:\n' + BUILD('Src'));
    assert.deepEqual(paths('CX0210', text), []);
    assert.deepEqual(paths('CX0211', text), []);
  });

  it('CX0213 follows RunOrder, written as a string too, and treats parallel actions as not preceding', () => {
    const stage = (readerOrder: string) =>
      SOURCE('false') + '        - Name: Build\n          Actions:\n' + BUILD('Src', '1') + BUILD('Out', readerOrder, 'Test', 'TestOut');
    assert.deepEqual(paths('CX0213', pipeline(stage("'2'"))), []);
    assert.deepEqual(paths('CX0213', pipeline(stage('1'))), ['Resources/Pipeline/Properties/Stages/1/Actions/1/InputArtifacts/0/Name']);
    assert.deepEqual(paths('CX0213', pipeline(stage('!Ref Mode'))), []);
  });

  it('CX0212 allows the same action name in two stages', () => {
    const text = pipeline(SOURCE('false') + '        - Name: Build\n          Actions:\n' + BUILD('Src') + '        - Name: Test\n          Actions:\n' + BUILD('Out', '', 'B', 'More'));
    assert.deepEqual(paths('CX0212', text), []);
  });
});

describe('cross-region artifact stores', () => {
  const deploy = (region: string, name: string) => `            - Name: ${name}
              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CodeDeploy, Version: '1'}
              Region: ${region}
              Configuration: {ApplicationName: a, DeploymentGroupName: g}
              InputArtifacts: [{Name: Src}]
`;
  const stages = (...regions: string[]) => SOURCE('false') + '        - Name: Deploy\n          Actions:\n' + regions.map((region, index) => deploy(region, `D${index}`)).join('');
  const stores = (...regions: string[]) =>
    '      ArtifactStores:\n' + regions.map((region) => `        - Region: ${region}\n          ArtifactStore: {Type: S3, Location: b}\n`).join('');

  it('CX0215 needs two different literal Regions before it is sure one is cross-region; one is a warning', () => {
    const [maybe] = check('CX0215', pipeline(stages('eu-west-1')));
    assert.equal(maybe.severity, 'warning');
    assert.match(maybe.message, / \(unless the stack is deployed in eu-west-1\)$/);
    assert.deepEqual(check('CX0215', pipeline(stages('eu-west-1', '!Ref AWS::Region'))).map((found) => found.severity), ['warning']);
    assert.deepEqual(check('CX0215', pipeline(stages('!Ref AWS::Region'))), []);
    assert.deepEqual(check('CX0215', pipeline(stages('eu-west-1', 'us-west-2'))).map((found) => found.severity), ['error']);
    assert.deepEqual(paths('CX0215', pipeline(stages('eu-west-1', 'us-west-2'))), ['Resources/Pipeline/Properties/ArtifactStore']);
  });

  it('CX0216 lets the stack-Region store cover one missing Region and gives up on computed store Regions', () => {
    assert.deepEqual(paths('CX0216', pipeline(stages('eu-west-1'), '', stores('!Ref AWS::Region'))), []);
    assert.equal(paths('CX0216', pipeline(stages('eu-west-1', 'us-west-2'), '', stores('!Ref AWS::Region'))).length, 2);
    assert.deepEqual(paths('CX0216', pipeline(stages('eu-west-1', 'us-west-2'), '', stores('!Ref Mode'))), []);
    assert.deepEqual(paths('CX0216', pipeline(stages('eu-west-1'), '', stores('us-east-1'))), ['Resources/Pipeline/Properties/Stages/1/Actions/0/Region']);
  });
});

describe('pipeline roles and keys', () => {
  const action = (roleArn: string) =>
    SOURCE('false') +
    `        - Name: Deploy
          Actions:
            - Name: D
              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CodeDeploy, Version: '1'}
              RoleArn: ${roleArn}
              Configuration: {ApplicationName: a, DeploymentGroupName: g}
              InputArtifacts: [{Name: Src}]
`;
  it('CX0217 reads the account of the action role: a literal or parameter account, never the pipeline account', () => {
    assert.equal(paths('CX0217', pipeline(action('arn:aws:iam::111122223333:role/deploy'))).length, 1);
    assert.equal(paths('CX0217', pipeline(action("!Sub 'arn:${AWS::Partition}:iam::${Mode}:role/deploy'"))).length, 1);
    assert.deepEqual(paths('CX0217', pipeline(action("!Sub 'arn:aws:iam::${AWS::AccountId}:role/deploy'"))), []);
    assert.deepEqual(paths('CX0217', pipeline(action('!GetAtt Role.Arn'))), []);
  });

  it('CX0219 reads the ActionMode literally and reports DELETE_ONLY without RoleArn', () => {
    const cfn = (mode: string) =>
      SOURCE('false') +
      `        - Name: Deploy
          Actions:
            - Name: D
              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CloudFormation, Version: '1'}
              Configuration: {ActionMode: ${mode}, StackName: s}
`;
    assert.equal(paths('CX0219', pipeline(cfn('DELETE_ONLY'))).length, 1);
    assert.deepEqual(paths('CX0219', pipeline(cfn('!Ref Mode'))), []);
  });

  it('CX0219 reports an ActionMode the CloudFormation action does not have, with the closest one', () => {
    const cfn = (mode: string) =>
      SOURCE('false') +
      `        - Name: Deploy
          Actions:
            - Name: D
              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CloudFormation, Version: '1'}
              Configuration: {ActionMode: ${mode}, StackName: s, ChangeSetName: c}
`;
    assert.deepEqual(paths('CX0219', pipeline(cfn('CHANGE_SET_EXECUTE'))), []);
    const [found] = check('CX0219', pipeline(cfn('CHANGE_SET_EXECUTION')));
    assert.equal(found.path?.join('/'), 'Resources/Pipeline/Properties/Stages/1/Actions/0/Configuration/ActionMode');
    assert.match(found.message, /has ActionMode 'CHANGE_SET_EXECUTION', which the action does not have .*\(did you mean 'CHANGE_SET_EXECUTE'\?\)$/);
  });
});

describe('CodeBuild checks', () => {
  const project = (environment: string, buildspec: string, extra = '') => `Parameters:
  Priv:
    Type: String
Resources:
  Project:
    Type: AWS::CodeBuild::Project
    Properties:
      ServiceRole: arn:aws:iam::123456789012:role/build
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0
${environment}      Source:
        Type: NO_SOURCE
        BuildSpec: ${buildspec}
${extra}`;
  const inline = "|\n          version: 0.2\n          phases:\n            build:\n              commands:\n                - docker build -t app .\n";

  it('CX0310 reads inline and Fn::Sub buildspecs, skips file paths, computed and string-true privileged modes', () => {
    assert.equal(paths('CX0310', project('', inline)).length, 1);
    const subbed = "!Sub |\n          version: 0.2\n          phases:\n            build:\n              commands:\n                - docker push ${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/app\n";
    assert.equal(paths('CX0310', project('', subbed)).length, 1);
    assert.deepEqual(paths('CX0310', project('', 'buildspec.yml')), []);
    assert.deepEqual(paths('CX0310', project("        PrivilegedMode: 'true'\n", inline)), []);
    assert.deepEqual(paths('CX0310', project('        PrivilegedMode: !Ref Priv\n', inline)), []);
  });

  it('CX0310 says of a retired aws/codebuild/docker image that the image is the trouble', () => {
    const text = project('', inline).replace('aws/codebuild/standard:7.0', 'aws/codebuild/docker:17.09.0');
    assert.equal(
      only(check('CX0310', text)).message,
      "The buildspec of project 'Project' runs docker, on aws/codebuild/docker:17.09.0, a curated Docker image CodeBuild retired: on a current image (aws/codebuild/standard) docker needs PrivilegedMode true",
    );
    assert.equal(
      only(check('CX0310', project('', inline))).message,
      "The buildspec of project 'Project' runs docker, but its environment is not privileged: the build fails because no Docker daemon runs without PrivilegedMode true",
    );
  });

  it('CX0310 quick fix turns privileged mode on', () => {
    const text = project('        PrivilegedMode: false\n', inline);
    const found = only(check('CX0310', text));
    assert.deepEqual(check('CX0310', applyEdits(text, found.fixes![0].edits)), []);
  });

  it('CX0314 reports literal secrets, not references to parameters or secret types', () => {
    const variables = (value: string, type = '') =>
      project(`        EnvironmentVariables:\n          - Name: API_TOKEN\n            Value: ${value}\n${type}`, 'buildspec.yml');
    assert.equal(paths('CX0314', variables('abc123')).length, 1);
    assert.deepEqual(paths('CX0314', variables('!Ref Priv')), []);
    assert.deepEqual(paths('CX0314', variables('/ci/token', '            Type: PARAMETER_STORE\n')), []);
    assert.deepEqual(paths('CX0314', variables('arn:aws:secretsmanager:us-east-1:123456789012:secret:ci-token-AbCdEf')), []);
  });

  it('CX0314 leaves variables that name a parameter or secret alone', () => {
    const named = (name: string, value: string) => project(`        EnvironmentVariables:\n          - Name: ${name}\n            Value: ${value}\n`, 'buildspec.yml');
    assert.deepEqual(paths('CX0314', named('DB_PASSWORD_PARAMETER_NAME', '/prod/db/password')), []);
    assert.deepEqual(paths('CX0314', named('API_TOKEN_SECRET_ID', 'prod/api-token')), []);
    assert.equal(paths('CX0314', named('DOCKERHUB_PASSWORD', 'hunter2')).length, 1);
  });

  it('CX0314 reports a PLAINTEXT variable fed from a NoEcho parameter, whatever its name', () => {
    const withParameter = (noEcho: string, value = '!Ref Hidden', type = '') =>
      project(`        EnvironmentVariables:\n          - Name: DOCKERHUB_LOGIN\n            Value: ${value}\n${type}`, 'buildspec.yml').replace(
        'Parameters:\n',
        `Parameters:\n  Hidden:\n    Type: String\n${noEcho}`,
      );
    const found = check('CX0314', withParameter('    NoEcho: true\n'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /NoEcho parameter 'Hidden'/);
    assert.equal(paths('CX0314', withParameter("    NoEcho: 'true'\n")).length, 1);
    assert.deepEqual(paths('CX0314', withParameter('')), []);
    assert.deepEqual(paths('CX0314', withParameter('    NoEcho: true\n', '!Ref Hidden', '            Type: PARAMETER_STORE\n')), []);
    assert.deepEqual(paths('CX0314', withParameter('    NoEcho: true\n', '!Sub "${Hidden}"')), []);
    assert.deepEqual(paths('CX0314', withParameter('    NoEcho: true\n', '!Ref Hidden', '            Type: !If [Prod, SECRETS_MANAGER, PLAINTEXT]\n')), []);
  });

  it('CX0316 reports a Lambda compute type on an EC2 environment type, and follows parameters and conditions', () => {
    const lambda = (type: string, compute = 'BUILD_LAMBDA_2GB', parameters = '') =>
      project('', 'buildspec.yml').replace('        Type: LINUX_CONTAINER\n        ComputeType: BUILD_GENERAL1_SMALL\n', `        Type: ${type}\n        ComputeType: ${compute}\n`).replace('Parameters:\n', `Parameters:\n${parameters}`);
    assert.deepEqual(paths('CX0316', lambda('LINUX_CONTAINER')), ['Resources/Project/Properties/Environment/ComputeType']);
    assert.deepEqual(paths('CX0316', lambda('ARM_CONTAINER', 'BUILD_LAMBDA_1GB')), ['Resources/Project/Properties/Environment/ComputeType']);
    assert.deepEqual(paths('CX0316', lambda('LINUX_LAMBDA_CONTAINER')), []);
    assert.deepEqual(paths('CX0316', lambda('LINUX_CONTAINER', 'BUILD_GENERAL1_SMALL')), []);
    assert.deepEqual(paths('CX0316', lambda('!Ref Env', undefined, '  Env:\n    Type: String\n')), []);
    assert.deepEqual(paths('CX0316', lambda('!Ref Env', undefined, '  Env:\n    Type: String\n    AllowedValues: [LINUX_CONTAINER, ARM_CONTAINER]\n')), ['Resources/Project/Properties/Environment/ComputeType']);
    assert.deepEqual(paths('CX0316', lambda('!If [Fast, LINUX_LAMBDA_CONTAINER, LINUX_CONTAINER]')), []);
    assert.deepEqual(paths('CX0316', lambda('LINUX_CONTAINER', '!If [Fast, BUILD_LAMBDA_1GB, !Ref AWS::NoValue]')), []);
  });

  it('CX0315 follows a source type parameter only when every allowed value is NO_SOURCE', () => {
    const typed = (allowed: string) => `Parameters:
  SourceType:
    Type: String
    AllowedValues: ${allowed}
Resources:
  Project:
    Type: AWS::CodeBuild::Project
    Properties:
      ServiceRole: arn:aws:iam::123456789012:role/build
      Artifacts: {Type: NO_ARTIFACTS}
      Environment: {Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0}
      Source:
        Type: !Ref SourceType
`;
    assert.equal(paths('CX0315', typed('[NO_SOURCE]')).length, 1);
    assert.deepEqual(paths('CX0315', typed('[NO_SOURCE, CODEPIPELINE]')), []);
  });
});

describe('CX0221 pipeline triggers', () => {
  const pipeline = (provider: string, sourceAction = 'Source') => `Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      PipelineType: V2
      RoleArn: arn:aws:iam::123456789012:role/pipeline
      ArtifactStore: {Type: S3, Location: artifacts}
      Triggers:
        - ProviderType: CodeStarSourceConnection
          GitConfiguration:
            SourceActionName: ${sourceAction}
            Push: [{Branches: {Includes: [main]}}]
      Stages:
        - Name: Source
          Actions:
            - Name: Source
              ActionTypeId: {Category: Source, Owner: AWS, Provider: ${provider}, Version: '1'}
              Configuration: {RepositoryName: app, BranchName: main, ConnectionArn: arn:aws:codeconnections:us-east-1:123456789012:connection/x, FullRepositoryId: o/app}
              OutputArtifacts: [{Name: Src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: build}
              InputArtifacts: [{Name: Src}]
`;
  it('reports a trigger on a CodeCommit source action, not on a connection or an action it cannot find', () => {
    assert.deepEqual(paths('CX0221', pipeline('CodeCommit')), ['Resources/Pipeline/Properties/Triggers/0/GitConfiguration/SourceActionName']);
    assert.deepEqual(paths('CX0221', pipeline('CodeStarSourceConnection')), []);
    assert.deepEqual(paths('CX0221', pipeline('CodeCommit', 'Elsewhere')), []);
  });
});
