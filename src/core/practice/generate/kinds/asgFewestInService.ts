/** The fewest instances in service during this group's rolling update (MinInstancesInService, MaxBatchSize). */
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { AUTO_SCALING_GROUP, desiredCapacity, groupUpdate, maxSize, UPDATE_POLICY_PAGE } from '../support/groupUpdate';
import { describeKnown, resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

export const asgFewestInService: QuestionKind = {
  kind: 'asg-fewest-in-service',
  title: 'The fewest instances in service during a rolling update',
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

/** CloudFormation replaces at most MaxBatchSize at once and never goes below MinInstancesInService. */
export function fewestInService(desired: number, maxBatchSize: number, minInService: number): number {
  return Math.max(minInService, desired - maxBatchSize, 0);
}

function questionFor(context: GenerateContext, group: ResourceDeclaration): TemplateQuestion | undefined {
  const update = groupUpdate(context.checks, group);
  const desired = desiredCapacity(context.checks, group);
  const max = maxSize(context.checks, group);
  if (update?.mode !== 'rolling' || !desired || max === undefined || desired.value < 1) return undefined;
  const { maxBatchSize, minInService } = update.rolling;
  // A minimum at or above MaxSize fails the update (CX0910); one above the desired capacity is not asked about.
  if (minInService >= max || minInService > desired.value) return undefined;
  const fewest = fewestInService(desired.value, maxBatchSize, minInService);
  const reason =
    `The group runs ${desired.value} instances; CloudFormation replaces at most ${maxBatchSize} at a time (\`MaxBatchSize\`) ` +
    `and keeps at least ${minInService} in service (\`MinInstancesInService\`). The lowest point is the larger of ${minInService} and ${desired.value} − ${maxBatchSize}: ${fewest}.` +
    (minInService > desired.value - maxBatchSize ? ' To keep that minimum, CloudFormation launches new instances before it takes old ones out (the group may grow up to its MaxSize for a while).' : '');
  const candidates = [minInService, desired.value - maxBatchSize, desired.value, 0, maxBatchSize, desired.value - 1, fewest + 1];
  const wrong = [...new Set(candidates)].filter((count) => count >= 0 && count !== fewest && count <= max);
  return buildQuestion(asgFewestInService, context, {
    subject: group.logicalId,
    path: resourcePath(group),
    stem:
      `${resourceLabel(group)} in \`${context.fileName}\` has a desired capacity of ${describeKnown(desired)}. A stack update changes its launch template, ` +
      'and CloudFormation runs the rolling update its `UpdatePolicy` describes; every new instance becomes healthy. ' +
      'What is the fewest instances in service at any moment of the update?',
    right: [{ text: instances(fewest), why: reason }],
    wrong: wrong.map((count) => ({ text: instances(count), why: `Not the lowest point. ${reason}` })),
    notes: ['asg-rolling-min-in-service', 'asg-rolling-max-batch-size'],
    url: UPDATE_POLICY_PAGE,
  });
}

function instances(count: number): string {
  return count === 1 ? '1 instance' : `${count} instances`;
}
