/** T02: a change set executed in the same step as it is created, or before. */
import { toPlain } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { configurationValue, pipelineModel, type PipelineAction, type PipelineStage } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/continuous-delivery-codepipeline-action-reference.html';

/**
 * The stack and change set an action of a CloudFormation provider creates or executes, as comparable text; undefined when it
 * is not one. A creation that names no change set (which fails on its own) pairs with any execution of its stack.
 */
function changeSetOf(action: PipelineAction, mode: 'CHANGE_SET_REPLACE' | 'CHANGE_SET_EXECUTE'): { stack: string; changeSet?: string } | undefined {
  if (action.provider !== 'CloudFormation' || literalString(configurationValue(action, 'ActionMode')) !== mode) return undefined;
  const stack = configurationValue(action, 'StackName');
  const changeSet = configurationValue(action, 'ChangeSetName');
  if (stack === undefined) return undefined;
  return { stack: JSON.stringify(toPlain(stack)), ...(changeSet !== undefined ? { changeSet: JSON.stringify(toPlain(changeSet)) } : {}) };
}

function samePair(created: { stack: string; changeSet?: string }, executed: { stack: string; changeSet?: string }): boolean {
  return created.stack === executed.stack && (created.changeSet === undefined || created.changeSet === executed.changeSet);
}

/** Executions in the stage that run no later than the creation of their change set in the same stage. */
function earlyExecutions(stage: PipelineStage): PipelineAction[] {
  const early: PipelineAction[] = [];
  for (const execute of stage.actions) {
    const executed = changeSetOf(execute, 'CHANGE_SET_EXECUTE');
    if (executed === undefined || execute.runOrder === undefined) continue;
    const creates = stage.actions.filter((action) => {
      const created = changeSetOf(action, 'CHANGE_SET_REPLACE');
      return created !== undefined && samePair(created, executed);
    });
    if (creates.some((create) => create.runOrder !== undefined && create.runOrder >= execute.runOrder!)) early.push(execute);
  }
  return early;
}

/** CX0225: CHANGE_SET_EXECUTE with a RunOrder not above the CHANGE_SET_REPLACE that creates its change set. */
export const changeSetExecutedEarly: CatalogueCheck = {
  id: 'CX0225',
  title: 'Pipeline executes a change set in the same step as it creates it, or before',
  topics: ['T02', 'T28'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'Actions of a stage with the same RunOrder run in parallel, and a lower RunOrder runs first. A CHANGE_SET_EXECUTE action that ' +
      'does not run after the CHANGE_SET_REPLACE action creating its change set (same StackName and ChangeSetName) looks for a change ' +
      'set that does not exist yet, or executes the previous one, and the stage fails or deploys the wrong revision.',
    exam:
      'the reviewed infrastructure deployment is three steps: CHANGE_SET_REPLACE (RunOrder 1), a manual approval (RunOrder 2), then ' +
      'CHANGE_SET_EXECUTE (RunOrder 3), in one stage or in consecutive stages.',
    scenario: 'an operator must review the changes to the production stack before CodePipeline applies them',
    trap: 'RunOrder defaults to 1 for every action: two actions without it run at the same time.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      for (const stage of pipelineModel(pipeline)?.stages ?? []) {
        for (const execute of earlyExecutions(stage)) {
          hits.push({
            message:
              `Action '${execute.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' executes its change set with RunOrder ${execute.runOrder}, ` +
              'no later than the action that creates it in the same stage: give it a higher RunOrder (after a manual approval)',
            span: (execute.nameNode ?? execute.node).span,
            path: execute.path,
          });
        }
      }
    }
    return hits;
  },
};
