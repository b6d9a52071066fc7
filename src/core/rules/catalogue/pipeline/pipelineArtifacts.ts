/** Artifact names in a pipeline: every input comes from an earlier output, and output names are unique. */
import type { CatalogueCheck, CheckHit } from '../types';
import { allActions, CODEPIPELINE_STRUCTURE_URL, pipelineModel, type PipelineAction, type PipelineModel } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';

/** CX0213: an input artifact that no earlier action produces. */
export const pipelineInputArtifact: CatalogueCheck = {
  id: 'CX0213',
  title: 'Pipeline action reads an artifact that no preceding action produces',
  topics: ['T02'],
  severity: 'error',
  url: CODEPIPELINE_STRUCTURE_URL,
  rejection: {
    quote: 'The input artifact of an action must exactly match the output artifact declared in a preceding action.',
    url: CODEPIPELINE_STRUCTURE_URL,
  },
  explanation: {
    what:
      'Actions hand files to each other through named artifacts in the artifact store: an input artifact must be the output ' +
      'artifact of an action that runs before it (an earlier stage, or a lower RunOrder in the same stage), spelled exactly ' +
      'the same. CodePipeline rejects a pipeline whose input names no such output.',
    exam:
      'source output → build input → build output → deploy input is how a pipeline moves code; a CloudFormation deploy action ' +
      'reads its template from an artifact (TemplatePath: BuildOutput::packaged.yaml).',
    trap: 'actions with the same RunOrder run in parallel, so one cannot read what the other writes.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const model = pipelineModel(pipeline);
      if (model) hits.push(...missingInputs(model));
    }
    return hits;
  },
};

function missingInputs(model: PipelineModel): CheckHit[] {
  const hits: CheckHit[] = [];
  const earlier = new Set<string>();
  for (const [position, stage] of model.stages.entries()) {
    if (stage.index !== position || !stage.complete) break;
    if (stage.actions.some((action) => action.outputs === undefined)) break;
    for (const action of stage.actions) {
      for (const input of action.inputs ?? []) {
        if (earlier.has(input.name) || producedBefore(action, stage.actions, input.name) !== false) continue;
        hits.push({
          message:
            `Input artifact '${input.name}' of action '${action.name ?? '(unnamed)'}' in pipeline ` +
            `'${model.resource.logicalId}' is not the output of any action that runs before it: ${laterProducer(model, input.name)}`,
          span: input.node.span,
          path: input.path,
        });
      }
    }
    for (const action of stage.actions) for (const output of action.outputs ?? []) earlier.add(output.name);
  }
  return hits;
}

/** Whether an action of the same stage with a lower RunOrder writes the name; undefined when run orders are unknown. */
function producedBefore(action: PipelineAction, stageActions: PipelineAction[], name: string): boolean | undefined {
  const writers = stageActions.filter((other) => other !== action && other.outputs?.some((output) => output.name === name));
  if (writers.length === 0) return false;
  if (action.runOrder === undefined || writers.some((writer) => writer.runOrder === undefined)) return undefined;
  return writers.some((writer) => writer.runOrder! < action.runOrder!);
}

function laterProducer(model: PipelineModel, name: string): string {
  const writer = allActions(model).find((action) => action.outputs?.some((output) => output.name === name));
  return writer
    ? `it is written only by '${writer.name ?? 'an action'}', which does not run earlier`
    : 'no action in the pipeline declares it as an output (names are case-sensitive)';
}

/** CX0214: two actions declare the same output artifact name. */
export const pipelineDuplicateOutput: CatalogueCheck = {
  id: 'CX0214',
  title: 'Two pipeline actions declare the same output artifact name',
  topics: ['T02'],
  severity: 'error',
  url: CODEPIPELINE_STRUCTURE_URL,
  rejection: { quote: 'Output artifact names must be unique in a pipeline.', url: CODEPIPELINE_STRUCTURE_URL },
  explanation: {
    what:
      'Each output artifact name identifies one set of files in the artifact store for a pipeline run, so no two actions may ' +
      'declare the same output name; CodePipeline rejects the pipeline.',
    exam:
      'name artifacts by what they hold (SourceOutput, BuildOutput, TestReports) so later actions can pick exactly the one ' +
      'they need, including several inputs for a CodeBuild action with a PrimarySource.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const model = pipelineModel(pipeline);
      if (!model) continue;
      const seen = new Map<string, string>();
      for (const action of allActions(model)) {
        for (const output of action.outputs ?? []) {
          const first = seen.get(output.name);
          if (first !== undefined) {
            hits.push({
              message:
                `Output artifact '${output.name}' of pipeline '${pipeline.logicalId}' is already declared by action '${first}': ` +
                'output artifact names must be unique in a pipeline',
              span: output.node.span,
              path: output.path,
            });
          } else seen.set(output.name, action.name ?? 'another action');
        }
      }
    }
    return hits;
  },
};
