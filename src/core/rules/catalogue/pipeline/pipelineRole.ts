/** CX0218: the pipeline's service role, as this template writes it, lacks what an action needs. */
import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { allowsAction } from '../support/iam';
import { configurationValue, pipelineModel, type PipelineAction } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/how-to-custom-role.html';

/** IAM actions the pipeline role calls for an action of this provider (AWS-owned actions). */
const NEEDED: Readonly<Record<string, readonly string[]>> = {
  CodeCommit: ['codecommit:GetBranch', 'codecommit:GetCommit', 'codecommit:UploadArchive', 'codecommit:GetUploadArchiveStatus'],
  CodeBuild: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'],
  CodeDeploy: ['codedeploy:CreateDeployment', 'codedeploy:GetDeployment', 'codedeploy:RegisterApplicationRevision'],
  CloudFormation: ['cloudformation:DescribeStacks'],
  ECS: ['ecs:UpdateService', 'ecs:RegisterTaskDefinition'],
  Lambda: ['lambda:InvokeFunction'],
  ElasticBeanstalk: ['elasticbeanstalk:CreateApplicationVersion', 'elasticbeanstalk:UpdateEnvironment'],
};

function neededBy(action: PipelineAction): string[] {
  if (action.owner !== 'AWS' || action.provider === undefined) return [];
  const needed = [...(NEEDED[action.provider] ?? [])];
  // the CloudFormation action hands its RoleArn to CloudFormation, which takes iam:PassRole
  if (action.provider === 'CloudFormation' && configurationValue(action, 'RoleArn') !== undefined) needed.push('iam:PassRole');
  return needed;
}

export const pipelineRolePermissions: CatalogueCheck = {
  id: 'CX0218',
  title: 'Pipeline service role does not allow what one of its actions calls',
  topics: ['T02', 'T32'],
  severity: 'warning',
  url: URL,
  explanation: {
    what:
      'CodePipeline runs every action that has no RoleArn of its own with the pipeline service role: it starts the CodeBuild ' +
      'build, creates the CodeDeploy deployment, calls CloudFormation (passing the deployment role with iam:PassRole) and reads ' +
      'the CodeCommit branch. When that role lacks the call, the stack deploys but the action fails at run time.',
    exam:
      'least privilege means listing the calls each action needs on the pipeline role (scoped to the project, application or ' +
      'stack), not attaching AdministratorAccess; an action in another account uses its own RoleArn instead.',
    trap: 'the CloudFormation deploy action needs iam:PassRole on the role it hands to CloudFormation, not the permissions of the stack itself.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const role = context.referenced(valueOf(pipeline.properties, 'RoleArn'));
      const model = pipelineModel(pipeline);
      if (role?.type !== 'AWS::IAM::Role' || !model) continue;
      for (const stage of model.stages) {
        for (const action of stage.actions) {
          if (action.roleArn !== undefined) continue;
          const missing = neededBy(action).filter((name) => allowsAction(context, role, name) === 'no');
          const provider = entryOf(action.node, 'ActionTypeId');
          if (missing.length === 0 || !provider) continue;
          hits.push({
            message:
              `Pipeline role '${role.logicalId}' does not allow ${missing.join(', ')}, which ${action.provider} action ` +
              `'${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' calls: the action fails when the pipeline runs`,
            span: provider.key.span,
            path: [...action.path, 'ActionTypeId', 'Provider'],
          });
        }
      }
    }
    return hits;
  },
};
