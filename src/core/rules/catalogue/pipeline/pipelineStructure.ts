/** Pipeline shape that CodePipeline refuses: where source actions may stand, and names used twice. */
import type { CatalogueCheck, CheckHit } from '../types';
import { CODEPIPELINE_STRUCTURE_URL, pipelineModel, type PipelineAction, type PipelineStage } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';

function actionLabel(action: PipelineAction): string {
  return action.name ? `'${action.name}'` : '(unnamed)';
}

function stageLabel(stage: PipelineStage): string {
  return stage.name ? `'${stage.name}'` : `#${stage.index + 1}`;
}

/** CX0210: the first stage holds something other than source actions. */
export const pipelineFirstStageSource: CatalogueCheck = {
  id: 'CX0210',
  title: 'First pipeline stage holds an action that is not a source action',
  topics: ['T02'],
  severity: 'error',
  url: CODEPIPELINE_STRUCTURE_URL,
  rejection: {
    quote: 'The first stage of a pipeline must contain at least one source action. It can contain source actions only.',
    url: CODEPIPELINE_STRUCTURE_URL,
  },
  explanation: {
    what:
      'CodePipeline starts every run from the source actions of the first stage, so that stage may hold only Source actions ' +
      '(CodeCommit, S3, ECR, a CodeStar connection…); a build, approval or deploy action there makes CreatePipeline fail.',
    exam:
      'a pipeline is Source first, then Build, Test, optional manual Approval and Deploy stages; artifacts flow from the source ' +
      'outputs to later inputs.',
    scenario: 'require a manual approval before anything is built',
    trap: 'an approval action belongs in its own stage after the source stage, never in the source stage itself.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const first = pipelineModel(pipeline)?.stages[0];
      if (!first || first.index !== 0) continue;
      for (const action of first.actions) {
        if (action.category === undefined || action.category === 'Source' || !action.categoryNode) continue;
        hits.push({
          message:
            `Action ${actionLabel(action)} in the first stage ${stageLabel(first)} of pipeline '${pipeline.logicalId}' has ` +
            `category ${action.category}: CodePipeline accepts only source actions in the first stage`,
          span: action.categoryNode.span,
          path: [...action.path, 'ActionTypeId', 'Category'],
        });
      }
    }
    return hits;
  },
};

/** CX0211: a source action after the first stage. */
export const pipelineLateSourceAction: CatalogueCheck = {
  id: 'CX0211',
  title: 'Source action in a pipeline stage other than the first',
  topics: ['T02'],
  severity: 'error',
  url: CODEPIPELINE_STRUCTURE_URL,
  rejection: { quote: 'Only the first stage of a pipeline can contain source actions.', url: CODEPIPELINE_STRUCTURE_URL },
  explanation: {
    what:
      'Source actions detect changes and start the pipeline, so CodePipeline allows them only in the first stage. A second ' +
      'repository or bucket is a second source action beside the first one, in the same first stage.',
    exam:
      'a pipeline can take several sources (for example application code and a configuration repository) as parallel actions ' +
      'of the first stage; later actions choose which artifacts they read.',
    trap: 'a later stage cannot fetch source again; pass the first stage output artifacts to it instead.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const stages = pipelineModel(pipeline)?.stages ?? [];
      for (const [position, stage] of stages.entries()) {
        // a computed stage before this one (Fn::If) may vanish, so only contiguous plain stages count
        if (stage.index !== position) break;
        if (stage.index === 0) continue;
        for (const action of stage.actions) {
          if (action.category !== 'Source' || !action.categoryNode) continue;
          hits.push({
            message:
              `Action ${actionLabel(action)} (category Source) sits in stage ${stageLabel(stage)} of pipeline '${pipeline.logicalId}': ` +
              'CodePipeline accepts source actions only in the first stage',
            span: action.categoryNode.span,
            path: [...action.path, 'ActionTypeId', 'Category'],
          });
        }
      }
    }
    return hits;
  },
};

/** CX0212: two stages with one name, or two actions of a stage with one name. */
export const pipelineDuplicateNames: CatalogueCheck = {
  id: 'CX0212',
  title: 'Pipeline stage or action name used twice',
  topics: ['T02'],
  severity: 'error',
  url: CODEPIPELINE_STRUCTURE_URL,
  rejection: {
    quote: 'All stage names in a pipeline must be unique. … All action names within a stage must be unique.',
    url: CODEPIPELINE_STRUCTURE_URL,
  },
  explanation: {
    what:
      'CodePipeline addresses stages and actions by name (transitions, retries, approvals, EventBridge events), so stage names ' +
      'must be unique in the pipeline and action names unique in their stage; a duplicate makes CreatePipeline fail.',
    exam:
      'EventBridge rules and approval permissions name the stage and action (codepipeline:PutApprovalResult on ' +
      'pipeline/stage/action), which is why the names have to identify one place.',
    trap: 'the same action name may appear in different stages; only within one stage must it differ.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const model = pipelineModel(pipeline);
      if (!model) continue;
      const stageNames = new Set<string>();
      for (const stage of model.stages) {
        if (stage.name !== undefined && stage.nameNode) {
          if (stageNames.has(stage.name)) {
            hits.push({
              message: `Pipeline '${pipeline.logicalId}' has two stages named '${stage.name}': stage names must be unique`,
              span: stage.nameNode.span,
              path: [...stage.path, 'Name'],
            });
          }
          stageNames.add(stage.name);
        }
        hits.push(...duplicateActions(pipeline.logicalId, stage));
      }
    }
    return hits;
  },
};

function duplicateActions(pipelineId: string, stage: PipelineStage): CheckHit[] {
  const hits: CheckHit[] = [];
  const names = new Set<string>();
  for (const action of stage.actions) {
    if (action.name === undefined || !action.nameNode) continue;
    if (names.has(action.name)) {
      hits.push({
        message: `Stage ${stageLabel(stage)} of pipeline '${pipelineId}' has two actions named '${action.name}': action names must be unique in a stage`,
        span: action.nameNode.span,
        path: [...action.path, 'Name'],
      });
    }
    names.add(action.name);
  }
  return hits;
}
