/** T02: a V2 pipeline's Triggers, which filter pushes and pull requests of a source action reached through a connection. */
import { entryOf, isMap, isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';
import { allActions, pipelineModel } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const TRIGGER_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codepipeline-pipeline-pipelinetriggerdeclaration.html';
const CONNECTION = 'CodeStarSourceConnection';

/** CX0221: a trigger whose GitConfiguration names a source action that is not a connection (CodeCommit, S3, ECR). */
export const pipelineTriggerSourceAction: CatalogueCheck = {
  id: 'CX0221',
  title: 'Pipeline trigger on a source action that is not a CodeStarSourceConnection',
  topics: ['T02'],
  severity: 'error',
  url: TRIGGER_URL,
  rejection: { quote: 'This is only supported for the CodeStarSourceConnection action type.', url: TRIGGER_URL },
  explanation: {
    what:
      'Triggers (pipeline type V2) filter the Git events that start a pipeline: branches, file paths, tags and pull requests. ' +
      'They work only for a source action reached through a connection (GitHub, GitLab, Bitbucket); for CodeCommit, S3 or ECR ' +
      'sources CodePipeline refuses them, and an EventBridge rule on the repository or bucket starts the pipeline instead.',
    exam:
      '"run the pipeline only for pushes to release/* that touch src/": a V2 pipeline with a trigger on the connection\'s ' +
      'source action (push filter on branches and file paths); with CodeCommit, the EventBridge rule\'s event pattern does the filtering.',
    trap: 'a trigger turns off the default change detection of that source action: only the events the filters let through start the pipeline.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const triggers = valueOf(pipeline.properties, 'Triggers');
      const model = isSeq(triggers) ? pipelineModel(pipeline) : undefined;
      if (!model || !isSeq(triggers)) continue;
      const actions = allActions(model);
      triggers.items.forEach((trigger, index) => {
        const nameEntry = isMap(trigger) ? entryOf(valueOf(trigger, 'GitConfiguration'), 'SourceActionName') : undefined;
        const name = literalString(nameEntry?.value);
        const action = name === undefined ? undefined : actions.find((candidate) => candidate.name === name);
        if (!action || action.owner !== 'AWS' || action.provider === undefined || action.provider === CONNECTION) return;
        hits.push({
          message:
            `Trigger of pipeline '${pipeline.logicalId}' filters source action '${name}', a ${action.provider} source: triggers are ` +
            `supported only for ${CONNECTION} actions`,
          span: nameEntry!.value.span,
          path: ['Resources', pipeline.logicalId, 'Properties', 'Triggers', index, 'GitConfiguration', 'SourceActionName'],
        });
      });
    }
    return hits;
  },
};

const GIT_CONFIGURATION_API = 'https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_GitConfiguration.html';

/** CX0224: two triggers for one source action. */
export const pipelineTriggerRepeated: CatalogueCheck = {
  id: 'CX0224',
  title: 'Two pipeline triggers for the same source action',
  topics: ['T02'],
  severity: 'error',
  url: GIT_CONFIGURATION_API,
  rejection: { quote: 'You can only specify one trigger configuration per source action.', url: GIT_CONFIGURATION_API },
  explanation: {
    what:
      'A trigger holds every filter of one source action: up to three push filters and three pull-request filters, each with its ' +
      'branches, tags and file paths. A second trigger for the same action is refused; its filters belong in the first one.',
    exam: 'start the pipeline for pushes to main and for pull requests to main: one trigger with a Push filter and a PullRequest filter.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const triggers = valueOf(pipeline.properties, 'Triggers');
      if (!isSeq(triggers)) continue;
      const seen = new Set<string>();
      triggers.items.forEach((trigger, index) => {
        const nameEntry = isMap(trigger) ? entryOf(valueOf(trigger, 'GitConfiguration'), 'SourceActionName') : undefined;
        const name = literalString(nameEntry?.value);
        if (name === undefined) return;
        if (!seen.has(name)) return void seen.add(name);
        hits.push({
          message: `Pipeline '${pipeline.logicalId}' has a second trigger for source action '${name}': CodePipeline takes one per source action; put its filters in the first`,
          span: nameEntry!.value.span,
          path: ['Resources', pipeline.logicalId, 'Properties', 'Triggers', index, 'GitConfiguration', 'SourceActionName'],
        });
      });
    }
    return hits;
  },
};
