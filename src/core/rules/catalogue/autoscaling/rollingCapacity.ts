/** T09: what the deployment simulator finds about a rolling update's capacity, as a lint finding. */
import { entryOf, valueOf } from '../../../model';
import { resourceTimelines } from '../../../simulate';
import type { CatalogueCheck, CheckHit } from '../types';
import { attributeAt } from '../support/values';
import { GROUP } from './groups';

const UPDATE_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html';

/** CX0920: a batch as large as the group with nothing kept in service. */
export const rollingWholeGroupAtOnce: CatalogueCheck = {
  id: 'CX0920',
  title: 'Rolling update takes every instance of the group out of service at once',
  topics: ['T09'],
  severity: 'warning',
  url: UPDATE_PAGE,
  explanation: {
    what:
      'A rolling update replaces at most MaxBatchSize instances at a time while keeping MinInstancesInService (0 by default). With a ' +
      'batch as large as the group and no minimum, the first batch terminates every instance, and nothing serves until the new ones start.',
    exam:
      'keep capacity during a stack update with MaxBatchSize below the group size and MinInstancesInService above zero, or use a replacing ' +
      'update that builds the new group beside the old one.',
    scenario: 'roll out a new AMI through the stack without the site going down',
    trap: 'MaxBatchSize is a maximum: a value larger than the group is accepted and simply means one batch for everything.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const timeline = resourceTimelines(context, group).find((candidate) => candidate.kind === 'asg-rolling');
      if (!timeline?.problems.some((problem) => problem.code === 'whole-fleet-at-once')) continue;
      // Only sizes and settings the template writes (or leaves at their defaults) count, never assumed ones;
      // a group of one instance cannot keep anything in service within the same size anyway.
      if (timeline.fleet?.origin !== 'template' || timeline.fleet.size < 2 || timeline.settings.some((setting) => setting.origin === 'assumed' || setting.origin === 'parameter')) continue;
      const batch = attributeAt(group, 'UpdatePolicy', 'AutoScalingRollingUpdate', 'MaxBatchSize');
      const policy = entryOf(group.body, 'UpdatePolicy');
      const rolling = policy && valueOf(policy.value, 'AutoScalingRollingUpdate');
      const batchSetting = timeline.settings.find((setting) => setting.name === 'MaxBatchSize')?.value;
      hits.push({
        message:
          `The rolling update of '${group.logicalId}' replaces all ${timeline.fleet.size} instances in one batch (MaxBatchSize ${batchSetting}, ` +
          'MinInstancesInService 0): nothing stays in service while they are replaced',
        span: batch?.span ?? rolling?.span ?? group.key.span,
        path: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingRollingUpdate', ...(batch ? ['MaxBatchSize'] : [])],
      });
    }
    return hits;
  },
};
