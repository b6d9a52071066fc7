/** T11 checks on lifecycle hooks and graceful termination. */
import { entryOf, isMap, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { literalString } from '../support/values';
import { alwaysPresent, GROUP, groupTargetGroups, listItems, namedGroup, numbersOf, propertyPath } from './groups';

const HOOK = 'AWS::AutoScaling::LifecycleHook';
const HOOK_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-lifecyclehook.html';
const PUT_HOOK_API = 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PutLifecycleHook.html';
const LAUNCHING = 'autoscaling:EC2_INSTANCE_LAUNCHING';

interface HookDeclaration {
  /** The hook's own map: a LifecycleHook's Properties or an item of LifecycleHookSpecificationList. */
  map: TemplateNode;
  path: Array<string | number>;
  who: string;
  group: ResourceDeclaration | undefined;
}

/** Every lifecycle hook: the resources and the specifications inside groups. */
function hooks(context: CheckContext): HookDeclaration[] {
  const found: HookDeclaration[] = [];
  for (const hook of context.resources(HOOK)) {
    if (!hook.properties) continue;
    const group = namedGroup(context, valueOf(hook.properties, 'AutoScalingGroupName'));
    found.push({ map: hook.properties, path: propertyPath(hook), who: `Lifecycle hook '${hook.logicalId}'`, group });
  }
  for (const group of context.resources(GROUP)) {
    (listItems(valueOf(group.properties, 'LifecycleHookSpecificationList')) ?? []).forEach((item, index) => {
      if (!isMap(item)) return;
      const name = literalString(valueOf(item, 'LifecycleHookName')) ?? String(index + 1);
      found.push({ map: item, path: propertyPath(group, 'LifecycleHookSpecificationList', index), who: `Lifecycle hook '${name}' of '${group.logicalId}'`, group });
    });
  }
  return found;
}

function transition(hook: HookDeclaration): string | undefined {
  return literalString(valueOf(hook.map, 'LifecycleTransition'));
}

/** CX1110: a heartbeat timeout outside 30–7200 seconds. */
export const heartbeatTimeoutRange: CatalogueCheck = {
  id: 'CX1110',
  title: 'Lifecycle hook HeartbeatTimeout outside 30 to 7200 seconds',
  topics: ['T11'],
  severity: 'error',
  url: HOOK_PAGE,
  rejection: { quote: 'The range is from 30 to 7200 seconds.', url: HOOK_PAGE },
  explanation: {
    what:
      'HeartbeatTimeout is how long an instance stays in the wait state before DefaultResult applies; Amazon EC2 Auto Scaling accepts ' +
      '30 to 7200 seconds (default 3600). Longer work sends record-lifecycle-action-heartbeat to extend the wait.',
    exam: 'a termination hook gives the application time to drain and upload logs; size HeartbeatTimeout to that work, and complete the action early when done.',
  },
  resourceTypes: [HOOK, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const hook of hooks(context)) {
      const node = valueOf(hook.map, 'HeartbeatTimeout');
      const seconds = numbersOf(context, node);
      if (!seconds || seconds.every((value) => value >= 30 && value <= 7200)) continue;
      hits.push({
        message: `${hook.who} has HeartbeatTimeout ${seconds.join(' or ')}: it must be 30 to 7200 seconds`,
        span: node!.span,
        path: [...hook.path, 'HeartbeatTimeout'],
      });
    }
    return hits;
  },
};

/** CX1111: a notification target without the role that lets Auto Scaling publish to it. */
export const hookTargetWithoutRole: CatalogueCheck = {
  id: 'CX1111',
  title: 'Lifecycle hook with a notification target but no RoleARN',
  topics: ['T11'],
  severity: 'error',
  url: PUT_HOOK_API,
  rejection: {
    quote: 'Valid only if the notification target is an Amazon SNS topic or an Amazon SQS queue. Required for new lifecycle hooks, but optional when updating existing hooks.',
    url: PUT_HOOK_API,
  },
  explanation: {
    what:
      'To send lifecycle notifications to an SNS topic or SQS queue, Amazon EC2 Auto Scaling assumes the role in RoleARN (trusting ' +
      'autoscaling.amazonaws.com, allowed to publish or send messages). A new hook with a target and no role is rejected.',
    exam: 'the alternative needs no role: leave NotificationTargetARN out and match the lifecycle action with an EventBridge rule that invokes Lambda or SSM.',
  },
  resourceTypes: [HOOK],
  run(context) {
    const hits: CheckHit[] = [];
    for (const hook of context.resources(HOOK)) {
      const target = entryOf(hook.properties, 'NotificationTargetARN');
      if (!target || !alwaysPresent(target.value) || valueOf(hook.properties, 'RoleARN') !== undefined || literalString(target.value) === '') continue;
      hits.push({
        message: `Lifecycle hook '${hook.logicalId}' sends notifications to a target but has no RoleARN: Amazon EC2 Auto Scaling needs a role to publish to it`,
        span: target.key.span,
        path: propertyPath(hook, 'NotificationTargetARN'),
      });
    }
    return hits;
  },
};

/** CX1112: a launch hook added after the group has already launched its first instances. */
export const launchHookAfterGroup: CatalogueCheck = {
  id: 'CX1112',
  title: 'Launch lifecycle hook declared as a separate resource for a group of the same template',
  topics: ['T11'],
  severity: 'warning',
  url: HOOK_PAGE,
  explanation: {
    what:
      'An AWS::AutoScaling::LifecycleHook resource is created after the group it names, when the group has already launched its first ' +
      'instances, so those instances skip the hook. LifecycleHookSpecificationList on the group adds hooks before any instance launches.',
    exam: 'hooks that prepare instances before they enter service belong in LifecycleHookSpecificationList when the stack creates the group.',
    trap: 'termination hooks are fine as separate resources; launch hooks miss the initial instances.',
  },
  resourceTypes: [HOOK, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const hook of context.resources(HOOK)) {
      const group = context.referenced(valueOf(hook.properties, 'AutoScalingGroupName'));
      if (group?.type !== GROUP || literalString(valueOf(hook.properties, 'LifecycleTransition')) !== LAUNCHING) continue;
      if (startsEmpty(context, group)) continue;
      hits.push({
        message:
          `Launch hook '${hook.logicalId}' is created after group '${group.logicalId}' has launched its first instances, which skip it: ` +
          'declare it in the group\'s LifecycleHookSpecificationList',
        span: hook.key.span,
        path: ['Resources', hook.logicalId],
      });
    }
    return hits;
  },
};

/**
 * A group created with no instance (DesiredCapacity 0, or no DesiredCapacity and MinSize 0, whatever the
 * stack is given): "If you do not specify a desired capacity, the default is the minimum size of the group."
 */
function startsEmpty(context: CheckContext, group: ResourceDeclaration): boolean {
  const initial = valueOf(group.properties, 'DesiredCapacity') ?? valueOf(group.properties, 'MinSize');
  return numbersOf(context, initial)?.every((size) => size === 0) ?? false;
}

/** CX1113: a launch hook that puts unconfigured instances into service when it times out. */
export const launchHookContinues: CatalogueCheck = {
  id: 'CX1113',
  title: 'Launch lifecycle hook with DefaultResult CONTINUE',
  topics: ['T11'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/lifecycle-hooks.html',
  explanation: {
    what:
      'DefaultResult is what happens when the hook times out or fails. For a launch hook, CONTINUE puts the instance into service even ' +
      'though the preparation never confirmed success; ABANDON (the default) terminates it and launches a replacement.',
    exam: 'instances must not receive traffic before they are configured: a launch hook with DefaultResult ABANDON, completed with CONTINUE only on success.',
  },
  resourceTypes: [HOOK, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const hook of hooks(context)) {
      const result = valueOf(hook.map, 'DefaultResult');
      if (transition(hook) !== LAUNCHING || literalString(result) !== 'CONTINUE') continue;
      hits.push({
        message: `${hook.who} is a launch hook with DefaultResult CONTINUE: an instance whose preparation times out or fails still goes into service`,
        span: result!.span,
        path: [...hook.path, 'DefaultResult'],
      });
    }
    return hits;
  },
};

/** CX1114: a target group of an Auto Scaling group that cuts connections at once on scale-in. */
export const noDeregistrationDelay: CatalogueCheck = {
  id: 'CX1114',
  title: 'Target group of an Auto Scaling group with deregistration delay 0',
  topics: ['T11', 'T07'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html',
  explanation: {
    what:
      'When an instance leaves the group, the load balancer stops sending it new requests and waits deregistration_delay.timeout_seconds ' +
      '(default 300) for requests in flight to finish. With 0 those requests are cut off at every scale-in and instance replacement.',
    exam: 'connection draining (deregistration delay) plus a termination lifecycle hook is graceful termination.',
    scenario: 'users get errors whenever the Auto Scaling group scales in',
  },
  resourceTypes: ['AWS::ElasticLoadBalancingV2::TargetGroup', GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const group of context.resources(GROUP)) {
      for (const target of groupTargetGroups(context, group)) {
        if (reported.has(target.logicalId)) continue;
        (listItems(valueOf(target.properties, 'TargetGroupAttributes')) ?? []).forEach((attribute, index) => {
          if (literalString(valueOf(attribute, 'Key')) !== 'deregistration_delay.timeout_seconds') return;
          const value = valueOf(attribute, 'Value');
          if (!numbersOf(context, value)?.every((seconds) => seconds === 0)) return;
          reported.add(target.logicalId);
          hits.push({
            message: `Target group '${target.logicalId}' of Auto Scaling group '${group.logicalId}' has a deregistration delay of 0: requests in flight are cut off when instances leave`,
            span: value!.span,
            path: propertyPath(target, 'TargetGroupAttributes', index, 'Value'),
          });
        });
      }
    }
    return hits;
  },
};


export const lifecycleHookChecks: readonly CatalogueCheck[] = [
  heartbeatTimeoutRange,
  hookTargetWithoutRole,
  launchHookAfterGroup,
  launchHookContinues,
  noDeregistrationDelay,
];
