import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { numberValues, propertyHit, push, stringValues } from './common';
import { lifecycleRules, transitions } from './s3';

/** CX2318: objects moved to an infrequent-access class before they are 30 days old. */
export const s3LifecycleInfrequentAccess: CatalogueCheck = {
  id: 'CX2318',
  title: 'S3 lifecycle transition to STANDARD_IA or ONEZONE_IA before 30 days',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-transition.html',
  rejection: {
    quote: 'Before you transition objects to S3 Standard-IA or S3 One Zone-IA, you must store them for at least 30 days in Amazon S3.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html',
  },
  explanation: {
    what:
      'S3 moves objects to Standard-IA or One Zone-IA only once they have been stored at least 30 days; a lifecycle rule ' +
      'that transitions them earlier is rejected.',
    exam:
      'choose the class by access pattern: Standard-IA (multi-AZ) or One Zone-IA (re-creatable data) after 30 days, ' +
      'Glacier classes for archives, Intelligent-Tiering when the pattern is unknown (it accepts day 0).',
    scenario: 'move reports to a cheaper class once they are rarely read after the first week',
    trap: 'for early savings use Intelligent-Tiering or Glacier Instant Retrieval, which have no 30-day transition minimum.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of lifecycleRules(bucket)) {
        const all = [
          ...transitions(rule, 'Transition', 'Transitions').map((transition) => ({ transition, daysName: 'TransitionInDays' })),
          ...transitions(rule, 'NoncurrentVersionTransition', 'NoncurrentVersionTransitions').map((transition) => ({ transition, daysName: 'TransitionInDays' })),
        ];
        for (const { transition, daysName } of all) {
          const classes = stringValues(context, valueOf(transition.rule, 'StorageClass'));
          if (!classes?.every((value) => value === 'STANDARD_IA' || value === 'ONEZONE_IA')) continue;
          const days = numberValues(context, valueOf(transition.rule, daysName));
          if (!days || !days.every((value) => value < 30)) continue;
          push(
            hits,
            propertyHit(
              bucket,
              [...transition.path, daysName],
              `A lifecycle rule of '${bucket.logicalId}' moves objects to ${classes.join('/')} after ${days.join('/')} days: S3 ` +
                'requires at least 30 days before a transition to an infrequent-access class',
            ),
          );
        }
      }
    }
    return hits;
  },
};
