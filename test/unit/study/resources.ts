/** Resource entries (YAML, under `Resources:`) that the study tests share. */

/** The lab's CodeDeploy service role: its trust policy's note also names CodeCommit and pipelines. */
export const SERVICE_ROLE = `  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: codedeploy.amazonaws.com }
            Action: sts:AssumeRole
`;

export const REPOSITORY = '  Repo:\n    Type: AWS::CodeCommit::Repository\n    Properties:\n      RepositoryName: app\n';
