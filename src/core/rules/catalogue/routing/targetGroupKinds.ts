/**
 * Which kind of load balancer a target group serves, as its Protocol (or a Lambda target) tells: the
 * API reference words several limits per kind (health check codes, stickiness types).
 */
import { valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../types';
import { alwaysGiven, possibleValues } from '../support/values';

export type LoadBalancerKind = 'application' | 'network' | 'gateway';

export const LOAD_BALANCER_NAMES: Readonly<Record<LoadBalancerKind, string>> = {
  application: 'an Application Load Balancer',
  network: 'a Network Load Balancer',
  gateway: 'a Gateway Load Balancer',
};

const KIND_OF_PROTOCOL: Readonly<Record<string, LoadBalancerKind>> = {
  HTTP: 'application',
  HTTPS: 'application',
  TCP: 'network',
  TLS: 'network',
  UDP: 'network',
  TCP_UDP: 'network',
  QUIC: 'network',
  TCP_QUIC: 'network',
  GENEVE: 'gateway',
};

/** The kind every deployment gives the target group; undefined when a protocol is computed, unknown or kinds differ. */
export function targetGroupKind(context: CheckContext, group: ResourceDeclaration): LoadBalancerKind | undefined {
  const targetType = valueOf(group.properties, 'TargetType');
  const targetTypes = alwaysGiven(targetType) ? possibleValues(context, targetType) : undefined;
  if (targetTypes && targetTypes.length > 0 && targetTypes.every((value) => String(value).toLowerCase() === 'lambda')) return 'application';
  const protocol = valueOf(group.properties, 'Protocol');
  if (!alwaysGiven(protocol)) return undefined;
  const kinds = new Set((possibleValues(context, protocol) ?? [null]).map((value) => KIND_OF_PROTOCOL[String(value).toUpperCase()]));
  const [kind] = kinds;
  return kinds.size === 1 ? kind : undefined;
}
