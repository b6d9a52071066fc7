/** T26: an alias record takes its answer and TTL from its target, so Route 53 refuses TTL or ResourceRecords beside AliasTarget. */
import { entryOf, isMap, type MapEntry, type MapNode, type NodePath } from '../../../model';
import type { Template } from '../../../template';
import { removeEntry } from '../../support/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName, isNoValue } from '../support/values';
import { recordGroups } from './recordGroups';

const CHOOSING_ALIAS = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html';

/** CX2618: TTL or ResourceRecords given on an alias record. */
export const aliasRecordWithValues: CatalogueCheck = {
  id: 'CX2618',
  title: 'Alias record that also sets TTL or ResourceRecords',
  topics: ['T26', 'T25'],
  severity: 'error',
  url: CHOOSING_ALIAS,
  rejection: {
    quote: "If an alias record points to an AWS resource, you can't set the time to live (TTL); Route 53 uses the default TTL for the resource.",
    url: CHOOSING_ALIAS,
  },
  explanation: {
    what:
      'An alias record answers with the current addresses of its target (a load balancer, CloudFront, an S3 website, another ' +
      'record) and uses the target\'s TTL. Route 53 expects either AliasTarget or TTL with ResourceRecords, never both, and ' +
      'refuses the change, so the stack fails.',
    exam:
      'point the zone apex (example.com) at a load balancer or CloudFront with an alias record: free queries, no TTL to tune, ' +
      'and EvaluateTargetHealth for failover; a CNAME cannot sit at the apex.',
    scenario: 'route the domain apex to the Application Load Balancer and fail over when it is unhealthy',
    trap: 'an alias record to an ELB or S3 website already has a fixed 60-second TTL; there is nothing to lower for faster failover.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const alias = entryOf(record.record, 'AliasTarget');
      if (!alias || !isMap(alias.value) || intrinsicName(alias.value) !== undefined) continue;
      for (const name of ['TTL', 'ResourceRecords']) {
        const entry = entryOf(record.record, name);
        if (!entry || isNoValue(entry.value)) continue;
        hits.push(hitFor(context.template, record.record, entry, record.label, [...record.path, name]));
      }
    }
    return hits;
  },
};

function hitFor(template: Template, record: MapNode, entry: MapEntry, label: string, path: NodePath): CheckHit {
  const name = entry.key.value;
  const removal = removeEntry(template, record, entry);
  return {
    message: `Alias record '${label}' also sets ${name}: Route 53 takes either AliasTarget or TTL with ResourceRecords, and refuses both`,
    span: entry.key.span,
    path,
    ...(removal ? { fixes: [{ title: `Remove ${name}`, edits: [removal], preferred: true }] } : {}),
  };
}
