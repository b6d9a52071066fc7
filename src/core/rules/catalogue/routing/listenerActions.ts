/** T27: actions of ALB listeners and listener rules (one final action; weighted forwarding). */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type NodePath, type SeqNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { referencedId } from '../support/context';
import { intrinsicName, isNoValue, literalBoolean, literalNumber, literalString } from '../support/values';

const ACTION_API = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Action.html';
const RULES_PAGE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html';
const TERMINAL = ['forward', 'redirect', 'fixed-response'];
const LISTENER_TYPES = ['AWS::ElasticLoadBalancingV2::ListenerRule', 'AWS::ElasticLoadBalancingV2::Listener'];

interface ActionList {
  owner: ResourceDeclaration;
  list: SeqNode;
  property: string;
}

function actionLists(context: CheckContext): ActionList[] {
  const found: ActionList[] = [];
  for (const owner of context.resources(...LISTENER_TYPES)) {
    const property = owner.type === 'AWS::ElasticLoadBalancingV2::Listener' ? 'DefaultActions' : 'Actions';
    const list = valueOf(owner.properties, property);
    if (isSeq(list)) found.push({ owner, list, property });
  }
  return found;
}

function actionPath(at: ActionList, index: number, ...rest: string[]): NodePath {
  return ['Resources', at.owner.logicalId, 'Properties', at.property, index, ...rest];
}

/** CX2715: exactly one forward, redirect or fixed-response action, performed last. */
export const listenerFinalAction: CatalogueCheck = {
  id: 'CX2715',
  title: 'Listener or rule without exactly one final forward, redirect or fixed-response action',
  topics: ['T27'],
  severity: 'error',
  url: RULES_PAGE,
  rejection: {
    quote: 'Each rule must include exactly one of the following actions: forward, redirect, or fixed-response, and it must be the last action to be performed.',
    url: RULES_PAGE,
  },
  explanation: {
    what:
      'Authentication actions (authenticate-oidc, authenticate-cognito) run first and hand over; the request must then end in ' +
      'exactly one forward, redirect or fixed-response action, the one with the highest Order. Any other arrangement is rejected.',
    exam:
      'send a share of users to a new version with one forward action whose ForwardConfig lists weighted target groups, not two ' +
      'forward actions; authenticate users at the ALB with an authenticate action before the forward.',
  },
  resourceTypes: LISTENER_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of actionLists(context)) {
      const ordered = orderedActions(at.list);
      if (!ordered) continue;
      const types = ordered.map(({ action }) => literalString(valueOf(action, 'Type'))?.toLowerCase());
      if (types.some((type) => type === undefined)) continue;
      const terminal = ordered.filter((_, position) => TERMINAL.includes(types[position]!));
      const last = ordered[ordered.length - 1];
      let message: string | undefined;
      let index = last.index;
      if (terminal.length === 0) message = `'${at.owner.logicalId}' has no forward, redirect or fixed-response action: the request would have nowhere to go`;
      else if (terminal.length > 1) {
        index = terminal[1].index;
        message = `'${at.owner.logicalId}' has ${terminal.length} final actions (${terminal.map(({ action }) => literalString(valueOf(action, 'Type'))).join(', ')}): exactly one is allowed; weight target groups inside one forward action instead`;
      } else if (terminal[0] !== last) {
        index = terminal[0].index;
        message = `The ${types[ordered.indexOf(terminal[0])]} action of '${at.owner.logicalId}' is not the last one performed: it must come after every other action`;
      }
      if (!message) continue;
      const item = at.list.items[index] as MapNode;
      hits.push({ message, span: entryOf(item, 'Type')!.value.span, path: actionPath(at, index, 'Type') });
    }
    return hits;
  },
};

/** Actions in the order the load balancer performs them, or undefined when that order is computed. */
function orderedActions(list: SeqNode): Array<{ action: MapNode; index: number }> | undefined {
  const actions = list.items.map((action, index) => ({ action, index }));
  if (actions.length === 0 || actions.some(({ action }) => !isMap(action) || intrinsicName(action) !== undefined)) return undefined;
  const orders = actions.map(({ action }) => valueOf(action, 'Order'));
  if (orders.every((order) => order === undefined)) return actions as Array<{ action: MapNode; index: number }>;
  const numbers = orders.map(literalNumber);
  if (numbers.some((order) => order === undefined)) return undefined;
  return (actions as Array<{ action: MapNode; index: number }>).map((entry, position) => ({ ...entry, order: numbers[position]! })).sort((a, b) => a.order - b.order);
}

/** CX2714: TargetGroupArn and ForwardConfig together must name one and the same target group. */
export const listenerForwardConfigMismatch: CatalogueCheck = {
  id: 'CX2714',
  title: 'Forward action whose ForwardConfig disagrees with its TargetGroupArn',
  topics: ['T27'],
  severity: 'error',
  url: ACTION_API,
  rejection: {
    quote: 'If you specify both ForwardConfig and TargetGroupArn, you can specify only one target group using ForwardConfig and it must be the same target group specified in TargetGroupArn.',
    url: ACTION_API,
  },
  explanation: {
    what:
      'TargetGroupArn forwards to one target group; ForwardConfig forwards to several with weights (and optional stickiness). ' +
      'Both together are accepted only when they name the same single group.',
    exam:
      'weighted target groups on an ALB are the in-region way to shift traffic gradually (10% to green, then 50%, then 100%) ' +
      'or to run an A/B test: put every group with its Weight in ForwardConfig and leave TargetGroupArn out.',
    trap: 'adding the new group to ForwardConfig while keeping the old TargetGroupArn is refused, not a 50/50 split.',
  },
  resourceTypes: LISTENER_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of actionLists(context)) {
      at.list.items.forEach((action, index) => {
        const single = valueOf(action, 'TargetGroupArn');
        const groups = valueOf(valueOf(action, 'ForwardConfig'), 'TargetGroups');
        if (single === undefined || isNoValue(single) || !isSeq(groups)) return;
        const singleId = referencedId(single) ?? literalString(single);
        const others = groups.items.map((group) => valueOf(group, 'TargetGroupArn')).map((arn) => referencedId(arn) ?? literalString(arn));
        const disagrees = groups.items.length > 1 || (singleId !== undefined && others[0] !== undefined && others[0] !== singleId);
        if (!disagrees) return;
        hits.push({
          message:
            groups.items.length > 1
              ? `The forward action of '${at.owner.logicalId}' has a TargetGroupArn and ${groups.items.length} target groups in ForwardConfig: with both, ForwardConfig may hold only that one group`
              : `The forward action of '${at.owner.logicalId}' names one target group in TargetGroupArn and another in ForwardConfig: they must be the same`,
          span: entryOf(action, 'TargetGroupArn')!.key.span,
          path: actionPath(at, index, 'TargetGroupArn'),
        });
      });
    }
    return hits;
  },
};

/** Attributes of load balancing resources that return a name, where an ARN property needs the ARN (Ref). */
const NAME_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'AWS::ElasticLoadBalancingV2::TargetGroup': ['TargetGroupName', 'TargetGroupFullName'],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ['LoadBalancerName', 'LoadBalancerFullName'],
};

/** The resource and attribute of an `Fn::GetAtt` that returns a name of a target group or load balancer. */
function nameAttribute(context: CheckContext, node: ReturnType<typeof valueOf>): { target: ResourceDeclaration; attribute: string } | undefined {
  if (intrinsicName(node) !== 'Fn::GetAtt') return undefined;
  const argument = valueOf(node, 'Fn::GetAtt');
  const attribute = literalString(argument)?.split('.').slice(1).join('.') ?? (isSeq(argument) ? literalString(argument.items[1]) : undefined);
  const target = context.referenced(node);
  if (!target?.type || attribute === undefined || !(NAME_ATTRIBUTES[target.type] ?? []).includes(attribute)) return undefined;
  return { target, attribute };
}

/** CX2724: a target group or load balancer name where the listener needs its ARN. */
export const listenerNameForArn: CatalogueCheck = {
  id: 'CX2724',
  title: 'Listener or listener rule given a target group or load balancer name where it needs the ARN',
  topics: ['T27', 'T05'],
  severity: 'warning',
  url: ACTION_API,
  explanation: {
    what:
      'TargetGroupArn and LoadBalancerArn take the Amazon Resource Name: for a target group or load balancer of the template ' +
      'that is `Ref` (it returns the ARN). The TargetGroupName, TargetGroupFullName, LoadBalancerName and LoadBalancerFullName ' +
      'attributes return names, which Elastic Load Balancing does not accept as an ARN, so the listener fails to create.',
    exam:
      'the two services want different things: a listener action forwards to the target group ARN (`!Ref TargetGroup`), while ' +
      'a CodeDeploy deployment group\'s TargetGroupInfoList wants the name (`!GetAtt TargetGroup.TargetGroupName`).',
    trap: 'after learning that CodeDeploy wants the target group name, it is easy to write the name in the listener too.',
  },
  resourceTypes: LISTENER_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    const report = (owner: ResourceDeclaration, node: ReturnType<typeof valueOf>, path: NodePath, property: string) => {
      const found = nameAttribute(context, node);
      if (!found || !node) return;
      hits.push({
        message:
          `${property} of '${owner.logicalId}' is !GetAtt ${found.target.logicalId}.${found.attribute}, a name: Elastic Load Balancing ` +
          `needs the ARN here, which is !Ref ${found.target.logicalId}`,
        span: node.span,
        path,
      });
    };
    for (const at of actionLists(context)) {
      at.list.items.forEach((action, index) => {
        report(at.owner, valueOf(action, 'TargetGroupArn'), actionPath(at, index, 'TargetGroupArn'), 'TargetGroupArn');
        const groups = valueOf(valueOf(action, 'ForwardConfig'), 'TargetGroups');
        (isSeq(groups) ? groups.items : []).forEach((group, position) =>
          report(at.owner, valueOf(group, 'TargetGroupArn'), [...actionPath(at, index, 'ForwardConfig', 'TargetGroups'), position, 'TargetGroupArn'], 'TargetGroupArn'),
        );
      });
    }
    for (const listener of context.resources('AWS::ElasticLoadBalancingV2::Listener')) {
      report(listener, valueOf(listener.properties, 'LoadBalancerArn'), ['Resources', listener.logicalId, 'Properties', 'LoadBalancerArn'], 'LoadBalancerArn');
    }
    return hits;
  },
};

/** CX2720: weighted forwarding without group stickiness sends a user to either version on every request. */
export const listenerWeightedWithoutStickiness: CatalogueCheck = {
  id: 'CX2720',
  title: 'Weighted forward action without target group stickiness',
  topics: ['T27'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
  explanation: {
    what:
      'With weighted target groups, each request picks a group by weight. Without TargetGroupStickinessConfig a user can ' +
      'switch between the old and new version from one request to the next.',
    exam:
      'for an A/B test users must keep seeing the same variant: enable target group stickiness (a duration) on the weighted ' +
      'forward action, or route by a cookie or header the variant sets.',
    scenario: 'test a new checkout page on 10% of users, each user always seeing the same version',
  },
  resourceTypes: LISTENER_TYPES,
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of actionLists(context)) {
      at.list.items.forEach((action, index) => {
        const forward = valueOf(action, 'ForwardConfig');
        const groups = valueOf(forward, 'TargetGroups');
        // A group at weight 0 takes no traffic: 100/0 is the resting state of a blue/green rule, no split.
        if (!isSeq(groups) || groups.items.filter((group) => literalNumber(valueOf(group, 'Weight')) !== 0).length < 2) return;
        const sticky = valueOf(valueOf(forward, 'TargetGroupStickinessConfig'), 'Enabled');
        if (sticky !== undefined && literalBoolean(sticky) !== false) return;
        hits.push({
          message: `The forward action of '${at.owner.logicalId}' splits traffic over ${groups.items.length} target groups without stickiness: a user may see a different version on each request`,
          span: entryOf(forward, 'TargetGroups')!.key.span,
          path: actionPath(at, index, 'ForwardConfig', 'TargetGroups'),
        });
      });
    }
    return hits;
  },
};

export const LISTENER_ACTION_CHECKS: readonly CatalogueCheck[] = [listenerForwardConfigMismatch, listenerFinalAction, listenerWeightedWithoutStickiness, listenerNameForArn];
