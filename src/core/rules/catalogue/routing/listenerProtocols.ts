/**
 * T27: the protocols a listener and the target groups it forwards to may use depend on the type of
 * load balancer (Application: HTTP/HTTPS; Network: TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC; Gateway: GENEVE groups and
 * no listener protocol). The listener's LoadBalancerArn and the forward action's target groups are
 * followed when they name resources of the template.
 */
import { isSeq, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { mayCoexist } from '../support/coexist';
import { literalString, possibleValues, presence } from '../support/values';

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const CREATE_LISTENER = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html';
const CREATE_TARGET_GROUP = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html';

type LoadBalancerType = 'application' | 'network' | 'gateway';

/** Network Load Balancers also take the QUIC protocols (newer than the API sentence): never reported. */
const NETWORK = ['TCP', 'TLS', 'UDP', 'TCP_UDP', 'QUIC', 'TCP_QUIC'];
const LISTENER_PROTOCOLS: Record<LoadBalancerType, readonly string[]> = { application: ['HTTP', 'HTTPS'], network: NETWORK, gateway: [] };
const GROUP_PROTOCOLS: Record<LoadBalancerType, readonly string[]> = { application: ['HTTP', 'HTTPS'], network: NETWORK, gateway: ['GENEVE'] };
const KNOWN_PROTOCOLS: ReadonlySet<string> = new Set(Object.values(GROUP_PROTOCOLS).flat());
const TYPE_NAMES: Record<LoadBalancerType, string> = {
  application: 'an Application Load Balancer',
  network: 'a Network Load Balancer',
  gateway: 'a Gateway Load Balancer',
};

/** Every type the load balancer can have (application when Type is left out); undefined when one is unknown. */
function loadBalancerTypes(context: CheckContext, balancer: ResourceDeclaration): LoadBalancerType[] | undefined {
  const node = valueOf(balancer.properties, 'Type');
  if (node === undefined) return ['application'];
  const values = possibleValues(context, node);
  if (values === undefined || values.some((value) => value === null)) return undefined;
  if (values.length === 0) return ['application'];
  const types = values.map((value) => String(value).toLowerCase());
  return types.every((type): type is LoadBalancerType => type in LISTENER_PROTOCOLS) ? [...new Set(types)] : undefined;
}

/** Every protocol the value can be, upper-cased; undefined when it may be left out or is unknown. */
function protocolsOf(context: CheckContext, node: TemplateNode | undefined): string[] | undefined {
  if (presence(node) !== 'yes') return undefined;
  const values = possibleValues(context, node);
  if (!values || values.length === 0 || values.some((value) => value === null || value === '')) return undefined;
  const protocols = [...new Set(values.map((value) => String(value).toUpperCase()))];
  // A protocol no load balancer knows (`HTP`) is the allowed-values check's to report.
  return protocols.every((protocol) => KNOWN_PROTOCOLS.has(protocol)) ? protocols : undefined;
}

/** The load balancer a listener is attached to, when LoadBalancerArn names one of the template that can exist beside it. */
function balancerOf(context: CheckContext, listener: ResourceDeclaration): ResourceDeclaration | undefined {
  const balancer = context.referenced(valueOf(listener.properties, 'LoadBalancerArn'));
  return balancer?.type === LOAD_BALANCER && mayCoexist(context, listener, balancer) ? balancer : undefined;
}

/** 'A, B or C'. */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function describeTypes(types: readonly LoadBalancerType[]): string {
  return types.map((type) => TYPE_NAMES[type]).join(' or ');
}

/** CX2725: a listener protocol its load balancer's type does not support. */
export const listenerProtocolForBalancerType: CatalogueCheck = {
  id: 'CX2725',
  title: 'Listener protocol that its load balancer type does not support',
  topics: ['T27'],
  severity: 'error',
  url: CREATE_LISTENER,
  rejection: {
    quote:
      "For Application Load Balancers, the supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols are TCP, TLS, UDP, and TCP_UDP. … You can't specify a protocol for a Gateway Load Balancer.",
    url: CREATE_LISTENER,
  },
  explanation: {
    what:
      'Each kind of load balancer works at its own layer: an Application Load Balancer (the default Type) terminates HTTP and ' +
      'HTTPS, a Network Load Balancer handles TCP, TLS, UDP, TCP_UDP, QUIC and TCP_QUIC connections, and a Gateway Load Balancer listener takes no ' +
      'protocol at all (it forwards every packet over GENEVE). Elastic Load Balancing refuses a listener whose Protocol does not ' +
      'belong to its load balancer, and the stack rolls back.',
    exam:
      'layer 7 needs (path or host routing, HTTP headers, WAF, authentication) point to an ALB; static IPs, millions of ' +
      'connections, UDP or end-to-end TLS point to an NLB; inline third-party appliances point to a GWLB. The listener protocol ' +
      'follows from that choice.',
    scenario: 'the application must keep a fixed IP address per Availability Zone and accept raw TCP connections',
    trap: 'a load balancer without Type is an Application Load Balancer, so a TCP listener on it fails.',
  },
  resourceTypes: [LISTENER],
  run(context) {
    const hits: CheckHit[] = [];
    for (const listener of context.resources(LISTENER)) {
      const balancer = balancerOf(context, listener);
      const types = balancer && loadBalancerTypes(context, balancer);
      const node = valueOf(listener.properties, 'Protocol');
      const protocols = types && protocolsOf(context, node);
      if (!balancer || !types || !protocols) continue;
      if (types.some((type) => protocols.some((protocol) => LISTENER_PROTOCOLS[type].includes(protocol)))) continue;
      const allowed = types.map((type) => (type === 'gateway' ? 'no Protocol at all' : orList(LISTENER_PROTOCOLS[type].slice(0, 4)))).join('; ');
      hits.push({
        message:
          `Listener '${listener.logicalId}' uses Protocol ${orList(protocols)}, but load balancer '${balancer.logicalId}' is ` +
          `${describeTypes(types)}${valueOf(balancer.properties, 'Type') === undefined ? ' (Type left out)' : ''}: its listeners take ${allowed}`,
        span: node!.span,
        path: ['Resources', listener.logicalId, 'Properties', 'Protocol'],
      });
    }
    return hits;
  },
};

interface ForwardedGroup {
  group: ResourceDeclaration;
  node: TemplateNode;
  path: NodePath;
}

/** The target groups of the template each forward action of the list sends to. */
function forwardedGroups(context: CheckContext, owner: ResourceDeclaration, property: string): ForwardedGroup[] {
  const actions = valueOf(owner.properties, property);
  if (!isSeq(actions)) return [];
  const found: ForwardedGroup[] = [];
  actions.items.forEach((action, index) => {
    if (literalString(valueOf(action, 'Type'))?.toLowerCase() !== 'forward') return;
    const base: NodePath = ['Resources', owner.logicalId, 'Properties', property, index];
    const candidates: Array<{ node: TemplateNode | undefined; path: NodePath }> = [{ node: valueOf(action, 'TargetGroupArn'), path: [...base, 'TargetGroupArn'] }];
    const weighted = valueOf(valueOf(action, 'ForwardConfig'), 'TargetGroups');
    if (isSeq(weighted)) {
      weighted.items.forEach((item, position) =>
        candidates.push({ node: valueOf(item, 'TargetGroupArn'), path: [...base, 'ForwardConfig', 'TargetGroups', position, 'TargetGroupArn'] }),
      );
    }
    const seen = new Set<string>();
    for (const { node, path } of candidates) {
      const group = context.referenced(node);
      if (!node || group?.type !== TARGET_GROUP || seen.has(group.logicalId) || !mayCoexist(context, owner, group)) continue;
      seen.add(group.logicalId);
      found.push({ group, node, path });
    }
  });
  return found;
}

/** Whether a target group of this protocol can serve this listener on this type of load balancer. */
function groupFits(type: LoadBalancerType, listenerProtocol: string | undefined, groupProtocol: string): boolean {
  if (!GROUP_PROTOCOLS[type].includes(groupProtocol)) return false;
  return listenerProtocol !== 'TCP_UDP' || groupProtocol === 'TCP_UDP';
}

/** CX2726: a forwarded target group whose protocol does not fit the load balancer (or the TCP_UDP listener). */
export const targetGroupProtocolForBalancerType: CatalogueCheck = {
  id: 'CX2726',
  title: 'Listener forwarding to a target group whose protocol does not fit the load balancer type',
  topics: ['T27'],
  severity: 'error',
  url: CREATE_TARGET_GROUP,
  rejection: {
    quote:
      'For Application Load Balancers, the supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols are TCP, TLS, UDP, or TCP_UDP. For Gateway Load Balancers, the supported protocol is GENEVE. A TCP_UDP listener must be associated with a TCP_UDP target group.',
    url: CREATE_TARGET_GROUP,
  },
  explanation: {
    what:
      'A target group is created on its own, but the protocol it speaks to its targets must suit the load balancer whose ' +
      'listener forwards to it: HTTP or HTTPS behind an Application Load Balancer, TCP, TLS, UDP, TCP_UDP, QUIC or TCP_QUIC behind a Network ' +
      'Load Balancer (a TCP_UDP listener only to a TCP_UDP group), GENEVE behind a Gateway Load Balancer. Otherwise Elastic Load ' +
      'Balancing refuses the listener or rule that forwards to it.',
    exam:
      'moving an application from an ALB to an NLB (for static IPs or non-HTTP traffic) means new TCP target groups too: the ' +
      'HTTP target groups, their HTTP health-check paths and matchers stay with the ALB.',
    trap: 'the target group deploys on its own; the failure shows up on the listener that forwards to it.',
  },
  resourceTypes: [LISTENER, LISTENER_RULE],
  run(context) {
    const hits: CheckHit[] = [];
    const owners: Array<{ owner: ResourceDeclaration; listener: ResourceDeclaration | undefined; property: string }> = [
      ...context.resources(LISTENER).map((listener) => ({ owner: listener, listener, property: 'DefaultActions' })),
      ...context.resources(LISTENER_RULE).map((rule) => {
        const listener = context.referenced(valueOf(rule.properties, 'ListenerArn'));
        return { owner: rule, listener: listener?.type === LISTENER && mayCoexist(context, rule, listener) ? listener : undefined, property: 'Actions' };
      }),
    ];
    for (const { owner, listener, property } of owners) {
      const balancer = listener && balancerOf(context, listener);
      const types = balancer && mayCoexist(context, owner, balancer) ? loadBalancerTypes(context, balancer) : undefined;
      if (!balancer || !types) continue;
      const listenerProtocols: Array<string | undefined> = protocolsOf(context, valueOf(listener!.properties, 'Protocol')) ?? [undefined];
      for (const { group, node, path } of forwardedGroups(context, owner, property)) {
        const targetType = valueOf(group.properties, 'TargetType');
        if (targetType !== undefined && literalString(targetType) === undefined) continue;
        if (literalString(targetType)?.toLowerCase() === 'lambda') continue;
        const groupProtocols = protocolsOf(context, valueOf(group.properties, 'Protocol'));
        if (!groupProtocols) continue;
        const fits = types.some((type) => listenerProtocols.some((listenerProtocol) => groupProtocols.some((groupProtocol) => groupFits(type, listenerProtocol, groupProtocol))));
        if (fits) continue;
        const typeFits = types.some((type) => groupProtocols.some((groupProtocol) => GROUP_PROTOCOLS[type].includes(groupProtocol)));
        const reason = typeFits
          ? `its listener '${listener!.logicalId}' uses TCP_UDP, which forwards only to TCP_UDP target groups`
          : `load balancer '${balancer.logicalId}' is ${describeTypes(types)}, whose target groups use ${types.map((type) => orList(GROUP_PROTOCOLS[type].slice(0, 4))).join('; ')}`;
        hits.push({
          message: `'${owner.logicalId}' forwards to target group '${group.logicalId}' with Protocol ${orList(groupProtocols)}, but ${reason}`,
          span: node.span,
          path,
        });
      }
    }
    return hits;
  },
};

export const LISTENER_PROTOCOL_CHECKS: readonly CatalogueCheck[] = [listenerProtocolForBalancerType, targetGroupProtocolForBalancerType];
