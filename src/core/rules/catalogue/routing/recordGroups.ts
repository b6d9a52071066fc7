/**
 * Route 53 records of a template grouped as Route 53 groups them: same hosted zone, name and type.
 * Names, zones and types compare as written (literal names case- and final-dot-insensitively), so
 * two records land in one group only when they surely share them; routing policies are read from
 * the property that sets each one, and a record whose policy the template computes stays unknown.
 */
import { toPlain, valueOf, type MapNode, type TemplateNode } from '../../../model';
import { literalKey } from './nodes';
import { recordsOf, type RecordDeclaration } from '../../exam/route53Records';
import { memoized } from '../../../memo';
import type { CheckContext } from '../support/context';
import { intrinsicName, isNoValue, literalBoolean, literalString } from '../support/values';

export type RoutingPolicy = 'simple' | 'weighted' | 'latency' | 'failover' | 'geolocation' | 'geoproximity' | 'IP-based' | 'multivalue answer';

/** The property that gives a record each routing policy other than simple. */
export const POLICY_PROPERTIES: ReadonlyArray<[string, RoutingPolicy]> = [
  ['Weight', 'weighted'],
  ['Region', 'latency'],
  ['Failover', 'failover'],
  ['GeoLocation', 'geolocation'],
  ['GeoProximityLocation', 'geoproximity'],
  ['CidrRoutingConfig', 'IP-based'],
  ['MultiValueAnswer', 'multivalue answer'],
];

export interface GroupedRecord extends RecordDeclaration {
  /** undefined when the template computes whether a routing property is there. */
  policy: RoutingPolicy | undefined;
  /** The resource's Condition, when it has one. */
  condition?: string;
  /** Comparable hosted zone (undefined when the record names none) and name. */
  zone: string | undefined;
  name: string;
}

/** Records that share hosted zone, name and type, in source order; groups of one included. */
export function recordGroups(context: CheckContext): GroupedRecord[][] {
  return memoized(context, groupRecords);
}

function groupRecords(context: CheckContext): GroupedRecord[][] {
  const byKey = new Map<string, GroupedRecord[]>();
  const recordSetGroups = context.resources('AWS::Route53::RecordSetGroup');
  const zoneOfGroup = new Map(recordSetGroups.map((group) => [group.logicalId, zoneKey(group.properties)]));
  for (const declared of recordsOf(context.resources('AWS::Route53::RecordSet'), recordSetGroups)) {
    const resource = context.resource(declared.logicalId);
    const ownZone = zoneKey(declared.record);
    const zone = ownZone ?? zoneOfGroup.get(declared.logicalId);
    const name = keyOf(valueOf(declared.record, 'Name'));
    const key = `${zone ?? ''}\u0000${name}\u0000${keyOf(valueOf(declared.record, 'Type'))}`;
    const condition = literalString(valueOf(resource?.body, 'Condition'));
    const record: GroupedRecord = { ...declared, policy: policyOf(declared.record), zone, name, ...(condition ? { condition } : {}) };
    const list = byKey.get(key) ?? [];
    list.push(record);
    byKey.set(key, list);
  }
  return [...byKey.values()];
}

/** A failover record's role as written (PRIMARY, SECONDARY), undefined for other policies or a computed value. */
function failoverOf(record: GroupedRecord): string | undefined {
  return record.policy === 'failover' ? literalString(valueOf(record.record, 'Failover')) : undefined;
}

/** Each failover SECONDARY record, with the PRIMARY records of its group that can exist beside it. */
export function failoverPairs(context: CheckContext): { secondary: GroupedRecord; primaries: GroupedRecord[] }[] {
  return recordGroups(context).flatMap((group) => {
    const primaries = group.filter((record) => failoverOf(record) === 'PRIMARY');
    return group
      .filter((record) => failoverOf(record) === 'SECONDARY')
      .map((secondary) => ({ secondary, primaries: primaries.filter((primary) => coexist(primary, secondary)) }));
  });
}

/** Whether both records exist in the same deployment as far as their Conditions tell. */
export function coexist(a: GroupedRecord, b: GroupedRecord): boolean {
  return a.condition === undefined || b.condition === undefined || a.condition === b.condition;
}

/** The routing policy the record's properties give it. */
export function policyOf(record: MapNode): RoutingPolicy | undefined {
  let found: RoutingPolicy = 'simple';
  for (const [property, policy] of POLICY_PROPERTIES) {
    const value = valueOf(record, property);
    if (value === undefined || isNoValue(value)) continue;
    if (intrinsicName(value) === 'Fn::If') return undefined;
    if (property === 'MultiValueAnswer') {
      const flag = literalBoolean(value);
      if (flag === undefined) return undefined;
      if (!flag) continue;
    }
    if (found !== 'simple') return undefined;
    found = policy;
  }
  return found;
}

/** The property that sets the record's routing policy (where a finding about it points). */
export function policyProperty(record: GroupedRecord): string | undefined {
  return POLICY_PROPERTIES.find(([, policy]) => policy === record.policy)?.[0];
}

/** A comparable form of a hosted zone id or name; undefined when the record names no zone. */
export function zoneKey(map: TemplateNode | undefined): string | undefined {
  const id = valueOf(map, 'HostedZoneId');
  if (id !== undefined) return `id:${keyOf(id)}`;
  const name = valueOf(map, 'HostedZoneName');
  return name === undefined ? undefined : `name:${keyOf(name)}`;
}

function keyOf(node: TemplateNode | undefined): string {
  return literalKey(node) ?? JSON.stringify(toPlain(node) ?? null);
}
