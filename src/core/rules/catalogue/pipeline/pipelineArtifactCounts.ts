/**
 * How many input and output artifacts each CodePipeline action type takes, from the table of the
 * CodePipeline User Guide (data), and the one check that reads it.
 */
import type { CatalogueCheck, CheckHit } from '../types';
import { allActions, pipelineModel, type ArtifactName, type PipelineAction } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const COUNTS_PAGE = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-action-artifacts.html';

type Range = readonly [min: number, max: number];

interface ArtifactCounts {
  inputs: Range;
  outputs: Range;
}

const SOURCE: ArtifactCounts = { inputs: [0, 0], outputs: [1, 1] };
const DEPLOY_ONE: ArtifactCounts = { inputs: [1, 1], outputs: [0, 0] };
const CODEBUILD: ArtifactCounts = { inputs: [1, 5], outputs: [0, 5] };

/** By `Category/Provider` (the table's owner column is left out: CodeStarSourceConnection is owned by AWS in a template). */
const COUNTS: Readonly<Record<string, ArtifactCounts>> = {
  'Source/S3': SOURCE,
  'Source/CodeCommit': SOURCE,
  'Source/ECR': SOURCE,
  'Source/CodeStarSourceConnection': SOURCE,
  'Build/CodeBuild': CODEBUILD,
  'Test/CodeBuild': CODEBUILD,
  'Test/DeviceFarm': DEPLOY_ONE,
  'Approval/Manual': { inputs: [0, 0], outputs: [0, 0] },
  'Deploy/S3': DEPLOY_ONE,
  'Deploy/CloudFormation': { inputs: [0, 10], outputs: [0, 1] },
  'Deploy/CodeDeploy': DEPLOY_ONE,
  'Deploy/ElasticBeanstalk': DEPLOY_ONE,
  'Deploy/OpsWorks': DEPLOY_ONE,
  'Deploy/ECS': DEPLOY_ONE,
  'Deploy/ServiceCatalog': DEPLOY_ONE,
  'Invoke/Lambda': { inputs: [0, 5], outputs: [0, 5] },
};

function described([min, max]: Range): string {
  return min === max ? String(min) : `${min} to ${max}`;
}

function outside(count: number, [min, max]: Range): boolean {
  return count < min || count > max;
}

function countHit(action: PipelineAction, kind: 'input' | 'output', artifacts: ArtifactName[], range: Range): CheckHit {
  const key = kind === 'input' ? 'InputArtifacts' : 'OutputArtifacts';
  const written = artifacts.length > 0 ? action.node.entries.find((entry) => entry.key.value === key) : undefined;
  const where = written ? written.key : (action.nameNode ?? action.node);
  return {
    message:
      `Action '${action.name ?? '?'}' (${action.category} ${action.provider}) has ${artifacts.length} ${kind} artifact${artifacts.length === 1 ? '' : 's'}: ` +
      `CodePipeline takes ${described(range)} for this action type`,
    span: where.span,
    path: written ? [...action.path, key] : action.path,
  };
}

function actionHits(action: PipelineAction): CheckHit[] {
  const counts = action.category && action.provider ? COUNTS[`${action.category}/${action.provider}`] : undefined;
  if (!counts) return [];
  const hits: CheckHit[] = [];
  if (action.inputs && outside(action.inputs.length, counts.inputs)) hits.push(countHit(action, 'input', action.inputs, counts.inputs));
  if (action.outputs && outside(action.outputs.length, counts.outputs)) hits.push(countHit(action, 'output', action.outputs, counts.outputs));
  return hits;
}

/** CX0223: an action with more or fewer artifacts than its action type takes (a manual approval with any). */
export const pipelineArtifactCount: CatalogueCheck = {
  id: 'CX0223',
  title: 'Pipeline action with a number of input or output artifacts its action type does not take',
  topics: ['T02'],
  severity: 'error',
  url: COUNTS_PAGE,
  rejection: {
    quote:
      'Action {NameOfAction} declares 0 input artifacts which is less than the minimum count (1) (CodePipeline\'s InvalidActionDeclarationException; ' +
      'the counts per action type are in the action structure reference)',
    url: COUNTS_PAGE,
  },
  explanation: {
    what:
      'Each action type reads and writes a fixed number of artifacts: a source action writes one and reads none, a manual approval ' +
      'reads and writes none, a CodeBuild action reads one to five, most deploy actions read exactly one, a CloudFormation action ' +
      'reads up to ten and writes at most one. CodePipeline refuses a pipeline whose action declares another number.',
    exam:
      'artifacts are how stages hand work on: source output feeds the build, the build output feeds the deploy. A manual approval ' +
      'only pauses the pipeline (with an SNS notification and a review URL); the next action reads the artifact the build wrote.',
    trap: 'a CodeBuild action needs an input artifact even when its buildspec clones the code itself.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    return context.resources(PIPELINE).flatMap((pipeline) => {
      const model = pipelineModel(pipeline);
      return model ? allActions(model).flatMap(actionHits) : [];
    });
  },
};
