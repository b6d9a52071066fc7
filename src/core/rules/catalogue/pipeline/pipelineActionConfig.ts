/** What a pipeline action's configuration must hold to run: the CloudFormation deploy action and S3 sources. */
import { entryOf, type Span } from '../../../model';
import { closestName } from '../../../schema/suggest';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString, mayBeOneOf, neverOneOf, propertyAt } from '../support/values';
import { allActions, configurationValue, pipelineModel, type PipelineAction } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const CFN_ACTION_URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CloudFormation.html';
const S3_SOURCE_URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-S3.html';

/** Configuration keys the CloudFormation action needs in each action mode. */
const NEEDED_BY_MODE: Readonly<Record<string, readonly string[]>> = {
  CREATE_UPDATE: ['StackName', 'RoleArn', 'TemplatePath'],
  REPLACE_ON_FAILURE: ['StackName', 'RoleArn', 'TemplatePath'],
  DELETE_ONLY: ['StackName', 'RoleArn'],
  CHANGE_SET_REPLACE: ['StackName', 'RoleArn', 'TemplatePath', 'ChangeSetName'],
  CHANGE_SET_EXECUTE: ['StackName', 'ChangeSetName'],
};

function actionSpan(action: PipelineAction): Span {
  return (entryOf(action.node, 'Configuration') ?? entryOf(action.node, 'Name') ?? action.node.entries[0]).key.span;
}

/** CX0219: a CloudFormation deploy action without the configuration its ActionMode requires. */
export const pipelineCloudFormationAction: CatalogueCheck = {
  id: 'CX0219',
  title: 'CloudFormation pipeline action with an ActionMode it does not have, or without the configuration its ActionMode requires',
  topics: ['T02', 'T28'],
  severity: 'warning',
  url: CFN_ACTION_URL,
  explanation: {
    what:
      'The CloudFormation deploy action needs, by ActionMode: StackName always; RoleArn (the role CloudFormation uses to change ' +
      'the stack) for CREATE_UPDATE, REPLACE_ON_FAILURE, DELETE_ONLY and CHANGE_SET_REPLACE; TemplatePath (Artifact::file) for ' +
      'the modes that create or update; ChangeSetName for the change-set modes. Without them the action fails when it runs.',
    exam:
      'a pipeline that deploys infrastructure (or updates itself) creates a change set (CHANGE_SET_REPLACE), waits for a manual ' +
      'approval, then executes it (CHANGE_SET_EXECUTE) with the same ChangeSetName; Capabilities CAPABILITY_IAM is needed when ' +
      'the template creates IAM resources.',
    scenario: 'review the infrastructure changes before they are applied in production',
    trap: 'the action RoleArn (who runs the action) and Configuration.RoleArn (what CloudFormation uses for the stack) are different roles.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const model = pipelineModel(pipeline);
      for (const action of model ? allActions(model) : []) {
        if (action.provider !== 'CloudFormation' || action.owner !== 'AWS' || !action.configuration) continue;
        const modeNode = configurationValue(action, 'ActionMode');
        const mode = literalString(modeNode);
        if (mode !== undefined && !Object.hasOwn(NEEDED_BY_MODE, mode)) {
          const closest = closestName(mode, Object.keys(NEEDED_BY_MODE));
          hits.push({
            message:
              `CloudFormation action '${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' has ActionMode '${mode}', which the ` +
              `action does not have (${Object.keys(NEEDED_BY_MODE).join(', ')}): it fails when the pipeline reaches it${closest ? ` (did you mean '${closest}'?)` : ''}`,
            span: modeNode!.span,
            path: [...action.path, 'Configuration', 'ActionMode'],
          });
          continue;
        }
        const missing = (mode === undefined ? [] : (NEEDED_BY_MODE[mode] ?? [])).filter((key) => configurationValue(action, key) === undefined);
        if (missing.length === 0) continue;
        hits.push({
          message:
            `CloudFormation action '${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' runs ${mode} without ` +
            `${missing.join(', ')}: the action fails when the pipeline reaches it`,
          span: actionSpan(action),
          path: [...action.path, 'Configuration'],
        });
      }
    }
    return hits;
  },
};

/** CX0220: an S3 source action reading a bucket of this template that is not versioned. */
export const pipelineS3SourceVersioning: CatalogueCheck = {
  id: 'CX0220',
  title: 'S3 source action reads a bucket without versioning',
  topics: ['T02', 'T23'],
  severity: 'warning',
  url: S3_SOURCE_URL,
  explanation: {
    what:
      'The S3 source action tracks the object version of S3ObjectKey, so the source bucket must have versioning enabled; ' +
      'without it CodePipeline cannot detect or fetch a revision and the source action fails.',
    exam:
      'an S3 source is a versioned bucket with a single .zip object; change detection is an EventBridge rule on the CloudTrail ' +
      'data event for PutObject (PollForSourceChanges false), which the console creates for you and a template must declare.',
    trap: 'the artifact store bucket does not need versioning; the source bucket does.',
  },
  resourceTypes: [PIPELINE, 'AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const model = pipelineModel(pipeline);
      for (const action of model ? allActions(model) : []) {
        if (action.provider !== 'S3' || action.category !== 'Source') continue;
        const bucket = context.referenced(configurationValue(action, 'S3Bucket'));
        if (bucket?.type !== 'AWS::S3::Bucket') continue;
        const status = propertyAt(bucket, 'VersioningConfiguration', 'Status');
        const unversioned = propertyAt(bucket, 'VersioningConfiguration') === undefined || (status !== undefined && neverOneOf(context, status, ['Enabled']));
        if (!unversioned || mayBeOneOf(context, status, ['Enabled'])) continue;
        const entry = entryOf(action.configuration, 'S3Bucket')!;
        hits.push({
          message:
            `S3 source action '${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' reads bucket '${bucket.logicalId}', ` +
            'which does not enable versioning: the source action cannot fetch a revision',
          span: entry.key.span,
          path: [...action.path, 'Configuration', 'S3Bucket'],
        });
      }
    }
    return hits;
  },
};
