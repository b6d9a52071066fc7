/** T25: a group of Route 53 records (same zone, name and type) must be one consistent routing set. */
import { entryOf, isMap, isScalar, valueOf, type MapNode } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysGiven, intrinsicName, literalBoolean, literalString, isNoValue, possibleValues } from '../support/values';
import { coexist, POLICY_PROPERTIES, policyProperty, recordGroups, type GroupedRecord } from './recordGroups';

const RECORD_SET_API = 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html';
const RECORD_TYPES = ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'];

/** Where a finding about a record's property goes: the property's value, else the record itself. */
function hitAt(record: GroupedRecord, property: string | undefined, message: string): CheckHit {
  const entry = property ? entryOf(record.record, property) : undefined;
  return {
    message,
    span: entry ? entry.value.span : record.anchor,
    path: entry ? [...record.path, property!] : record.path,
  };
}

/** Each record whose key equals that of an earlier record of its group (and both can exist at once). */
function repeats(context: CheckContext, keyOf: (record: GroupedRecord) => string | undefined): Array<[GroupedRecord, GroupedRecord]> {
  const found: Array<[GroupedRecord, GroupedRecord]> = [];
  for (const group of recordGroups(context)) {
    group.forEach((record, index) => {
      const key = keyOf(record);
      if (key === undefined) return;
      const first = group.slice(0, index).find((earlier) => keyOf(earlier) === key && coexist(earlier, record));
      if (first) found.push([record, first]);
    });
  }
  return found;
}

/** CX2510: weighted, latency, failover, geolocation… records cannot share a name and type with records of another policy. */
export const route53MixedRoutingPolicies: CatalogueCheck = {
  id: 'CX2510',
  title: 'Route 53 records of one name and type mix routing policies',
  topics: ['T25', 'T26'],
  severity: 'error',
  url: RECORD_SET_API,
  rejection: {
    quote: "You can't create latency, failover, or geolocation resource record sets that have the same values for the Name and Type elements as weighted resource record sets.",
    url: RECORD_SET_API,
  },
  explanation: {
    what:
      'Route 53 treats the records that share a name and type as one set with one routing policy: all weighted, all latency, ' +
      'all failover, all geolocation… A simple record, or a record of another policy, beside them is refused when the change ' +
      'batch is submitted, and the stack fails.',
    exam:
      'pick the policy from the requirement: weighted to split traffic by percentage (canary, a new region), latency for the ' +
      'lowest round trip, failover for active-passive DR, geolocation for per-country content; combine policies only by ' +
      'nesting them through alias records of different names.',
    scenario: 'send 10% of users to the new stack and fail over to a static site when both regions are down',
    trap: 'a failover pair whose records are also weighted is not a combination Route 53 accepts: build a tree of alias records instead.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of recordGroups(context)) {
      const reference = group.find((record) => record.policy !== undefined);
      if (!reference) continue;
      for (const record of group) {
        if (record === reference || record.policy === undefined || record.policy === reference.policy || !coexist(record, reference)) continue;
        hits.push(
          hitAt(
            record,
            policyProperty(record) ?? 'Type',
            `Record '${record.label}' uses ${record.policy} routing but '${reference.label}', with the same name and type, uses ` +
              `${reference.policy} routing: Route 53 rejects records of one name and type with different routing policies`,
          ),
        );
      }
    }
    return hits;
  },
};

/** CX2511: SetIdentifier tells the records of a group apart, so it must be unique in the group. */
export const route53DuplicateSetIdentifier: CatalogueCheck = {
  id: 'CX2511',
  title: 'Route 53 records of one name and type repeat a SetIdentifier',
  topics: ['T25'],
  severity: 'error',
  url: RECORD_SET_API,
  rejection: {
    quote: 'In a group of resource record sets that have the same name and type, the value of SetIdentifier must be unique for each resource record set.',
    url: RECORD_SET_API,
  },
  explanation: {
    what:
      'Records of a weighted, latency, failover or geolocation group are told apart only by SetIdentifier; two with the ' +
      'same identifier are the same record to Route 53, so the second create fails (typically after copying a record block).',
    exam: 'each member of a routing group needs its own SetIdentifier (a region or environment name works well).',
    trap: 'SetIdentifier is not the record name: the records of a group all share Name and Type and differ only here.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    return repeats(context, (record) => literalString(valueOf(record.record, 'SetIdentifier'))).map(([record, first]) =>
      hitAt(record, 'SetIdentifier', `Record '${record.label}' repeats the SetIdentifier of '${first.label}' (same name and type): Route 53 rejects the second record`),
    );
  },
};

/** CX2512: one latency record per region in a group. */
export const route53DuplicateLatencyRegion: CatalogueCheck = {
  id: 'CX2512',
  title: 'Two latency records of one name and type name the same Region',
  topics: ['T25'],
  severity: 'error',
  url: RECORD_SET_API,
  rejection: { quote: 'You can only create one latency resource record set for each Amazon EC2 Region.', url: RECORD_SET_API },
  explanation: {
    what:
      'Latency routing answers with the record of the region that has the lowest latency to the user, so each region may ' +
      'appear once in a group; a second record for the same Region is refused.',
    exam:
      'latency records point to one endpoint per region (each with a health check or EvaluateTargetHealth) so users reach the ' +
      'closest healthy region; to spread load inside a region, put a load balancer or weighted records behind the latency record.',
    scenario: 'route users to the region that gives them the lowest latency',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    return repeats(context, (record) => (record.policy === 'latency' ? regionKey(valueOf(record.record, 'Region')) : undefined)).map(([record, first]) =>
      hitAt(record, 'Region', `Latency record '${record.label}' names the same Region as '${first.label}': Route 53 accepts one latency record per region in a group`),
    );
  },
};

/** A Region written out, or the same `Ref` (of AWS::Region or a parameter), which gives one value in one stack. */
function regionKey(node: ReturnType<typeof valueOf>): string | undefined {
  const written = literalString(node);
  if (written !== undefined) return written;
  const target = intrinsicName(node) === 'Ref' ? literalString(valueOf(node, 'Ref')) : undefined;
  return target === undefined ? undefined : `Ref ${target}`;
}

/** CX2513: one geolocation record per location in a group. */
export const route53DuplicateGeoLocation: CatalogueCheck = {
  id: 'CX2513',
  title: 'Two geolocation records of one name and type name the same location',
  topics: ['T25'],
  severity: 'error',
  url: RECORD_SET_API,
  rejection: { quote: "You can't create two geolocation resource record sets that specify the same geographic location.", url: RECORD_SET_API },
  explanation: {
    what:
      'Geolocation routing answers by where the query comes from (continent, country, US state); each location may appear ' +
      'once per name and type, and a second record for it is refused.',
    exam:
      'geolocation is for content or compliance per country (serve EU users from the EU); add a default record (CountryCode "*") ' +
      'for locations no record covers. Latency routing is the choice when the goal is speed, not location.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    return repeats(context, (record) => (record.policy === 'geolocation' ? locationKey(valueOf(record.record, 'GeoLocation')) : undefined)).map(
      ([record, first]) => hitAt(record, 'GeoLocation', `Geolocation record '${record.label}' names the same location as '${first.label}': Route 53 rejects the second record`),
    );
  },
};

/** CX2519: a failover group is one PRIMARY and one SECONDARY; two records with the same Failover value leave nothing to fail over to. */
export const route53RepeatedFailoverRole: CatalogueCheck = {
  id: 'CX2519',
  title: 'Two failover records of one name and type with the same Failover value',
  topics: ['T25', 'T26'],
  severity: 'warning',
  url: RECORD_SET_API,
  explanation: {
    what:
      'Failover routing pairs two records of one name and type: the one with Failover PRIMARY answers while it is healthy, the ' +
      'one with SECONDARY answers when it is not. Two PRIMARY (or two SECONDARY) records do not make that pair, so the standby ' +
      'is never the answer Route 53 falls back to.',
    exam:
      'active-passive DR with Route 53 is exactly one PRIMARY record (with a health check or EvaluateTargetHealth) and one ' +
      'SECONDARY record, often a static S3 website or the standby Region; for more than two endpoints use weighted or latency ' +
      'records behind the failover pair.',
    scenario: 'fail over to a static maintenance page in S3 when the application is unhealthy',
    trap: 'copying the primary record block and changing only SetIdentifier and the target keeps Failover: PRIMARY.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    return repeats(context, (record) => (record.policy === 'failover' ? literalString(valueOf(record.record, 'Failover'))?.toUpperCase() : undefined)).map(([record, first]) => {
      const role = literalString(valueOf(record.record, 'Failover'))!.toUpperCase();
      const other = role === 'PRIMARY' ? 'SECONDARY' : 'PRIMARY';
      return hitAt(
        record,
        'Failover',
        `Failover record '${record.label}' is ${role} like '${first.label}' (same name and type): a failover pair is one PRIMARY and ` +
          `one SECONDARY record, so make one of them ${other}`,
      );
    });
  },
};

/** The routing properties a record surely sets (present in every branch; MultiValueAnswer only when true). */
function routingPropertiesSet(record: MapNode): Array<[string, string]> {
  return POLICY_PROPERTIES.filter(([property]) => {
    const value = valueOf(record, property);
    if (!alwaysGiven(value)) return false;
    return property === 'MultiValueAnswer' ? literalBoolean(value) === true : true;
  });
}

/** CX2520: one record with the properties of two routing policies (Weight and Region, Failover and Weight…). */
export const route53TwoPoliciesOnOneRecord: CatalogueCheck = {
  id: 'CX2520',
  title: 'Route 53 record sets the properties of two routing policies',
  topics: ['T25', 'T26'],
  severity: 'warning',
  url: RECORD_SET_API,
  explanation: {
    what:
      'Each routing property belongs to one kind of record: Weight to weighted records, Region to latency records, Failover ' +
      'to failover records, GeoLocation to geolocation records, and so on. A record has one routing policy, so a record with ' +
      'two of these properties is not a record Route 53 can create.',
    exam:
      'to combine policies (latency between Regions, then weighted inside a Region) build a tree: latency alias records point ' +
      'to the names of weighted record groups; each record carries only its own policy\'s property.',
    scenario: 'send users to the closest Region and split traffic 90/10 between two stacks inside each Region',
    trap: 'Weight and Region on one record look like "weighted latency routing", which Route 53 does not have.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of recordGroups(context)) {
      for (const record of group) {
        const set = routingPropertiesSet(record.record);
        if (set.length < 2) continue;
        const [[firstProperty, firstPolicy], [secondProperty, secondPolicy]] = set;
        // Point at the property the other records of the name do not share (the odd one out), else the second one.
        const shared = (property: string) => group.filter((other) => other !== record && alwaysGiven(valueOf(other.record, property))).length;
        const odd = set.map(([property]) => property).reduce((best, property) => (shared(property) < shared(best) ? property : best), secondProperty);
        hits.push(
          hitAt(
            record,
            odd,
            `Record '${record.label}' sets ${firstProperty} (${firstPolicy} routing) and ${secondProperty} (${secondPolicy} routing): ` +
              'a record has one routing policy; nest records of different names (alias to alias) to combine policies',
          ),
        );
      }
    }
    return hits;
  },
};

/** An AWS Region code: two letters, one or more words, a number (us-east-1, ap-southeast-2, us-gov-west-1). */
const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** CX2521: a latency record's Region that is not a Region code. */
export const route53LatencyRegionCode: CatalogueCheck = {
  id: 'CX2521',
  title: 'Latency record Region is not an AWS Region code',
  topics: ['T25'],
  severity: 'warning',
  url: RECORD_SET_API,
  explanation: {
    what:
      'A latency record names the AWS Region of the resource it points to, as a Region code such as us-east-1 or eu-west-2, ' +
      'from the list the Route 53 API gives; a name like "us-east", "Virginia" or "us_east_1" is none of them.',
    exam: 'latency records: one per Region, each with the Region where its endpoint runs and a health check or EvaluateTargetHealth.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const record of recordGroups(context).flat()) {
      const node = valueOf(record.record, 'Region');
      const values = node === undefined ? undefined : possibleValues(context, node);
      if (!values || values.length === 0) continue;
      const wrong = values.filter((value) => typeof value !== 'string' || !REGION_CODE.test(value));
      if (wrong.length === 0) continue;
      hits.push(hitAt(record, 'Region', `Latency record '${record.label}' names Region ${wrong.map((value) => `'${String(value)}'`).join(' or ')}: Route 53 expects an AWS Region code such as us-east-1`));
    }
    return hits;
  },
};

/** The location a GeoLocation map names, when every part of it is literal. */
function locationKey(location: ReturnType<typeof valueOf>): string | undefined {
  if (!isMap(location)) return undefined;
  const parts: string[] = [];
  for (const name of ['ContinentCode', 'CountryCode', 'SubdivisionCode']) {
    const value = valueOf(location, name);
    if (value === undefined || isNoValue(value)) continue;
    if (!isScalar(value) || value.value === null) return undefined;
    parts.push(`${name}=${String(value.value).toUpperCase()}`);
  }
  return location.entries.length === 0 ? undefined : parts.join('&');
}

/** CX2515: multivalue answer records return IP addresses; they cannot be aliases. */
export const route53MultivalueAlias: CatalogueCheck = {
  id: 'CX2515',
  title: 'Multivalue answer record that is an alias record',
  topics: ['T25', 'T26'],
  severity: 'error',
  url: RECORD_SET_API,
  rejection: { quote: "You can't create multivalue answer alias records.", url: RECORD_SET_API },
  explanation: {
    what:
      'A multivalue answer record returns up to eight healthy values chosen at random; it must hold its own ResourceRecords ' +
      '(optionally with a health check each; without one a record always counts as healthy), so Route 53 refuses ' +
      'MultiValueAnswer together with AliasTarget.',
    exam:
      'multivalue answer is "DNS-level load balancing with health checks", not a replacement for a load balancer; to route to ' +
      'an ALB or CloudFront use a simple or weighted alias record with EvaluateTargetHealth.',
    trap: 'multivalue answer without health checks returns unhealthy addresses too: the health checks are the point of it.',
  },
  resourceTypes: RECORD_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of recordGroups(context)) {
      for (const record of group) {
        if (literalBoolean(valueOf(record.record, 'MultiValueAnswer')) !== true || !hasAlias(record.record)) continue;
        hits.push(hitAt(record, 'MultiValueAnswer', `Record '${record.label}' is a multivalue answer record with an AliasTarget: Route 53 rejects multivalue answer alias records`));
      }
    }
    return hits;
  },
};

function hasAlias(record: MapNode): boolean {
  const alias = valueOf(record, 'AliasTarget');
  return alias !== undefined && !isNoValue(alias);
}

export const ROUTING_POLICY_CHECKS: readonly CatalogueCheck[] = [
  route53MixedRoutingPolicies,
  route53DuplicateSetIdentifier,
  route53DuplicateLatencyRegion,
  route53DuplicateGeoLocation,
  route53MultivalueAlias,
  route53RepeatedFailoverRole,
  route53TwoPoliciesOnOneRecord,
  route53LatencyRegionCode,
];
