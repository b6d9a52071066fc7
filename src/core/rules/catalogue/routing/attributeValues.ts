/**
 * T07/T27: load balancer and target group attributes are key/value strings the schemas cannot check;
 * Elastic Load Balancing refuses a value outside the range its API reference gives for the key.
 */
import { isSeq, valueOf, type NodePath, type ScalarValue } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalString, possibleValues } from '../support/values';
import { LOAD_BALANCER_NAMES, targetGroupKind, type LoadBalancerKind } from './targetGroupKinds';

const TARGET_GROUP_API = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupAttribute.html';
const LOAD_BALANCER_API = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancerAttribute.html';

/**
 * A numeric range in seconds, or a list of words; `off` is a value outside the range that turns the feature off.
 * `byKind` gives the words of each kind of load balancer (all of them when the target group's kind is unknown).
 */
type Allowed = { min: number; max: number; off?: number } | { words: readonly string[]; of?: string } | { byKind: Readonly<Record<LoadBalancerKind, readonly string[]>> };

/** The keys whose values the API reference bounds, as it words them ("The range is 0-3600 seconds."). */
const TARGET_GROUP_ATTRIBUTES: Readonly<Record<string, Allowed>> = {
  'deregistration_delay.timeout_seconds': { min: 0, max: 3600 },
  'slow_start.duration_seconds': { min: 30, max: 900, off: 0 },
  'stickiness.lb_cookie.duration_seconds': { min: 1, max: 604800 },
  'stickiness.app_cookie.duration_seconds': { min: 1, max: 604800 },
  'stickiness.enabled': { words: ['true', 'false'] },
  'stickiness.type': { byKind: { application: ['lb_cookie', 'app_cookie'], network: ['source_ip'], gateway: ['source_ip_dest_ip', 'source_ip_dest_ip_proto'] } },
};
const LOAD_BALANCER_ATTRIBUTES: Readonly<Record<string, Allowed>> = {
  'idle_timeout.timeout_seconds': { min: 1, max: 4000 },
  'deletion_protection.enabled': { words: ['true', 'false'] },
};

const PLACES = [
  { type: 'AWS::ElasticLoadBalancingV2::TargetGroup', property: 'TargetGroupAttributes', table: TARGET_GROUP_ATTRIBUTES },
  { type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', property: 'LoadBalancerAttributes', table: LOAD_BALANCER_ATTRIBUTES },
];

/** CX2722: an attribute value Elastic Load Balancing refuses. */
export const loadBalancingAttributeValue: CatalogueCheck = {
  id: 'CX2722',
  title: 'Load balancer or target group attribute outside its allowed values',
  topics: ['T27', 'T07'],
  severity: 'error',
  url: TARGET_GROUP_API,
  rejection: { quote: 'deregistration_delay.timeout_seconds - … The range is 0-3600 seconds.', url: TARGET_GROUP_API },
  explanation: {
    what:
      'Attributes are free key/value strings in the template, but Elastic Load Balancing checks each known key: the deregistration ' +
      'delay is 0–3600 seconds, slow start 30–900 (0 turns it off), cookie durations up to a week, the idle timeout 1–4000 ' +
      `seconds (${LOAD_BALANCER_API}); the stickiness type follows the load balancer (lb_cookie or app_cookie for an Application, ` +
      'source_ip for a Network, source_ip_dest_ip or source_ip_dest_ip_proto for a Gateway Load Balancer); another value fails the stack.',
    exam:
      'connection draining is deregistration_delay.timeout_seconds: long enough for in-flight requests to finish, short enough ' +
      'that deployments and scale-in do not stall (the default is 300 seconds).',
    scenario: 'in-flight requests must complete before an instance leaves the target group during a deployment',
  },
  resourceTypes: PLACES.map((place) => place.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, property, table } of PLACES) {
      for (const resource of context.resources(type)) {
        const attributes = valueOf(resource.properties, property);
        (isSeq(attributes) ? attributes.items : []).forEach((attribute, index) => {
          const key = literalString(valueOf(attribute, 'Key'));
          const listed = key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
          const allowed = listed && 'byKind' in listed ? wordsOfKind(listed.byKind, targetGroupKind(context, resource)) : listed;
          const value = valueOf(attribute, 'Value');
          const refused = allowed && value ? refusedValues(context, value, allowed) : [];
          if (refused.length === 0 || !value || !key) return;
          const path: NodePath = ['Resources', resource.logicalId, 'Properties', property, index, 'Value'];
          hits.push({ message: `'${resource.logicalId}' sets ${key} to ${refused.join(' or ')}: ${describe(allowed!)}`, span: value.span, path });
        });
      }
    }
    return hits;
  },
};

/** The words of the target group's kind, or of every kind (with each kind named) when it is not known. */
function wordsOfKind(byKind: Readonly<Record<LoadBalancerKind, readonly string[]>>, kind: LoadBalancerKind | undefined): Allowed {
  if (kind) return { words: byKind[kind], of: LOAD_BALANCER_NAMES[kind] };
  return { words: Object.values(byKind).flat() };
}

/** The values a deployment can give that the key refuses (none when a value is computed). */
function refusedValues(context: CheckContext, node: Parameters<typeof possibleValues>[1], allowed: Allowed): string[] {
  const values = possibleValues(context, node);
  return (values ?? []).filter((value) => !accepts(allowed, value)).map((value) => String(value));
}

function accepts(allowed: Allowed, value: ScalarValue): boolean {
  if ('byKind' in allowed) return true;
  if ('words' in allowed) return allowed.words.includes(String(value));
  const text = String(value).trim();
  if (!/^-?\d+$/.test(text)) return false;
  const number = Number(text);
  return number === allowed.off || (number >= allowed.min && number <= allowed.max);
}

function describe(allowed: Allowed): string {
  if ('byKind' in allowed) return '';
  if ('words' in allowed) return `${allowed.of ? `on ${allowed.of} target group ` : ''}it takes ${allowed.words.join(' or ')}`;
  return `Elastic Load Balancing accepts ${allowed.min}–${allowed.max} seconds${allowed.off !== undefined ? ` (or ${allowed.off} to turn it off)` : ''}`;
}
