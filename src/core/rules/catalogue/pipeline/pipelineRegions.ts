/** Cross-region pipeline actions and the artifact stores CodePipeline needs for them. */
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName, literalString } from '../support/values';
import { allActions, CODEPIPELINE_RESOURCE_URL, pipelineModel, type PipelineAction } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const STORES_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codepipeline-pipeline-artifactstoremap.html';

/** A region as written: a literal name, the stack's own region (Ref AWS::Region), or unknown. */
type RegionToken = { kind: 'literal'; name: string } | { kind: 'stack' } | { kind: 'unknown' };

function regionToken(node: TemplateNode | undefined): RegionToken {
  const name = literalString(node);
  if (name !== undefined) return { kind: 'literal', name };
  if (intrinsicName(node) === 'Ref' && literalString(valueOf(node, 'Ref')) === 'AWS::Region') return { kind: 'stack' };
  return { kind: 'unknown' };
}

function literalRegionActions(actions: PipelineAction[]): { action: PipelineAction; name: string }[] {
  return actions.flatMap((action) => {
    const token = regionToken(action.region);
    return action.region !== undefined && token.kind === 'literal' ? [{ action, name: token.name }] : [];
  });
}

const CROSS_REGION_EXPLANATION = {
  what:
    'A cross-region action runs in another Region than the pipeline. CodePipeline copies its input artifacts to an artifact ' +
    'bucket in that Region, so the pipeline must use ArtifactStores (a list of Region + bucket, and a KMS key per Region) ' +
    'instead of the single ArtifactStore, with one entry for the pipeline Region and one for every action Region.',
  exam:
    'deploying the same application to a second Region from one pipeline (disaster recovery, multi-region active/active) is ' +
    'a cross-region CloudFormation or CodeDeploy action with Region set, plus an artifact bucket and KMS key created in that ' +
    'Region beforehand (for example with StackSets).',
  scenario: 'deploy the application to us-east-1 and eu-west-1 from a single pipeline',
  trap: 'the bucket and key for each Region must live in that Region and in the pipeline account; source actions cannot be cross-region.',
};

/** CX0215: actions in several Regions with a single ArtifactStore. */
export const pipelineSingleStoreCrossRegion: CatalogueCheck = {
  id: 'CX0215',
  title: 'Pipeline with cross-region actions uses ArtifactStore instead of ArtifactStores',
  topics: ['T02'],
  severity: 'error',
  url: CODEPIPELINE_RESOURCE_URL,
  rejection: {
    quote: 'If you create a cross-region action in your pipeline, you must use artifactStores.',
    url: CODEPIPELINE_RESOURCE_URL,
  },
  explanation: CROSS_REGION_EXPLANATION,
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const store = entryOf(pipeline.properties, 'ArtifactStore');
      const model = pipelineModel(pipeline);
      if (!store || !model || entryOf(pipeline.properties, 'ArtifactStores')) continue;
      const regions = [...new Set(literalRegionActions(allActions(model)).map((item) => item.name))];
      if (regions.length === 0) continue;
      // Two different literal Regions cannot both be the pipeline's own; one is cross-region unless the stack is deployed there.
      const onlyElsewhere = regions.length === 1;
      hits.push({
        message:
          `Pipeline '${pipeline.logicalId}' runs actions in ${regions.join(', ')} but has a single ArtifactStore: cross-region ` +
          `actions need ArtifactStores with an artifact bucket for every Region${onlyElsewhere ? ` (unless the stack is deployed in ${regions[0]})` : ''}`,
        span: store.key.span,
        path: ['Resources', pipeline.logicalId, 'Properties', 'ArtifactStore'],
        ...(onlyElsewhere ? { severity: 'warning' as const } : {}),
      });
    }
    return hits;
  },
};

/** CX0216: an action Region with no entry in ArtifactStores. */
export const pipelineStoreForRegion: CatalogueCheck = {
  id: 'CX0216',
  title: 'Cross-region pipeline action has no artifact store for its Region',
  topics: ['T02'],
  severity: 'error',
  url: STORES_URL,
  rejection: {
    quote: 'There must be an artifact store for the pipeline Region and for each cross-region action in the pipeline.',
    url: STORES_URL,
  },
  explanation: CROSS_REGION_EXPLANATION,
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const stores = valueOf(pipeline.properties, 'ArtifactStores');
      const model = pipelineModel(pipeline);
      if (!isSeq(stores) || !model) continue;
      const tokens = stores.items.map((item) => regionToken(valueOf(item, 'Region')));
      if (tokens.some((token) => token.kind === 'unknown')) continue;
      const covered = new Set(tokens.flatMap((token) => (token.kind === 'literal' ? [token.name] : [])));
      const stackStore = tokens.some((token) => token.kind === 'stack');
      const missing = literalRegionActions(allActions(model)).filter((item) => !covered.has(item.name));
      const missingRegions = new Set(missing.map((item) => item.name));
      // the store for Ref AWS::Region covers at most one of the missing Regions: the stack's own
      if (missing.length === 0 || (stackStore && missingRegions.size < 2)) continue;
      for (const { action, name } of missing) {
        hits.push({
          message:
            `Action '${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' runs in ${name}, but ArtifactStores has no entry for ${name}` +
            (stackStore ? ' (the store for the stack Region can cover only one of the Regions listed)' : ''),
          span: action.region!.span,
          path: [...action.path, 'Region'],
        });
      }
    }
    return hits;
  },
};
