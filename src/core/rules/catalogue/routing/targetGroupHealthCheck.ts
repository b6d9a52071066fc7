/** T07/T27: health checks Elastic Load Balancing refuses: TCP on an HTTP or HTTPS target group, a timeout not shorter than the interval. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, literalString, possibleValues } from '../support/values';
import { numberValues } from '../data/common';

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

const CLASSIC_HEALTH_CHECK = 'https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_HealthCheck.html';
const CLASSIC = 'AWS::ElasticLoadBalancing::LoadBalancer';

/** Where each kind of load balancer writes a health check's timeout and interval. */
const TIMINGS = [
  { type: TARGET_GROUP, at: [] as string[], timeout: 'HealthCheckTimeoutSeconds', interval: 'HealthCheckIntervalSeconds' },
  { type: CLASSIC, at: ['HealthCheck'], timeout: 'Timeout', interval: 'Interval' },
];

/** Target group protocols of Network and Gateway Load Balancers. */
const LAYER4_PROTOCOLS = new Set(['TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE']);

/** CX2732: a health check that waits as long as its interval or longer for an answer. */
export const healthCheckTimeoutInterval: CatalogueCheck = {
  id: 'CX2732',
  title: 'Load balancer health check timeout not shorter than its interval',
  topics: ['T27', 'T07'],
  severity: 'error',
  url: CLASSIC_HEALTH_CHECK,
  rejection: {
    quote:
      'Timeout: The amount of time, in seconds, during which no response means a failed health check. This value must be less than the ' +
      'Interval value. (A target group is refused the same way: "ValidationError: Health check interval must be greater than the timeout.")',
    url: CLASSIC_HEALTH_CHECK,
  },
  explanation: {
    what:
      'A health check waits Timeout seconds for an answer and runs every Interval seconds, so the timeout must be shorter than the interval. ' +
      'Elastic Load Balancing refuses a target group or a Classic Load Balancer whose timeout equals or passes its interval, and the stack fails.',
    exam:
      'the interval, the timeout and the healthy and unhealthy thresholds decide how fast a failed target leaves the load balancer (about ' +
      'interval × unhealthy threshold), and with ELB health checks how fast Auto Scaling replaces it.',
    trap: 'lowering only the interval (to detect failures faster) below the default timeout makes the check invalid: lower the timeout with it.',
  },
  resourceTypes: [TARGET_GROUP, CLASSIC],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, at, timeout, interval } of TIMINGS) {
      for (const resource of context.resources(type)) {
        const check = at.length > 0 ? valueOf(resource.properties, at[0]) : resource.properties;
        const timeouts = numberValues(context, valueOf(check, timeout));
        const intervals = numberValues(context, valueOf(check, interval));
        const node = valueOf(check, timeout);
        // A Network or Gateway Load Balancer target group may wait as long as its interval (the CDK's check allows it too, aws-cdk#16446).
        const layer4 = type === TARGET_GROUP && LAYER4_PROTOCOLS.has(literalString(valueOf(resource.properties, 'Protocol')) ?? '');
        const tooLong = (seconds: number, every: number) => (layer4 ? seconds > every : seconds >= every);
        if (!timeouts || !intervals || !node || !timeouts.some((seconds) => intervals.some((every) => tooLong(seconds, every)))) continue;
        hits.push({
          message:
            `'${resource.logicalId}' waits ${Math.max(...timeouts)} seconds for a health check answer (${timeout}) but checks every ` +
            `${Math.min(...intervals)} seconds (${interval}): the timeout must be shorter than the interval`,
          span: node.span,
          path: ['Resources', resource.logicalId, 'Properties', ...at, timeout],
        });
      }
    }
    return hits;
  },
};
