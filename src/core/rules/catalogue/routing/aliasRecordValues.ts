/** T26: an alias record takes its answer and TTL from its target, so Route 53 refuses TTL or ResourceRecords beside AliasTarget. */
import { entryOf, isMap, type MapEntry, type MapNode, type NodePath } from '../../../model';
import type { TextEdit } from '../../../findings';
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
    trap: 'an alias record to an AWS resource has no TTL of its own (Route 53 uses the resource\'s default TTL, 60 seconds for an Elastic Load Balancing load balancer): there is nothing to lower for faster failover.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const alias = entryOf(record.record, 'AliasTarget');
      if (!alias || !isMap(alias.value) || intrinsicName(alias.value) !== undefined) continue;
      // One mistake, one finding: a simple record and an alias written as one, whether it sets TTL, ResourceRecords or both.
      const extras = ['TTL', 'ResourceRecords'].map((name) => entryOf(record.record, name)).filter((entry): entry is MapEntry => !!entry && !isNoValue(entry.value));
      if (extras.length === 0) continue;
      hits.push(hitFor(context.template, record.record, extras, record.label, [...record.path, extras[0].key.value]));
    }
    return hits;
  },
};

function hitFor(template: Template, record: MapNode, entries: MapEntry[], label: string, path: NodePath): CheckHit {
  const names = entries.map((entry) => entry.key.value).join(' and ');
  const removal = removeEntries(template, record, entries);
  return {
    message: `Alias record '${label}' also sets ${names}: Route 53 takes either AliasTarget or TTL with ResourceRecords, and refuses both`,
    span: entries[0].key.span,
    path,
    ...(removal ? { fixes: [{ title: `Remove ${names}`, edits: removal, preferred: true }] } : {}),
  };
}

/** Edits removing these entries of the map; one edit for entries side by side in a flow map or JSON (their separators overlap). */
function removeEntries(template: Template, map: MapNode, entries: MapEntry[]): TextEdit[] | undefined {
  const indexes = entries.map((entry) => map.entries.indexOf(entry)).sort((a, b) => a - b);
  const adjacent = indexes.length === 2 && indexes[1] === indexes[0] + 1;
  const isFlow = template.text[map.span.start] === '{';
  if (adjacent && (template.format === 'json' || isFlow)) {
    const first = map.entries[indexes[0]];
    const last = map.entries[indexes[1]];
    const next = map.entries[indexes[1] + 1];
    const previous = map.entries[indexes[0] - 1];
    if (next) return [{ span: { start: first.span.start, end: next.span.start }, newText: '' }];
    if (previous) return [{ span: { start: previous.span.end, end: last.span.end }, newText: '' }];
    return [{ span: { start: first.span.start, end: last.span.end }, newText: '' }];
  }
  const edits = entries.map((entry) => removeEntry(template, map, entry));
  return edits.every((edit): edit is TextEdit => edit !== undefined) ? edits : undefined;
}
