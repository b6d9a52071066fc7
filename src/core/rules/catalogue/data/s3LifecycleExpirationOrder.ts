import { nodeAt, valueOf, type NodePath } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { numberValues, propertyHit, push } from './common';
import { lifecycleRules, transitions } from './s3';

/** CX2317: a lifecycle rule that expires objects no later than it transitions them. */
export const s3LifecycleExpirationOrder: CatalogueCheck = {
  id: 'CX2317',
  title: 'S3 lifecycle expiration not later than a transition',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html',
  rejection: {
    quote: 'The expiration time must also be later than the transition time.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html',
  },
  explanation: {
    what:
      'In one lifecycle rule S3 requires the expiration to come after every transition (for current and for noncurrent ' +
      'versions); a rule that expires objects on or before the day it moves them is rejected.',
    exam:
      'cost-optimised retention: transition to Standard-IA after 30 days, to Glacier after 90, expire after a year; ' +
      'NoncurrentVersionExpiration cleans up old versions of a versioned (replicated) bucket.',
    scenario: 'keep logs for one year at the lowest cost, with the last nine months in archive storage',
    trap: 'objects in Glacier Flexible Retrieval or Deep Archive have minimum storage durations (90/180 days) that are billed even when expired earlier.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of lifecycleRules(bucket)) {
        const checks: Array<{ path: NodePath; single: string; plural: string }> = [
          { path: ['ExpirationInDays'], single: 'Transition', plural: 'Transitions' },
          { path: ['NoncurrentVersionExpirationInDays'], single: 'NoncurrentVersionTransition', plural: 'NoncurrentVersionTransitions' },
          { path: ['NoncurrentVersionExpiration', 'NoncurrentDays'], single: 'NoncurrentVersionTransition', plural: 'NoncurrentVersionTransitions' },
        ];
        for (const { path, single, plural } of checks) {
          const expiration = numberValues(context, nodeAt(rule.rule, path));
          if (!expiration || expiration.length !== 1) continue;
          const latest = Math.max(
            -1,
            ...transitions(rule, single, plural).map((transition) => {
              const days = numberValues(context, valueOf(transition.rule, 'TransitionInDays'));
              return days?.length === 1 ? days[0] : -1;
            }),
          );
          if (latest < 0 || expiration[0] > latest) continue;
          push(
            hits,
            propertyHit(
              bucket,
              [...rule.path, ...path],
              `A lifecycle rule of '${bucket.logicalId}' expires ${path.length > 1 || path[0] !== 'ExpirationInDays' ? 'noncurrent versions' : 'objects'} ` +
                `after ${expiration[0]} days but transitions them after ${latest}: the expiration must come later than every transition`,
            ),
          );
        }
      }
    }
    return hits;
  },
};
