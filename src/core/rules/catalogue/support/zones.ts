/** Which Availability Zones a list of subnets (or zones) can reach, as far as the template tells. */
import { isScalar, isSeq, isString, valueOf, type TemplateNode } from '../../../model';
import type { CheckContext } from './context';
import { intrinsicName, literalString } from './values';

/**
 * The zone every listed subnet is declared in, when each is a subnet of this template whose AvailabilityZone
 * is written the same way (a name, or `!Select [N, !GetAZs …]` with the same N): the subnets differ, the zone does not.
 */
export function sameZoneOfSubnets(context: CheckContext, items: readonly TemplateNode[]): string | undefined {
  const zones = items.map((item) => {
    const subnet = intrinsicName(item) === 'Ref' ? context.referenced(item) : undefined;
    return subnet?.type === 'AWS::EC2::Subnet' ? zoneWritten(valueOf(subnet.properties, 'AvailabilityZone')) : undefined;
  });
  const first = zones[0];
  return first !== undefined && zones.every((zone) => zone === first) ? first : undefined;
}

/** How a subnet's zone is written, when it names one zone: the name, or the Nth of Fn::GetAZs. */
function zoneWritten(node: TemplateNode | undefined): string | undefined {
  const name = literalString(node);
  if (name !== undefined) return name;
  const selected = valueOf(node, 'Fn::Select');
  if (intrinsicName(node) !== 'Fn::Select' || !isSeq(selected) || selected.items.length !== 2) return undefined;
  const index = literalString(selected.items[0]) ?? (isScalar(selected.items[0]) && typeof selected.items[0].value === 'number' ? String(selected.items[0].value) : undefined);
  const region = valueOf(selected.items[1], 'Fn::GetAZs');
  if (index === undefined || intrinsicName(selected.items[1]) !== 'Fn::GetAZs') return undefined;
  const written = literalString(region) ?? (intrinsicName(region) === 'Ref' ? literalString(valueOf(region, 'Ref')) : undefined);
  return written === undefined ? undefined : `zone ${index} of Fn::GetAZs${written ? ` ${written}` : ''}`;
}

/** A list item that names exactly one subnet or zone (not a comma-joined or list parameter). */
export function isSingleSubnetOrZone(context: CheckContext, item: TemplateNode): boolean {
  if (isString(item)) return !item.value.includes(',');
  const name = intrinsicName(item);
  if (name === 'Fn::Select' || name === 'Fn::GetAZs') return name === 'Fn::Select';
  if (name !== 'Ref') return false;
  const target = context.referenced(item);
  if (target) return target.type === 'AWS::EC2::Subnet';
  const type = literalString(valueOf(context.parameter(literalString(valueOf(item, 'Ref')) ?? ''), 'Type'));
  return type === 'AWS::EC2::Subnet::Id' || type === 'AWS::EC2::AvailabilityZone::Name';
}
