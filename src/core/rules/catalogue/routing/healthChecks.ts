/** T26: Route 53 health checks that cannot work as the failover design expects. */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { isNoValue, literalNumber, literalString } from '../support/values';
import { recordGroups } from './recordGroups';

const HEALTH_CHECK_TYPES = ['AWS::Route53::HealthCheck'];
const CREATING_VALUES = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-creating-values.html';
/** HealthCheckConfig properties this check knows; any other (a newer feature) makes it stay silent. */
const KNOWN_CONFIG = new Set([
  'AlarmIdentifier', 'ChildHealthChecks', 'EnableSNI', 'FailureThreshold', 'FullyQualifiedDomainName', 'HealthThreshold', 'IPAddress',
  'InsufficientDataHealthStatus', 'Inverted', 'MeasureLatency', 'Port', 'Regions', 'RequestInterval', 'ResourcePath', 'RoutingControlArn',
  'SearchString', 'Type',
]);

function configOf(check: ResourceDeclaration): MapNode | undefined {
  const config = valueOf(check.properties, 'HealthCheckConfig');
  return isMap(config) ? config : undefined;
}

function configPath(check: ResourceDeclaration, ...rest: string[]): string[] {
  return ['Resources', check.logicalId, 'Properties', 'HealthCheckConfig', ...rest];
}

/** IPv4 ranges Route 53's health checkers cannot reach: private, loopback, link-local, shared, multicast, reserved. */
function isUnreachableIpv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a, b] = parts;
  return a === 10 || a === 127 || a === 0 || a >= 224 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

/** The address written, or the Default of the parameter a `Ref` names (what a stack that keeps it checks). */
function addressOf(context: CheckContext, node: TemplateNode | undefined): string | undefined {
  const written = literalString(node);
  if (written !== undefined) return written;
  const name = literalString(valueOf(node, 'Ref'));
  return name === undefined ? undefined : literalString(valueOf(context.parameter(name), 'Default'));
}

/** CX2614: public health checkers probe from the internet. */
export const route53HealthCheckPrivateAddress: CatalogueCheck = {
  id: 'CX2614',
  title: 'Route 53 public health check on a private or non-routable IP address',
  topics: ['T26'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html',
  explanation: {
    what:
      'A public health check (the default) probes from Route 53 health checkers on the internet; they cannot check an endpoint ' +
      'by a private, loopback, link-local or multicast address, so such a health check is refused or never turns healthy and ' +
      'failover never behaves.',
    exam:
      'for an endpoint inside a VPC, use a private endpoint health check (EndpointType PRIVATE with an ' +
      'AWS::Route53::HealthCheckSource in the VPC), check its public address (Elastic IP, public load balancer), or base the ' +
      'health check on a CloudWatch alarm (Type CLOUDWATCH_METRIC).',
    scenario: 'fail over when the application servers in private subnets stop responding',
  },
  resourceTypes: HEALTH_CHECK_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const check of context.resources(...HEALTH_CHECK_TYPES)) {
      const config = configOf(check);
      if (!config || config.entries.some((entry) => !KNOWN_CONFIG.has(entry.key.value))) continue;
      const address = addressOf(context, valueOf(config, 'IPAddress'));
      if (address === undefined || !isUnreachableIpv4(address)) continue;
      const parameter = literalString(valueOf(valueOf(config, 'IPAddress'), 'Ref'));
      hits.push({
        message: `Health check '${check.logicalId}' probes ${address}${parameter ? ` (the Default of parameter '${parameter}')` : ''}, a private or non-routable address: the health checkers of a public health check, on the internet, cannot reach it (a private endpoint health check, EndpointType PRIVATE, can)`,
        span: entryOf(config, 'IPAddress')!.value.span,
        path: configPath(check, 'IPAddress'),
      });
    }
    return hits;
  },
};

/** CX2615: a calculated health check whose threshold makes it constant. */
export const route53CalculatedThreshold: CatalogueCheck = {
  id: 'CX2615',
  title: 'Calculated health check whose HealthThreshold makes it always healthy or always unhealthy',
  topics: ['T26'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html',
  explanation: {
    what:
      'A CALCULATED health check is healthy when at least HealthThreshold of its child health checks are healthy. A threshold of ' +
      '0 makes it always healthy; a threshold above the number of children makes it always unhealthy.',
    exam:
      'calculated health checks combine several checks ("the region is healthy when 2 of its 3 tiers are"); the threshold must ' +
      'lie between 1 and the number of children for failover to depend on them.',
  },
  resourceTypes: HEALTH_CHECK_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const check of context.resources(...HEALTH_CHECK_TYPES)) {
      const config = configOf(check);
      if (literalString(valueOf(config, 'Type')) !== 'CALCULATED') continue;
      const threshold = literalNumber(valueOf(config, 'HealthThreshold'));
      const children = valueOf(config, 'ChildHealthChecks');
      if (threshold === undefined || !isSeq(children)) continue;
      const verdict = threshold === 0 ? 'always healthy' : threshold > children.items.length ? 'always unhealthy' : undefined;
      if (!verdict) continue;
      hits.push({
        message: `Calculated health check '${check.logicalId}' has HealthThreshold ${threshold} for ${children.items.length} child health checks: it is ${verdict}`,
        span: entryOf(config, 'HealthThreshold')!.value.span,
        path: configPath(check, 'HealthThreshold'),
      });
    }
    return hits;
  },
};

/** CX2616: a simple record is returned whatever its health. */
export const route53HealthCheckOnSimpleRecord: CatalogueCheck = {
  id: 'CX2616',
  title: 'Health check attached to a simple-routing record',
  topics: ['T26', 'T25'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-simple-configs.html',
  explanation: {
    what:
      'A health check decides between records of a routing set (failover, weighted, latency…). A simple record has no ' +
      'alternative, so Route 53 keeps answering with it when the health check fails: the check only feeds metrics.',
    exam: 'to fail over, the record needs a partner: Failover PRIMARY with the health check and a SECONDARY, each with a SetIdentifier.',
    scenario: 'automatically send users to a standby when the primary endpoint fails its health check',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const check = entryOf(record.record, 'HealthCheckId');
      if (record.policy !== 'simple' || !check || isNoValue(check.value)) continue;
      hits.push({
        message: `Record '${record.label}' uses simple routing with a HealthCheckId: Route 53 answers with it whether the check passes or not`,
        span: check.key.span,
        path: [...record.path, 'HealthCheckId'],
      });
    }
    return hits;
  },
};

/** CX2617: health checks on CloudWatch alarms accept standard-resolution, simple-statistic alarms only. */
export const route53UnsupportedAlarm: CatalogueCheck = {
  id: 'CX2617',
  title: 'Health check on a CloudWatch alarm Route 53 does not support',
  topics: ['T26', 'T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_AlarmIdentifier.html',
  explanation: {
    what:
      'A CLOUDWATCH_METRIC health check follows an alarm\'s state, but only for standard-resolution metrics and the statistics ' +
      'Average, Minimum, Maximum, Sum and SampleCount: percentile (extended) statistics, metric math and periods under a minute ' +
      'are not supported.',
    exam:
      'alarm-based health checks let failover follow private resources or business metrics; keep the alarm simple ' +
      '(one metric, a basic statistic, Period 60 or more).',
    trap: 'a p99 latency alarm is the natural choice for a latency SLO, but Route 53 cannot use it: alarm on Average or Maximum instead.',
  },
  resourceTypes: [...HEALTH_CHECK_TYPES, 'AWS::CloudWatch::Alarm'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const check of context.resources(...HEALTH_CHECK_TYPES)) {
      const config = configOf(check);
      if (literalString(valueOf(config, 'Type')) !== 'CLOUDWATCH_METRIC') continue;
      const name = valueOf(valueOf(config, 'AlarmIdentifier'), 'Name');
      const alarm = alarmNamed(context, name);
      const reason = alarm ? unsupported(alarm) : undefined;
      if (!alarm || !reason) continue;
      hits.push({
        message: `Health check '${check.logicalId}' follows alarm '${alarm.logicalId}', which ${reason}: Route 53 health checks do not support such alarms`,
        span: entryOf(valueOf(config, 'AlarmIdentifier'), 'Name')!.value.span,
        path: configPath(check, 'AlarmIdentifier', 'Name'),
      });
    }
    return hits;
  },
};

function alarmNamed(context: CheckContext, name: ReturnType<typeof valueOf>): ResourceDeclaration | undefined {
  const referenced = context.referenced(name);
  if (referenced) return referenced.type === 'AWS::CloudWatch::Alarm' ? referenced : undefined;
  const literal = literalString(name);
  if (literal === undefined) return undefined;
  return context.resources('AWS::CloudWatch::Alarm').find((alarm) => literalString(valueOf(alarm.properties, 'AlarmName')) === literal);
}

function unsupported(alarm: ResourceDeclaration): string | undefined {
  if (valueOf(alarm.properties, 'ExtendedStatistic') !== undefined) return 'uses a percentile (extended) statistic';
  if (valueOf(alarm.properties, 'Metrics') !== undefined) return 'is based on metric math';
  const period = literalNumber(valueOf(alarm.properties, 'Period'));
  return period !== undefined && period < 60 ? `watches a high-resolution metric (Period ${period})` : undefined;
}

/** CX2622: a calculated health check among the children of another. */
export const route53CalculatedChild: CatalogueCheck = {
  id: 'CX2622',
  title: 'Calculated health check that monitors another calculated health check',
  topics: ['T26'],
  severity: 'error',
  url: CREATING_VALUES,
  rejection: { quote: "You can't configure a calculated health check to monitor the health of other calculated health checks.", url: CREATING_VALUES },
  explanation: {
    what:
      'A CALCULATED health check combines the status of endpoint and CloudWatch alarm health checks. Route 53 does not let one ' +
      'calculated health check be a child of another, so a tree of them is refused.',
    exam:
      'to combine several layers ("the region is healthy when its load balancer and its database alarm are"), list every endpoint ' +
      'or alarm health check as a child of one calculated check and set HealthThreshold.',
  },
  resourceTypes: HEALTH_CHECK_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const check of context.resources(...HEALTH_CHECK_TYPES)) {
      const config = configOf(check);
      const children = valueOf(config, 'ChildHealthChecks');
      if (literalString(valueOf(config, 'Type')) !== 'CALCULATED' || !isSeq(children)) continue;
      children.items.forEach((item, index) => {
        const child = context.referenced(item);
        if (child?.type !== 'AWS::Route53::HealthCheck' || literalString(valueOf(configOf(child), 'Type')) !== 'CALCULATED') return;
        hits.push({
          message: `Calculated health check '${check.logicalId}' lists '${child.logicalId}', itself a calculated health check, among its children: Route 53 refuses calculated checks of calculated checks`,
          span: item.span,
          path: configPath(check, 'ChildHealthChecks', String(index)),
        });
      });
    }
    return hits;
  },
};

export const HEALTH_CHECK_CHECKS: readonly CatalogueCheck[] = [
  route53HealthCheckPrivateAddress,
  route53CalculatedThreshold,
  route53CalculatedChild,
  route53HealthCheckOnSimpleRecord,
  route53UnsupportedAlarm,
];
