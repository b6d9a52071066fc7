/** The CodeBuild service role, as this template writes it: pushing to ECR and writing build logs. */
import { entryOf, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { allowsAction } from '../support/iam';
import { literalString } from '../support/values';
import { inlineBuildSpec, PROJECT, pushesImage, serviceRole, targetsEcr } from './codeBuildModel';

const ROLE_URL = 'https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html';
const ECR_PUSH = [
  'ecr:GetAuthorizationToken',
  'ecr:BatchCheckLayerAvailability',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:PutImage',
];
const LOG_WRITES = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];

/** CX0312: the buildspec pushes to ECR, the service role cannot. */
export const codeBuildEcrPush: CatalogueCheck = {
  id: 'CX0312',
  title: 'CodeBuild pushes an image to ECR but its service role cannot',
  topics: ['T03', 'T16'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-push-iam.html',
  explanation: {
    what:
      'Pushing to Amazon ECR takes an authorization token (ecr:GetAuthorizationToken, on resource "*") and the layer upload ' +
      'calls on the repository (BatchCheckLayerAvailability, InitiateLayerUpload, UploadLayerPart, CompleteLayerUpload, ' +
      'PutImage). The build runs with the project\'s service role, so without them docker login or docker push is denied.',
    exam:
      'the CodeBuild service role is where build permissions live (never access keys in environment variables); scope the ECR ' +
      'push calls to the repository ARN and grant GetAuthorizationToken on "*".',
    scenario: 'the build stage fails with "no basic auth credentials" or AccessDenied when pushing the image',
  },
  resourceTypes: [PROJECT, 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const buildSpec = inlineBuildSpec(project);
      const role = serviceRole(context, project);
      if (!buildSpec || !role || !pushesImage(buildSpec) || !targetsEcr(context, project, buildSpec)) continue;
      const missing = ECR_PUSH.filter((action) => allowsAction(context, role, action) === 'no');
      if (missing.length === 0) continue;
      hits.push({
        message:
          `Project '${project.logicalId}' pushes an image to ECR, but its service role '${role.logicalId}' does not allow ` +
          `${missing.join(', ')}: the push is denied`,
        span: entryOf(project.properties, 'ServiceRole')!.key.span,
        path: ['Resources', project.logicalId, 'Properties', 'ServiceRole'],
      });
    }
    return hits;
  },
};

/** CX0313: CloudWatch Logs are on (the default) and the service role cannot write them. */
export const codeBuildLogPermissions: CatalogueCheck = {
  id: 'CX0313',
  title: 'CodeBuild service role cannot write the build logs',
  topics: ['T03', 'T31'],
  severity: 'warning',
  url: ROLE_URL,
  explanation: {
    what:
      'Unless LogsConfig turns CloudWatch Logs off, CodeBuild creates a log stream for every build with the service role. A role ' +
      'without logs:CreateLogStream and logs:PutLogEvents (and logs:CreateLogGroup for the first build) makes every build fail ' +
      'before it starts, with an access-denied error about log streams.',
    exam:
      'build logs in CloudWatch Logs (or S3) are how you troubleshoot a failed build; the service role needs the log ' +
      'permissions for /aws/codebuild/<project> or the group named in LogsConfig.',
  },
  resourceTypes: [PROJECT, 'AWS::IAM::Role'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const project of context.resources(PROJECT)) {
      const logs = valueOf(valueOf(project.properties, 'LogsConfig'), 'CloudWatchLogs');
      const status = valueOf(logs, 'Status');
      if (status !== undefined && literalString(status) !== 'ENABLED') continue;
      const role = serviceRole(context, project);
      if (!role) continue;
      const missing = LOG_WRITES.filter((action) => allowsAction(context, role, action) === 'no');
      if (!missing.includes('logs:CreateLogStream') && !missing.includes('logs:PutLogEvents')) continue;
      hits.push({
        message:
          `Project '${project.logicalId}' writes build logs to CloudWatch Logs, but its service role '${role.logicalId}' does not ` +
          `allow ${missing.join(', ')}: every build fails before it starts`,
        span: entryOf(project.properties, 'ServiceRole')!.key.span,
        path: ['Resources', project.logicalId, 'Properties', 'ServiceRole'],
      });
    }
    return hits;
  },
};
