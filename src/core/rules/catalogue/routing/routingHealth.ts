/** T25/T26: routing sets that Route 53 can only steer away from a failed endpoint with health information. */
import { entryOf, isMap, isScalar, valueOf, type MapNode } from '../../../model';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { isNoValue, literalBoolean, literalNumber, literalString } from '../support/values';
import { coexist, policyProperty, recordGroups, type GroupedRecord } from './recordGroups';

const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';

/** CX2516: weighted, latency and multivalue records without a health check or EvaluateTargetHealth. */
export const route53RoutingWithoutHealth: CatalogueCheck = {
  id: 'CX2516',
  title: 'Weighted, latency or multivalue record without health checking',
  topics: ['T25', 'T26'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html',
  explanation: {
    what:
      'Route 53 skips an unhealthy record of a weighted, latency or multivalue set only if it knows the record is unhealthy: from ' +
      'its HealthCheckId, or for an alias from EvaluateTargetHealth. A record with neither always counts as healthy, so its ' +
      'share of users keeps going to a region that is down.',
    exam:
      'multi-region designs pair each weighted or latency record with a health check (or an alias to the load balancer with ' +
      'EvaluateTargetHealth: true) so a failed region drops out of DNS answers automatically.',
    scenario: 'if a region becomes unavailable, users must be routed to the remaining regions without manual changes',
    trap: 'a health check that exists but is not attached through HealthCheckId changes nothing about the answers.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of recordGroups(context)) {
      for (const record of group) {
        if (!['weighted', 'latency', 'multivalue answer'].includes(record.policy ?? '')) continue;
        if (!group.some((other) => other !== record && other.policy === record.policy && coexist(other, record))) continue;
        if (literalNumber(valueOf(record.record, 'Weight')) === 0 || hasHealth(record.record)) continue;
        const property = policyProperty(record)!;
        const entry = entryOf(record.record, property)!;
        const fix = evaluateHealthFix(context, record.record);
        hits.push({
          message:
            `${capitalised(record.policy!)} record '${record.label}' has no HealthCheckId${isMap(valueOf(record.record, 'AliasTarget')) ? ' and does not evaluate its alias target\'s health' : ''}: ` +
            'Route 53 treats it as always healthy and keeps answering with it when its endpoint fails',
          span: entry.key.span,
          path: [...record.path, property],
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
    return hits;
  },
};

/** A HealthCheckId, or an alias that evaluates (or may evaluate) its target's health. */
function hasHealth(record: MapNode): boolean {
  const check = valueOf(record, 'HealthCheckId');
  if (check !== undefined && !isNoValue(check)) return true;
  const alias = valueOf(record, 'AliasTarget');
  if (alias === undefined || isNoValue(alias)) return false;
  if (!isMap(alias)) return true;
  const evaluate = valueOf(alias, 'EvaluateTargetHealth');
  return evaluate !== undefined && literalBoolean(evaluate) !== false;
}

function evaluateHealthFix(context: CheckContext, record: MapNode) {
  const alias = valueOf(record, 'AliasTarget');
  if (!isMap(alias) || literalString(valueOf(alias, 'HostedZoneId')) === CLOUDFRONT_ZONE) return undefined;
  if ((literalString(valueOf(alias, 'DNSName')) ?? '').toLowerCase().includes('cloudfront.net')) return undefined;
  const current = valueOf(alias, 'EvaluateTargetHealth');
  const edit = isScalar(current) ? replaceScalar(context.template, current, true) : insertEntry(context.template, alias, 'EvaluateTargetHealth', true, 'DNSName');
  return edit ? { title: 'Evaluate the alias target health', edits: [edit], preferred: true } : undefined;
}

function capitalised(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

/** CX2517: a geolocation set without a default record answers no one outside the listed places. */
export const route53GeolocationWithoutDefault: CatalogueCheck = {
  id: 'CX2517',
  title: 'Geolocation records without a default location',
  topics: ['T25'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geo.html',
  explanation: {
    what:
      'Geolocation routing answers only queries from the locations its records list; queries from anywhere else, and from ' +
      'addresses Route 53 cannot place, get no answer. A record with CountryCode "*" is the default that catches them.',
    exam: 'a geolocation set for "EU users to the EU stack" also needs a default record so everyone else reaches some endpoint.',
    scenario: 'users in Germany must be served from eu-central-1; everyone else from us-east-1',
    trap: 'covering every continent still leaves queries Route 53 cannot map to a location: only the default record answers them.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of recordGroups(context)) {
      if (group.length === 0 || !group.every((record) => record.policy === 'geolocation')) continue;
      const locations = group.map((record) => valueOf(record.record, 'GeoLocation'));
      if (!locations.every((location) => isMap(location) && location.entries.every((entry) => isScalar(entry.value)))) continue;
      if (locations.some((location) => literalString(valueOf(location, 'CountryCode')) === '*')) continue;
      const first = group[0];
      const entry = entryOf(first.record, 'GeoLocation')!;
      hits.push({
        message: `Geolocation records '${group.map((record) => record.label).join("', '")}' have no default record (CountryCode "*"): queries from any other location get no answer`,
        span: entry.key.span,
        path: [...first.path, 'GeoLocation'],
      });
    }
    return hits;
  },
};

/** CX2518: weights that are all zero split traffic evenly, which is rarely what was meant. */
export const route53AllWeightsZero: CatalogueCheck = {
  id: 'CX2518',
  title: 'Every weighted record of a set has Weight 0',
  topics: ['T25'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-weighted.html',
  explanation: {
    what:
      'A record gets Weight divided by the sum of the weights of its set. Weight 0 takes a record out of rotation, but when every ' +
      'record has Weight 0 Route 53 answers with all of them in equal proportion.',
    exam: 'weights express percentages (10 and 90 send 10% to the canary); set 0 on the record to drain and a positive weight on the others.',
    trap: 'setting every weight to 0 to "switch traffic off" does the opposite: traffic spreads evenly over all records.',
  },
  resourceTypes: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of recordGroups(context)) {
      if (group.length < 2 || !group.every((record) => record.policy === 'weighted' && literalNumber(valueOf(record.record, 'Weight')) === 0)) continue;
      const first: GroupedRecord = group[0];
      const entry = entryOf(first.record, 'Weight')!;
      hits.push({
        message: `Every weighted record of '${first.label}''s set has Weight 0: Route 53 then splits traffic evenly between them`,
        span: entry.value.span,
        path: [...first.path, 'Weight'],
      });
    }
    return hits;
  },
};

export const ROUTING_HEALTH_CHECKS: readonly CatalogueCheck[] = [route53RoutingWithoutHealth, route53GeolocationWithoutDefault, route53AllWeightsZero];
