/** T16: how an ECR lifecycle rule counts images: by number, or by days since they were pushed. */
import type { CatalogueCheck, CheckHit } from '../types';
import { LIFECYCLE_PAGE, lifecycleRules, rejectedRule, REPOSITORY } from './ecr';
import { field } from './policyText';

/** Count types that count days since an event (push, last pull, transition to archive): they need countUnit days. */
const AGE_COUNTS = ['sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'];

/** CX1616: countUnit missing for sinceImagePushed, or given for another count type. */
export const lifecycleCountUnit: CatalogueCheck = {
  id: 'CX1616',
  title: 'ECR lifecycle rule whose countUnit does not fit its countType',
  topics: ['T16'],
  severity: 'error',
  url: LIFECYCLE_PAGE,
  rejection: {
    quote:
      'countUnit: Specify a count unit of days to indicate that as the unit of time, in addition to countNumber, which is the number of days. ' +
      'This should only be specified when countType is sinceImagePushed; an error will occur if you specify a count unit when countType is any other value.',
    url: LIFECYCLE_PAGE,
  },
  explanation: {
    what:
      'A lifecycle rule counts images either by number (countType imageCountMoreThan, countNumber images kept) or by age ' +
      '(sinceImagePushed, sinceImagePulled or sinceImageTransitioned, countNumber days, countUnit days). ECR refuses a rule by age without its unit, and one by number with a unit.',
    exam: 'keep the last 10 release images (imageCountMoreThan 10 on a tag prefix) and expire untagged images 7 days after they were pushed (sinceImagePushed, 7, days).',
  },
  resourceTypes: [REPOSITORY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const repository of context.resources(REPOSITORY)) {
      for (const rule of lifecycleRules(repository.properties) ?? []) {
        const type = field(rule.selection, 'countType');
        const unit = field(rule.selection, 'countUnit');
        const problem =
          typeof type === 'string' && AGE_COUNTS.includes(type) && unit === undefined
            ? `counts days (${type}) without countUnit days`
            : type === 'imageCountMoreThan' && unit !== undefined
              ? 'counts images (imageCountMoreThan) but also gives a countUnit'
              : undefined;
        if (!problem) continue;
        hits.push(rejectedRule(repository, rule, problem));
      }
    }
    return hits;
  },
};
