/** T30: what an EventBridge rule's targets need to receive events (resource policies, roles, FIFO settings). */
import { entryOf, isMap, isSeq, valueOf, type MapNode, type NodePath } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { unusableTopicKey } from '../support/topicKeys';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { invokePermissions } from '../support/lambdaPermissions';
import { POLICY_KINDS, resourcePolicyAnswer } from '../support/resourcePolicies';
import { intrinsicName, isNoValue, literalBoolean, literalString } from '../support/values';
import { templateText } from '../support/mentions';

const RULE = 'AWS::Events::Rule';
const RESOURCE_POLICY_PAGE = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html';

export interface TargetAt {
  rule: ResourceDeclaration;
  target: MapNode;
  index: number;
  /** The resource of this template the target's Arn names, if any. */
  resource: ResourceDeclaration | undefined;
}

export function ruleTargets(context: CheckContext): TargetAt[] {
  const found: TargetAt[] = [];
  for (const rule of context.resources(RULE)) {
    const targets = valueOf(rule.properties, 'Targets');
    (isSeq(targets) ? targets.items : []).forEach((target, index) => {
      if (!isMap(target) || intrinsicName(target) !== undefined) return;
      found.push({ rule, target, index, resource: context.referenced(valueOf(target, 'Arn')) });
    });
  }
  return found;
}

export function targetPath(at: TargetAt, ...rest: string[]): NodePath {
  return ['Resources', at.rule.logicalId, 'Properties', 'Targets', at.index, ...rest];
}

/** The target gives EventBridge an execution role: since March 2025 it may reach Lambda, SNS and SQS that way instead of through their resource policies. */
function hasExecutionRole(at: TargetAt): boolean {
  const role = valueOf(at.target, 'RoleArn');
  return role !== undefined && !isNoValue(role);
}

function arnHit(at: TargetAt, message: string): CheckHit {
  return { message, span: entryOf(at.target, 'Arn')!.value.span, path: targetPath(at, 'Arn') };
}

/**
 * A SAM connector writes the resource policy that lets its source reach its destination (Destination Id, or an Arn
 * that names the resource): `MyConnectorQueuePolicy` for a queue, `MyConnectorTopicPolicy` for a topic.
 */
function connectorGrants(context: CheckContext, resource: ResourceDeclaration): boolean {
  return context.resources('AWS::Serverless::Connector').some((connector) => {
    const destination = valueOf(connector.properties, 'Destination');
    return (isSeq(destination) ? destination.items : [destination]).some(
      (item) => literalString(valueOf(item, 'Id')) === resource.logicalId || context.referenced(valueOf(item, 'Arn'))?.logicalId === resource.logicalId,
    );
  });
}

/** The Lambda function a target invokes (directly, or through a version or alias of it). */
function targetFunction(context: CheckContext, at: TargetAt): ResourceDeclaration | undefined {
  const resource = at.resource;
  if (resource?.type === 'AWS::Lambda::Function') return resource;
  // A SAM function's own Events create their rules and permissions; a separate AWS::Events::Rule gets none, unless
  // a SAM connector grants it (connectors are not read here, so a template with one is left alone).
  if (resource?.type === 'AWS::Serverless::Function') return context.resources('AWS::Serverless::Connector').length === 0 ? resource : undefined;
  if (resource?.type === 'AWS::Lambda::Alias' || resource?.type === 'AWS::Lambda::Version') {
    const fn = context.referenced(valueOf(resource.properties, 'FunctionName'));
    return fn?.type === 'AWS::Lambda::Function' ? fn : undefined;
  }
  return undefined;
}

/** CX3012: EventBridge invokes Lambda through the function's resource-based policy. */
export const eventLambdaPermission: CatalogueCheck = {
  id: 'CX3012',
  title: 'EventBridge rule targets a Lambda function without an invoke permission for events.amazonaws.com',
  topics: ['T30'],
  severity: 'warning',
  url: RESOURCE_POLICY_PAGE,
  explanation: {
    what:
      'EventBridge calls a Lambda target either through the function\'s resource policy, which must allow events.amazonaws.com ' +
      '(in a template an AWS::Lambda::Permission with Action lambda:InvokeFunction and SourceArn the rule\'s ARN), or through ' +
      'an execution role given as the target\'s RoleArn that allows lambda:InvokeFunction. With neither, the rule matches, the ' +
      'invocation fails, and nothing runs.',
    exam:
      'event-driven remediation and notification ("when a CodePipeline execution fails, run a function") is rule + target + ' +
      'Lambda::Permission; watch the rule\'s FailedInvocations metric when targets do not fire.',
    trap: 'the function\'s own execution role is what the function may do, not who may call it; the role that lets EventBridge call it is the target\'s RoleArn, or the permission.',
  },
  resourceTypes: [RULE, 'AWS::Lambda::Permission'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of ruleTargets(context)) {
      const fn = targetFunction(context, at);
      if (!fn || hasExecutionRole(at) || invokePermissions(context, fn, 'events.amazonaws.com').length > 0) continue;
      hits.push(
        arnHit(at, `Rule '${at.rule.logicalId}' targets function '${fn.logicalId}' with no RoleArn, and no AWS::Lambda::Permission lets events.amazonaws.com invoke it: the target never runs`),
      );
    }
    return hits;
  },
};

/** CX3013: SNS topics and SQS queues need a resource policy for EventBridge. */
export const eventResourcePolicy: CatalogueCheck = {
  id: 'CX3013',
  title: 'EventBridge rule targets an SNS topic or SQS queue whose policy does not allow EventBridge',
  topics: ['T30'],
  severity: 'warning',
  url: RESOURCE_POLICY_PAGE,
  explanation: {
    what:
      'EventBridge delivers to an SNS topic or SQS queue when the topic or queue policy allows events.amazonaws.com to ' +
      'sns:Publish or sqs:SendMessage, or when the target\'s RoleArn names an execution role that may. A target with neither ' +
      'never receives the events, and no error appears at deploy time.',
    exam:
      '"notify the team by email when an Inspector finding or RDS event occurs": EventBridge rule → SNS topic with a topic ' +
      'policy for events.amazonaws.com → email subscription.',
    trap: 'an SNS topic encrypted with the AWS managed key (alias/aws/sns) cannot receive from EventBridge: use a customer managed key whose policy allows events.amazonaws.com.',
  },
  resourceTypes: [RULE, 'AWS::SNS::TopicPolicy', 'AWS::SQS::QueuePolicy'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of ruleTargets(context)) {
      const kind = POLICY_KINDS.find((candidate) => candidate.target === at.resource?.type);
      if (!kind || hasExecutionRole(at) || resourcePolicyAnswer(context, kind, at.resource!, 'events') !== 'no' || connectorGrants(context, at.resource!)) continue;
      const what = kind.target === 'AWS::SNS::Topic' ? 'topic' : 'queue';
      hits.push(
        arnHit(
          at,
          `Rule '${at.rule.logicalId}' sends to ${what} '${at.resource!.logicalId}' with no RoleArn, and no ${what} policy of this template lets events.amazonaws.com ${kind.action}: the events are not delivered`,
        ),
      );
    }
    return hits;
  },
};

/** CX3015: FIFO queues need a message group and deduplication for EventBridge deliveries. */
export const eventFifoQueueTarget: CatalogueCheck = {
  id: 'CX3015',
  title: 'EventBridge target is a FIFO queue without a message group or content-based deduplication',
  topics: ['T30'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_SqsParameters.html',
  explanation: {
    what:
      'Messages to a FIFO queue need a message group id, which an EventBridge target gives in SqsParameters.MessageGroupId, and ' +
      'a deduplication id, which EventBridge cannot give: the queue must have content-based deduplication enabled.',
    exam: 'ordered processing of events per entity: a FIFO queue target with a MessageGroupId per entity and ContentBasedDeduplication on the queue.',
  },
  resourceTypes: [RULE, 'AWS::SQS::Queue'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of ruleTargets(context)) {
      const queue = at.resource;
      if (queue?.type !== 'AWS::SQS::Queue' || literalBoolean(valueOf(queue.properties, 'FifoQueue')) !== true) continue;
      const group = valueOf(valueOf(at.target, 'SqsParameters'), 'MessageGroupId');
      const dedupe = valueOf(queue.properties, 'ContentBasedDeduplication');
      const missing: string[] = [];
      if (group === undefined || isNoValue(group)) missing.push('SqsParameters.MessageGroupId on the target');
      if (dedupe === undefined || literalBoolean(dedupe) === false) missing.push('ContentBasedDeduplication on the queue');
      if (missing.length === 0) continue;
      hits.push(arnHit(at, `Rule '${at.rule.logicalId}' sends to FIFO queue '${queue.logicalId}' without ${missing.join(' and ')}: EventBridge cannot deliver to it`));
    }
    return hits;
  },
};

/** Targets EventBridge starts with a role (and the service the role must trust). */
const ROLE_TARGETS: Record<string, string> = {
  'AWS::StepFunctions::StateMachine': 'a Step Functions state machine',
  'AWS::CodeBuild::Project': 'a CodeBuild project',
  'AWS::Kinesis::Stream': 'a Kinesis stream',
  'AWS::KinesisFirehose::DeliveryStream': 'a Firehose stream',
  'AWS::ECS::Cluster': 'an ECS task',
  'AWS::Batch::JobQueue': 'a Batch job queue',
};

/** A target EventBridge reaches by its ARN text alone: Systems Manager Run Command (with RunCommandParameters) and Automation runbooks. */
function systemsManagerTarget(at: TargetAt): string | undefined {
  if (valueOf(at.target, 'RunCommandParameters') !== undefined) return 'Systems Manager Run Command';
  const arn = templateText(valueOf(at.target, 'Arn'));
  return arn?.includes(':automation-definition/') ? 'a Systems Manager Automation runbook' : undefined;
}

/** CX3017: some targets are started with an IAM role EventBridge assumes. */
export const eventTargetRole: CatalogueCheck = {
  id: 'CX3017',
  title: 'EventBridge target that needs a RoleArn has none',
  topics: ['T30', 'T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-iam-roles.html',
  explanation: {
    what:
      'CloudWatch Logs targets are reached through a resource policy, Lambda, SNS and SQS through a resource policy or an ' +
      'execution role; Step Functions, CodeBuild, Kinesis, ' +
      'Firehose, ECS tasks, Batch jobs, Systems Manager Run Command and Automation runbooks are started with an IAM role that ' +
      'EventBridge assumes (the target\'s RoleArn), which must trust events.amazonaws.com and allow the start action ' +
      '(ssm:SendCommand, ssm:StartAutomationExecution…).',
    exam:
      'scheduled or event-driven jobs ("start the state machine when a file lands", "run a CodeBuild project nightly") need a ' +
      'target role with states:StartExecution or codebuild:StartBuild.',
  },
  resourceTypes: [RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of ruleTargets(context)) {
      const kind = at.resource?.type ? ROLE_TARGETS[at.resource.type] : systemsManagerTarget(at);
      const role = valueOf(at.target, 'RoleArn');
      if (!kind || (role !== undefined && !isNoValue(role))) continue;
      const named = at.resource ? ` ('${at.resource.logicalId}')` : '';
      hits.push(arnHit(at, `Rule '${at.rule.logicalId}' targets ${kind}${named} without a RoleArn: EventBridge needs a role to start it`));
    }
    return hits;
  },
};

/** CX3016: events a target cannot take are dropped (after the retries, or at once for a missing permission) unless a dead-letter queue keeps them. */
export const eventTargetDeadLetter: CatalogueCheck = {
  id: 'CX3016',
  title: 'EventBridge target without a dead-letter queue',
  topics: ['T30', 'T31'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html',
  explanation: {
    what:
      'When a target cannot receive an event, EventBridge retries the errors that may pass (throttling, target unavailable) for up ' +
      'to 24 hours and 185 attempts by default (RetryPolicy), and does not retry a missing permission or a deleted target at all. ' +
      'Either way the event is dropped unless the target has a DeadLetterConfig: an SQS queue that keeps it for inspection and replay.',
    exam: 'no event may be lost → a DLQ per target, an alarm on the DLQ depth, and a RetryPolicy matched to the target.',
    scenario: 'ensure that failed event deliveries can be investigated and reprocessed',
  },
  resourceTypes: [RULE],
  run(context) {
    // One hint per rule, at its first target without a queue: a rule's targets are usually set up alike.
    const byRule = new Map<string, TargetAt[]>();
    for (const at of ruleTargets(context)) {
      const dead = valueOf(at.target, 'DeadLetterConfig');
      if (dead !== undefined && !isNoValue(dead)) continue;
      const list = byRule.get(at.rule.logicalId);
      if (list) list.push(at);
      else byRule.set(at.rule.logicalId, [at]);
    }
    return [...byRule.values()].map((targets): CheckHit => {
      const [first] = targets;
      const which = targets.length === 1 ? `Target ${first.index + 1}` : `Targets ${targets.map((at) => at.index + 1).join(', ')}`;
      return {
        message:
          `${which} of rule '${first.rule.logicalId}' ${targets.length === 1 ? 'has' : 'have'} no DeadLetterConfig: an event a target cannot ` +
          'receive is dropped once EventBridge stops retrying (24 hours by default; at once for a missing permission)',
        span: entryOf(first.target, 'Arn')?.key.span ?? first.target.span,
        path: targetPath(first),
      };
    });
  },
};

const EVENTBRIDGE = 'events.amazonaws.com';
const SNS_EVENTBRIDGE_PAGE = 'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html';

/** CX3025: EventBridge cannot use the topic's key: the AWS managed SNS key, or a key of this template whose policy leaves it out. */
export const eventTopicManagedKey: CatalogueCheck = {
  id: 'CX3025',
  title: 'EventBridge rule targets an SNS topic encrypted with a key EventBridge cannot use (alias/aws/sns, or a key policy without EventBridge)',
  topics: ['T30', 'T31'],
  severity: 'warning',
  url: SNS_EVENTBRIDGE_PAGE,
  explanation: {
    what:
      'EventBridge publishes to an encrypted topic only when the key policy lets events.amazonaws.com use the key. The AWS ' +
      'managed key alias/aws/sns has a fixed policy, and a customer managed key whose policy leaves EventBridge out refuses it ' +
      'too, so events to such a topic are dropped: the rule shows failed invocations and nobody is notified. AWS\'s answer is a ' +
      'customer managed key whose policy allows EventBridge.',
    exam:
      '"the rule fires but the SNS subscribers get nothing" points to the topic policy (sns:Publish for events.amazonaws.com) ' +
      'and, for an encrypted topic, a customer managed KMS key with kms:GenerateDataKey and kms:Decrypt for EventBridge.',
    scenario: 'notify the operations team by email when GuardDuty reports a finding, with the topic encrypted at rest',
    trap: 'encrypting the topic with the default key looks like the secure choice but silently breaks the notifications.',
  },
  resourceTypes: [RULE, 'AWS::SNS::Topic'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of ruleTargets(context)) {
      // With an execution role EventBridge publishes as that role, which the key policy may let in through the account.
      if (at.resource?.type !== 'AWS::SNS::Topic' || hasExecutionRole(at)) continue;
      const why = unusableTopicKey(context, at.resource, EVENTBRIDGE);
      if (!why) continue;
      hits.push(
        arnHit(at, `Rule '${at.rule.logicalId}' sends events to topic '${at.resource.logicalId}', ${why}: the events never arrive; encrypt the topic with a customer managed key whose policy allows ${EVENTBRIDGE} kms:GenerateDataKey* and kms:Decrypt`),
      );
    }
    return hits;
  },
};

export const EVENT_TARGET_CHECKS: readonly CatalogueCheck[] = [eventLambdaPermission, eventResourcePolicy, eventFifoQueueTarget, eventTargetDeadLetter, eventTargetRole, eventTopicManagedKey];
