import { isMap, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, neverGiven, propertyHit, push, stringValues } from './common';
import { replicationRules } from './s3';

/** CX2313: a filtered (V2) replication rule without DeleteMarkerReplication, or replicating delete markers by tag. */
export const s3ReplicationDeleteMarkers: CatalogueCheck = {
  id: 'CX2313',
  title: 'Replication rule with a Filter but no valid DeleteMarkerReplication',
  topics: ['T23'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationrule.html',
  rejection: {
    quote:
      'If you specify a Filter in your replication configuration, you must also include a DeleteMarkerReplication element. If ' +
      'your Filter includes a Tag element, the DeleteMarkerReplication Status must be set to Disabled, because Amazon S3 does ' +
      'not support replicating delete markers for tag-based rules.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationrule.html',
  },
  explanation: {
    what:
      'A rule with Filter is a V2 replication rule, and V2 rules must say whether delete markers are replicated; S3 rejects a ' +
      'filtered rule without DeleteMarkerReplication, and one that replicates delete markers for a tag filter.',
    exam:
      'by default deletes are not replicated (a DR copy survives an accidental or malicious delete); enable delete marker ' +
      'replication only when the copy must mirror deletions. Deletes of specific versions are never replicated.',
    scenario: 'the replica in the DR Region must not lose objects when someone deletes them in the primary bucket',
    trap: 'a V1 rule (Prefix directly on the rule, no Filter) replicates delete markers; moving to Filter changes the format and needs DeleteMarkerReplication.',
  },
  resourceTypes: ['AWS::S3::Bucket'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const bucket of context.resources('AWS::S3::Bucket')) {
      for (const rule of replicationRules(bucket)) {
        const filter = valueOf(rule.rule, 'Filter');
        if (!alwaysGiven(filter)) continue;
        const markers = valueOf(rule.rule, 'DeleteMarkerReplication');
        if (neverGiven(markers)) {
          // The registry constraints report a missing Priority at the same place: said here, it is not lost.
          const noPriority = neverGiven(valueOf(rule.rule, 'Priority'));
          push(
            hits,
            propertyHit(
              bucket,
              [...rule.path, 'Filter'],
              `A replication rule of '${bucket.logicalId}' has a Filter but no DeleteMarkerReplication${noPriority ? ' and no Priority' : ''}: S3 rejects a V2 rule ` +
                `that does not say whether delete markers are replicated${noPriority ? ', and one without a priority' : ''}`,
              undefined,
              true,
            ),
          );
          continue;
        }
        const byTag = isMap(filter) && (valueOf(filter, 'TagFilter') !== undefined || valueOf(valueOf(filter, 'And'), 'TagFilters') !== undefined);
        const status = stringValues(context, valueOf(markers, 'Status'));
        if (!byTag || !status?.every((value) => value === 'Enabled')) continue;
        push(
          hits,
          propertyHit(
            bucket,
            [...rule.path, 'DeleteMarkerReplication', 'Status'],
            `A replication rule of '${bucket.logicalId}' filters by tag and replicates delete markers: S3 does not support ` +
              'delete marker replication for tag-based rules',
          ),
        );
      }
    }
    return hits;
  },
};
