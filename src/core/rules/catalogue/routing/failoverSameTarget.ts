/** T26: a failover pair whose SECONDARY answers with the same endpoint as its PRIMARY. */
import { entryOf, toPlain, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { failoverPairs } from './recordGroups';

/** The value a record answers with, as written (alias DNS name, else its resource records); undefined when it gives neither. */
function answerKey(record: MapNode): { key: string; at: string } | undefined {
  const alias = valueOf(record, 'AliasTarget');
  const dnsName = valueOf(alias, 'DNSName');
  if (dnsName !== undefined) return { key: `alias:${written(dnsName)}`, at: 'AliasTarget' };
  const records = valueOf(record, 'ResourceRecords');
  return records === undefined ? undefined : { key: `records:${written(records)}`, at: 'ResourceRecords' };
}

/** The node as plain data, literal DNS names compared without letter case or a final dot. */
function written(node: TemplateNode): string {
  const plain = toPlain(node);
  return typeof plain === 'string' ? plain.toLowerCase().replace(/\.$/, '') : JSON.stringify(plain);
}

/** CX2624: the SECONDARY answers with the PRIMARY's endpoint, so failing over changes nothing. */
export const failoverSameTarget: CatalogueCheck = {
  id: 'CX2624',
  title: 'Failover SECONDARY record that answers with the same endpoint as its PRIMARY',
  topics: ['T26'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-types.html',
  explanation: {
    what:
      'In active-passive failover Route 53 answers with the PRIMARY record while it is healthy and with the SECONDARY when it is ' +
      'not. The two records must point at different endpoints (the primary and the standby Region\'s load balancers, say): a ' +
      'SECONDARY with the PRIMARY\'s alias target or values sends clients back to the endpoint that just failed.',
    exam:
      'multi-Region DR with Route 53: PRIMARY alias to the primary Region\'s load balancer with a health check (or EvaluateTargetHealth), ' +
      'SECONDARY alias to the standby Region\'s load balancer (or a static S3 site), each record with its own SetIdentifier.',
    trap: 'copying the PRIMARY record to make the SECONDARY keeps its AliasTarget; only Failover and SetIdentifier were changed.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { secondary, primaries } of failoverPairs(context)) {
      const answer = answerKey(secondary.record);
      const primary = answer && primaries.find((candidate) => answerKey(candidate.record)?.key === answer.key);
      const entry = answer && entryOf(secondary.record, answer.at);
      if (!primary || !entry) continue;
      hits.push({
        message:
          `Failover records '${primary.label}' and '${secondary.label}' answer with the same ${answer.at === 'AliasTarget' ? 'alias target' : 'values'}: ` +
          'failing over sends clients to the endpoint that failed; point the SECONDARY at the standby endpoint',
        span: entry.key.span,
        path: [...secondary.path, answer.at],
      });
    }
    return hits;
  },
};
