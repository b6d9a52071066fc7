/**
 * How a push reaches the pipeline: an EventBridge rule that may start it, polling switched off only
 * when something else starts it, and not both at once.
 */
import { entryOf, isMap, isScalar, isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { Fix } from '../../../findings';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { allowsAction } from '../support/iam';
import { mentions, templateText } from '../support/mentions';
import { intrinsicName, literalBoolean } from '../support/values';
import { allActions, configurationValue, pipelineModel, type PipelineAction } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const RULE = 'AWS::Events::Rule';
const TRIGGERING_URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/triggering.html';
const DEFAULTS_URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/PollForSourceChanges-defaults.html';
const POLLED_PROVIDERS = ['CodeCommit', 'S3'];

interface RuleTarget {
  rule: ResourceDeclaration;
  target: MapNode;
  path: NodePath;
}

/** EventBridge rule targets whose Arn names this pipeline: by its logical id, or by the name it is given. */
function targetsOf(context: CheckContext, pipeline: ResourceDeclaration): RuleTarget[] {
  const named = arnEnding(valueOf(pipeline.properties, 'Name'));
  return context.resources(RULE).flatMap((rule) => {
    const targets = valueOf(rule.properties, 'Targets');
    if (!isSeq(targets)) return [];
    return targets.items.flatMap((target, index) => {
      if (!isMap(target)) return [];
      const arn = valueOf(target, 'Arn');
      const text = templateText(arn);
      const byName = named !== undefined && text !== undefined && text.includes(':codepipeline:') && text.endsWith(named);
      return byName || mentions(arn, pipeline.logicalId) ? [{ rule, target, path: ['Resources', rule.logicalId, 'Properties', 'Targets', index] }] : [];
    });
  });
}

/**
 * How a pipeline ARN written with `Fn::Sub` ends for the pipeline's Name: `:orders` for `Name: orders`, `:${Env}` for
 * `Name: !Ref Env`, `:${AWS::StackName}-pipeline` for `Name: !Sub '${AWS::StackName}-pipeline'`.
 */
function arnEnding(name: TemplateNode | undefined): string | undefined {
  if (isScalar(name) && name.value !== null && String(name.value) !== '') return `:${String(name.value)}`;
  const parameter = intrinsicName(name) === 'Ref' ? valueOf(name, 'Ref') : undefined;
  if (isScalar(parameter)) return `:\${${String(parameter.value)}}`;
  const written = intrinsicName(name) === 'Fn::Sub' ? templateText(name) : undefined;
  return written ? `:${written}` : undefined;
}

/**
 * Whether some rule target in the template could start the pipeline (any rule with a computed target list counts).
 * A pipeline whose Name is computed otherwise (Fn::FindInMap, Fn::Join) may be any pipeline ARN a target names.
 */
function mayBeStartedByRule(context: CheckContext, pipeline: ResourceDeclaration): boolean {
  if (context.resources(RULE).some((rule) => !isSeq(valueOf(rule.properties, 'Targets')))) return true;
  if (targetsOf(context, pipeline).length > 0) return true;
  const name = valueOf(pipeline.properties, 'Name');
  return name !== undefined && arnEnding(name) === undefined && context.resources(RULE).some((rule) => namesSomePipeline(valueOf(rule.properties, 'Targets')));
}

/** Whether a target list has an Arn that is, or may be, a pipeline's: one written with :codepipeline:, or computed beyond reading. */
function namesSomePipeline(targets: TemplateNode | undefined): boolean {
  if (!isSeq(targets)) return false;
  return targets.items.some((target) => {
    const arn = valueOf(target, 'Arn');
    const text = templateText(arn);
    return text === undefined ? ['Fn::Join', 'Fn::FindInMap', 'Fn::ImportValue', 'Fn::If'].includes(intrinsicName(arn) ?? '') : text.includes(':codepipeline:');
  });
}

/**
 * Whether a source action starts the pipeline on its own: one that polls, or a connection that detects
 * changes (its default). A source with polling off beside it is then fetched at its latest on each run.
 */
function startsItself(pipeline: ResourceDeclaration): boolean {
  if (polledSources(pipeline).some(({ polls }) => polls === true)) return true;
  const model = pipelineModel(pipeline);
  return (model ? allActions(model) : []).some((action) => {
    if (action.category !== 'Source' || action.provider !== 'CodeStarSourceConnection') return false;
    const detects = configurationValue(action, 'DetectChanges');
    return detects === undefined || literalBoolean(detects) === true;
  });
}

function polledSources(pipeline: ResourceDeclaration): { action: PipelineAction; polls: boolean | undefined }[] {
  const model = pipelineModel(pipeline);
  return (model ? allActions(model) : [])
    .filter((action) => action.category === 'Source' && action.owner === 'AWS' && POLLED_PROVIDERS.includes(action.provider ?? ''))
    .map((action) => {
      const flag = configurationValue(action, 'PollForSourceChanges');
      return { action, polls: flag === undefined ? true : literalBoolean(flag) };
    });
}

/** CX0114: a rule targets the pipeline without a role that may start it. */
export const pipelineRuleRole: CatalogueCheck = {
  id: 'CX0114',
  title: 'EventBridge rule targets a pipeline without a role allowed to start it',
  topics: ['T01', 'T30'],
  severity: 'warning',
  url: TRIGGERING_URL,
  explanation: {
    what:
      'EventBridge starts a pipeline by calling codepipeline:StartPipelineExecution with the IAM role given as the target\'s ' +
      'RoleArn (a role EventBridge, events.amazonaws.com, can assume). Without that role, or with a role that lacks the call, ' +
      'the rule matches the push and the pipeline never starts.',
    exam:
      'event-driven change detection for CodeCommit is an EventBridge rule on "CodeCommit Repository State Change" for the ' +
      'branch, a target of the pipeline ARN and a role allowed to start it, with PollForSourceChanges set to false.',
    scenario: 'start the pipeline as soon as a commit is pushed to the main branch',
  },
  resourceTypes: [RULE, PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      for (const { rule, target, path } of targetsOf(context, pipeline)) {
        const roleArn = valueOf(target, 'RoleArn');
        const role = context.referenced(roleArn);
        const lacks = roleArn === undefined || (role?.type === 'AWS::IAM::Role' && allowsAction(context, role, 'codepipeline:StartPipelineExecution') === 'no');
        if (!lacks) continue;
        const arn = entryOf(target, 'Arn')!;
        hits.push({
          message:
            roleArn === undefined
              ? `Rule '${rule.logicalId}' targets pipeline '${pipeline.logicalId}' without a RoleArn: EventBridge needs a role to start the pipeline`
              : `Rule '${rule.logicalId}' starts pipeline '${pipeline.logicalId}' with role '${role!.logicalId}', which does not allow codepipeline:StartPipelineExecution`,
          span: arn.key.span,
          path: [...path, 'RoleArn'],
        });
      }
    }
    return hits;
  },
};

/** CX0115: polling switched off, and nothing in the template starts the pipeline. */
export const pipelineNoChangeDetection: CatalogueCheck = {
  id: 'CX0115',
  title: 'Pipeline source with polling off and no EventBridge rule to start it',
  topics: ['T01', 'T02'],
  severity: 'warning',
  url: DEFAULTS_URL,
  explanation: {
    what:
      'With PollForSourceChanges false, CodePipeline no longer checks the CodeCommit branch or S3 object for changes: only an ' +
      'EventBridge rule that targets the pipeline (for S3, on a CloudTrail data event) starts it. Without one, pushes go ' +
      'unnoticed and the pipeline runs only when someone releases a change by hand.',
    exam:
      'the console creates the EventBridge rule and its role for you; a template or the CLI must create them, which is the ' +
      'usual reason a "pipeline does not start on push" in exam scenarios.',
    scenario: 'the pipeline created with CloudFormation does not start when developers push commits',
  },
  resourceTypes: [PIPELINE, RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      if (mayBeStartedByRule(context, pipeline) || startsItself(pipeline)) continue;
      for (const { action, polls } of polledSources(pipeline)) {
        if (polls !== false) continue;
        const flag = entryOf(action.configuration!, 'PollForSourceChanges')!;
        hits.push({
          message:
            `Source action '${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' does not poll, and no EventBridge rule in ` +
            'the template targets the pipeline: pushes will not start it',
          span: flag.key.span,
          path: [...action.path, 'Configuration', 'PollForSourceChanges'],
        });
      }
    }
    return hits;
  },
};

/** CX0116: both polling and an EventBridge rule start the pipeline. */
export const pipelineDoubleStart: CatalogueCheck = {
  id: 'CX0116',
  title: 'Pipeline source polls while an EventBridge rule also starts the pipeline',
  topics: ['T01', 'T02'],
  severity: 'warning',
  url: DEFAULTS_URL,
  explanation: {
    what:
      'A CodeCommit or S3 source action created by CloudFormation polls for changes unless PollForSourceChanges is false. When ' +
      'an EventBridge rule also starts the pipeline, one push can start it twice; AWS asks you to set the parameter to false ' +
      'once the rule exists.',
    exam:
      'event-based change detection (EventBridge rule, PollForSourceChanges false) is the recommended, faster and cheaper ' +
      'choice over polling.',
    trap: 'leaving PollForSourceChanges out is not false: for pipelines created with CloudFormation it means polling.',
  },
  resourceTypes: [PIPELINE, RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      if (targetsOf(context, pipeline).length === 0) continue;
      for (const { action, polls } of polledSources(pipeline)) {
        if (polls !== true || !action.configuration) continue;
        const flag = entryOf(action.configuration, 'PollForSourceChanges');
        const edit = flag
          ? isScalar(flag.value) ? replaceScalar(context.template, flag.value, false) : undefined
          : insertEntry(context.template, action.configuration, 'PollForSourceChanges', false);
        const fixes: Fix[] = edit ? [{ title: 'Set PollForSourceChanges to false', edits: [edit], preferred: true }] : [];
        hits.push({
          message:
            `Source action '${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' polls for changes while an EventBridge rule ` +
            'also starts the pipeline: set PollForSourceChanges to false so a push starts it once',
          span: (flag ?? entryOf(action.node, 'Configuration')!).key.span,
          path: [...action.path, 'Configuration', 'PollForSourceChanges'],
          ...(fixes.length > 0 ? { fixes } : {}),
        });
      }
    }
    return hits;
  },
};

/** CX0117: a source that polls, with no EventBridge rule: event-based change detection is what AWS recommends. */
export const pipelinePolling: CatalogueCheck = {
  id: 'CX0117',
  title: 'Pipeline source detects changes by polling',
  topics: ['T01', 'T02'],
  severity: 'info',
  url: DEFAULTS_URL,
  explanation: {
    what:
      'A CodeCommit or S3 source action that CloudFormation creates polls for changes unless PollForSourceChanges is false. AWS ' +
      'recommends event-based change detection instead: an EventBridge rule on the repository (or on the bucket\'s CloudTrail ' +
      'data events) that starts the pipeline, which reacts at once and does not count against polling limits.',
    exam: 'the "most efficient" way to start a pipeline on a push is an EventBridge rule with PollForSourceChanges false; polling is the legacy default.',
    trap: 'leaving PollForSourceChanges out is not false: for pipelines created with CloudFormation it means polling.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      if (mayBeStartedByRule(context, pipeline)) continue;
      for (const { action, polls } of polledSources(pipeline)) {
        if (polls !== true || !action.configuration) continue;
        const flag = entryOf(action.configuration, 'PollForSourceChanges');
        hits.push({
          message: `Source action '${action.name ?? '(unnamed)'}' of pipeline '${pipeline.logicalId}' polls for changes: an EventBridge rule that starts the pipeline is the event-based way`,
          span: (flag ?? entryOf(action.node, 'Configuration')!).key.span,
          path: [...action.path, 'Configuration', 'PollForSourceChanges'],
        });
      }
    }
    return hits;
  },
};

export const changeDetectionChecks: readonly CatalogueCheck[] = [pipelineRuleRole, pipelineNoChangeDetection, pipelineDoubleStart, pipelinePolling];
