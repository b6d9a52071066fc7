/** T07/T27: an HTTP or HTTPS target group cannot be health checked over plain TCP. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, possibleValues } from '../support/values';

const CREATE_TARGET_GROUP = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

/** Every value the node can take, upper-cased; undefined when one is computed or a branch leaves it out. */
function protocols(context: Parameters<CatalogueCheck['run']>[0], node: Parameters<typeof possibleValues>[1]): string[] | undefined {
  if (!alwaysGiven(node)) return undefined;
  const values = possibleValues(context, node);
  if (!values || values.length === 0 || values.some((value) => typeof value !== 'string')) return undefined;
  return values.map((value) => String(value).toUpperCase());
}

/** CX2723: HealthCheckProtocol TCP on a target group whose Protocol is HTTP or HTTPS. */
export const targetGroupTcpHealthCheck: CatalogueCheck = {
  id: 'CX2723',
  title: 'HTTP or HTTPS target group with a TCP health check',
  topics: ['T27', 'T07'],
  severity: 'error',
  url: CREATE_TARGET_GROUP,
  rejection: { quote: 'The TCP protocol is not supported for health checks if the protocol of the target group is HTTP or HTTPS.', url: CREATE_TARGET_GROUP },
  explanation: {
    what:
      'A target group that receives HTTP or HTTPS (an Application Load Balancer target group) checks its targets with HTTP or ' +
      'HTTPS requests to a path; Elastic Load Balancing accepts a TCP health check only for target groups of other protocols ' +
      '(those of Network and Gateway Load Balancers), so it refuses the target group and the stack fails.',
    exam:
      'an HTTP health check on a real endpoint (HealthCheckPath such as /health, with a Matcher) tells the load balancer and an ' +
      'Auto Scaling group with HealthCheckType ELB that the application answers, not only that the port is open.',
    scenario: 'replace instances whose application stops responding even though the instance is running',
    trap: 'a TCP check only proves the port accepts connections; for deep health checks use HTTP(S) on a path that tests dependencies.',
  },
  resourceTypes: [TARGET_GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(TARGET_GROUP)) {
      const healthNode = valueOf(group.properties, 'HealthCheckProtocol');
      const health = protocols(context, healthNode);
      if (!healthNode || !health || !health.every((value) => value === 'TCP')) continue;
      const traffic = protocols(context, valueOf(group.properties, 'Protocol'));
      if (!traffic || !traffic.every((value) => value === 'HTTP' || value === 'HTTPS')) continue;
      hits.push({
        message:
          `Target group '${group.logicalId}' receives ${[...new Set(traffic)].join(' or ')} but sets HealthCheckProtocol TCP: Elastic Load ` +
          'Balancing refuses TCP health checks on HTTP and HTTPS target groups; use HTTP (or HTTPS) with a HealthCheckPath',
        span: healthNode.span,
        path: ['Resources', group.logicalId, 'Properties', 'HealthCheckProtocol'],
      });
    }
    return hits;
  },
};
