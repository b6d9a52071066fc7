/** What CloudFormation does with running instances when this group's launch template changes (UpdatePolicy). */
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { AUTO_SCALING_GROUP, groupUpdate, UPDATE_POLICY_PAGE, type GroupUpdate } from '../support/groupUpdate';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

export const asgUpdateBehaviour: QuestionKind = {
  kind: 'asg-update-behaviour',
  title: 'What happens to running instances when the launch template changes',
  topics: ['T09'],
  domain: 'D3',
  needs: [],
  generate(context) {
    return context.checks
      .resources(AUTO_SCALING_GROUP)
      .map((group) => questionFor(context, group))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, group: ResourceDeclaration): TemplateQuestion | undefined {
  const update = groupUpdate(context.checks, group);
  if (!update) return undefined;
  const options = optionsFor(update);
  return buildQuestion(asgUpdateBehaviour, context, {
    subject: group.logicalId,
    path: resourcePath(group),
    stem:
      `A stack update gives ${resourceLabel(group)} in \`${context.fileName}\` a new AMI in its launch template (or launch configuration). ` +
      'What happens to the instances that are already running?',
    right: [options[update.mode]],
    wrong: [options.rolling, options.replacing, options.none, options.allAtOnce].filter((option) => option !== options[update.mode]),
    notes: ['asg-update-policy', update.mode === 'replacing' ? 'asg-replacing-update' : 'asg-rolling-update'],
    url: UPDATE_POLICY_PAGE,
  });
}

function optionsFor(update: GroupUpdate): Record<GroupUpdate['mode'] | 'allAtOnce', OptionDraft> {
  const written =
    update.mode === 'rolling'
      ? 'The group has an `AutoScalingRollingUpdate` policy (and no `AutoScalingReplacingUpdate` with `WillReplace: true`).'
      : update.mode === 'replacing'
        ? 'The group has `AutoScalingReplacingUpdate` with `WillReplace: true`, which wins over any rolling update policy.'
        : 'The group has no `UpdatePolicy` that replaces instances.';
  const batch = update.mode === 'rolling' ? update.rolling.maxBatchSize : 1;
  const minimum = update.mode === 'rolling' ? update.rolling.minInService : 0;
  return {
    rolling: {
      text: `CloudFormation replaces them in batches of up to ${batch}, keeping at least ${minimum} in service`,
      why: update.mode === 'rolling' ? `${written} Its \`MaxBatchSize\` is ${batch} and \`MinInstancesInService\` ${minimum}.` : `That is a rolling update (\`AutoScalingRollingUpdate\`). ${written}`,
    },
    replacing: {
      text: 'CloudFormation creates a new Auto Scaling group, then deletes the old one once the new one is created',
      why: update.mode === 'replacing' ? written : `That is a replacing update (\`AutoScalingReplacingUpdate\` with \`WillReplace: true\`). ${written}`,
    },
    none: {
      text: 'Nothing: they keep running as they are, and only instances launched later use the new version',
      why: update.mode === 'none' ? `${written} CloudFormation updates the group's launch template only.` : `That happens only without an \`UpdatePolicy\` that replaces instances. ${written}`,
    },
    allAtOnce: {
      text: 'CloudFormation terminates all of them at once, then launches new ones',
      why: 'No update policy does this: a rolling update works in batches, a replacing update keeps the old group until the new one exists.',
    },
  };
}
