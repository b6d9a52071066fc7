/** T26: a failover pair whose SECONDARY watches the same health check as its PRIMARY. */
import { entryOf, isString, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { getAttParts } from '../support/arns';
import { intrinsicName, literalString } from '../support/values';
import { failoverPairs } from './recordGroups';

/** What a HealthCheckId names, comparable across records: the health check resource, or the literal ID. */
function healthCheckKey(node: TemplateNode | undefined): string | undefined {
  if (isString(node)) return `id:${node.value}`;
  const name = intrinsicName(node);
  if (name === 'Ref') {
    const target = literalString(valueOf(node, 'Ref'));
    return target === undefined ? undefined : `resource:${target}`;
  }
  if (name === 'Fn::GetAtt') {
    const parts = getAttParts(node);
    return parts?.attribute === 'HealthCheckId' ? `resource:${parts.logicalId}` : undefined;
  }
  return undefined;
}

/** CX2623: both records of a failover pair fail together. */
export const failoverSharedHealthCheck: CatalogueCheck = {
  id: 'CX2623',
  title: 'Failover SECONDARY record with the same health check as its PRIMARY',
  topics: ['T26'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html',
  explanation: {
    what:
      'Route 53 answers with the SECONDARY record while the PRIMARY is unhealthy and the SECONDARY is healthy. When the SECONDARY ' +
      "is unhealthy too, it answers with the PRIMARY whatever the PRIMARY's health. A SECONDARY that watches the PRIMARY's health " +
      'check turns unhealthy at the same moment, so Route 53 keeps answering with the failed PRIMARY and never fails over.',
    exam:
      "each record of a failover pair gets a health check of its own endpoint (the standby Region's load balancer or a calculated " +
      'check of it), or the SECONDARY gets none and is always taken as healthy, as for a static S3 "sorry" site.',
    scenario: 'the standby Region must receive the traffic when the primary Region fails its health checks',
    trap: 'copying the PRIMARY record to make the SECONDARY keeps its HealthCheckId.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { secondary, primaries } of failoverPairs(context)) {
      const check = entryOf(secondary.record, 'HealthCheckId');
      const key = healthCheckKey(check?.value);
      const primary = key && primaries.find((candidate) => healthCheckKey(valueOf(candidate.record, 'HealthCheckId')) === key);
      if (!check || !primary) continue;
      hits.push({
        message:
          `Failover records '${primary.label}' and '${secondary.label}' use the same health check: the SECONDARY turns unhealthy ` +
          'with the PRIMARY, and Route 53 then answers with the PRIMARY, so it never fails over; give the SECONDARY a health check ' +
          'of its own endpoint, or none',
        span: check.value.span,
        path: [...secondary.path, 'HealthCheckId'],
      });
    }
    return hits;
  },
};
