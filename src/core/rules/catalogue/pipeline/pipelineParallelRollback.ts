/** T02: rollback in a pipeline whose executions run in parallel. */
import { isMap, isSeq, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const MODES_URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/execution-modes.html';
/** Where a stage says what happens on a result: its failure, success and entry conditions. */
const STAGE_OUTCOMES = ['OnFailure', 'OnSuccess', 'BeforeEntry'];

/** CX0222: a stage that rolls back in a PARALLEL pipeline. */
export const pipelineParallelRollback: CatalogueCheck = {
  id: 'CX0222',
  title: 'Stage rollback in a pipeline in PARALLEL execution mode',
  topics: ['T02'],
  severity: 'error',
  url: MODES_URL,
  rejection: {
    quote: 'For pipelines in PARALLEL mode, stage rollback is not available. Similarly, failure conditions with a rollback result type cannot be added to a PARALLEL mode pipeline.',
    url: MODES_URL,
  },
  explanation: {
    what:
      'In PARALLEL mode (pipeline type V2) every execution runs on its own, not waiting for the others, so there is no one last ' +
      'successful execution of a stage to go back to: CodePipeline refuses a stage that rolls back on failure, or a condition whose ' +
      'result is ROLLBACK, in such a pipeline.',
    exam:
      'SUPERSEDED (the default) lets a newer execution overtake an older one; QUEUED runs them one by one in order; PARALLEL runs ' +
      'them side by side (feature branches, independent deployments). Automatic stage rollback needs SUPERSEDED or QUEUED.',
    scenario: 'roll a failed deployment stage back to the last release that worked, automatically',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      if (literalString(valueOf(pipeline.properties, 'ExecutionMode')) !== 'PARALLEL') continue;
      const stages = valueOf(pipeline.properties, 'Stages');
      if (!isSeq(stages)) continue;
      stages.items.forEach((stage, index) => {
        for (const outcome of STAGE_OUTCOMES) {
          const path: NodePath = ['Resources', pipeline.logicalId, 'Properties', 'Stages', index, outcome];
          for (const [result, at] of rollbackResults(valueOf(stage, outcome), path)) {
            const name = literalString(valueOf(stage, 'Name')) ?? `#${index + 1}`;
            hits.push({ message: `Stage '${name}' of '${pipeline.logicalId}' rolls back (${outcome}), but the pipeline runs in PARALLEL mode, where CodePipeline has no stage rollback`, span: result.span, path: at });
          }
        }
      });
    }
    return hits;
  },
};

/** Each `Result: ROLLBACK` of an outcome: its own, or one of its conditions'. */
function rollbackResults(outcome: TemplateNode | undefined, path: NodePath): [TemplateNode, NodePath][] {
  if (!isMap(outcome)) return [];
  const found: [TemplateNode, NodePath][] = [];
  const own = valueOf(outcome, 'Result');
  if (own && literalString(own) === 'ROLLBACK') found.push([own, [...path, 'Result']]);
  const conditions = valueOf(outcome, 'Conditions');
  if (isSeq(conditions)) {
    conditions.items.forEach((condition, index) => {
      const result = valueOf(condition, 'Result');
      if (result && literalString(result) === 'ROLLBACK') found.push([result, [...path, 'Conditions', index, 'Result']]);
    });
  }
  return found;
}
