/**
 * Whether the resource policies of a template let an AWS service send to an SNS topic or SQS queue of the same template:
 * EventBridge delivering events (CX3013), S3 delivering bucket notifications (CX2330).
 */
import { isSeq, toPlain, valueOf, type MapNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { referencedId, type CheckContext } from './context';
import type { Answer } from './iam';
import { servicePrincipals, statementAllowsAction, statementsOf } from './policyDocuments';
import { literalString } from './values';

export interface PolicyKind {
  target: string;
  action: string;
  policies: Array<{ type: string; list: string; single?: boolean }>;
}

export const POLICY_KINDS: readonly PolicyKind[] = [
  { target: 'AWS::SNS::Topic', action: 'sns:Publish', policies: [{ type: 'AWS::SNS::TopicPolicy', list: 'Topics' }, { type: 'AWS::SNS::TopicInlinePolicy', list: 'TopicArn', single: true }] },
  { target: 'AWS::SQS::Queue', action: 'sqs:SendMessage', policies: [{ type: 'AWS::SQS::QueuePolicy', list: 'Queues' }, { type: 'AWS::SQS::QueueInlinePolicy', list: 'Queue', single: true }] },
];

/** Whether a resource policy statement lets the service (`events`, `s3`: its principal's first label) perform the action. */
export function statementLetsService(statement: MapNode, action: string, service: string): Answer {
  const effect = literalString(valueOf(statement, 'Effect'));
  if (effect !== 'Allow') return effect === undefined ? 'unknown' : 'no';
  const principals = servicePrincipals(valueOf(statement, 'Principal'));
  if (principals === undefined) return 'unknown';
  if (!principals.some((name) => name === '*' || name.toLowerCase().startsWith(`${service}.`))) return 'no';
  return statementAllowsAction(statement, action);
}

/**
 * A queue named by the value its QueueName is written with (the same parameter): SQS takes a queue's name where it
 * wants its URL, and a published vendor stack names it so.
 */
function sameName(item: TemplateNode | undefined, target: ResourceDeclaration): boolean {
  return target.type === 'AWS::SQS::Queue' && namedAsWritten(item, target, 'QueueName');
}

/** Whether `item` is written as the target's name property is (the same parameter, the same text): it names the target. */
export function namedAsWritten(item: TemplateNode | undefined, target: ResourceDeclaration, nameProperty: string): boolean {
  const name = valueOf(target.properties, nameProperty);
  return name !== undefined && item !== undefined && JSON.stringify(toPlain(name)) === JSON.stringify(toPlain(item));
}

/** Whether some policy of the template lets the service send to the topic or queue: 'no' only when none can. */
export function resourcePolicyAnswer(context: CheckContext, kind: PolicyKind, target: ResourceDeclaration, service: string): Answer {
  let answer: Answer = 'no';
  for (const { type, list, single } of kind.policies) {
    for (const policy of context.resources(type)) {
      const holders = valueOf(policy.properties, list);
      const items = single ? [holders] : isSeq(holders) ? holders.items : undefined;
      if (items === undefined) {
        answer = 'unknown';
        continue;
      }
      const names = items.map((item) => (sameName(item, target) ? target.logicalId : referencedId(item)));
      if (!names.includes(target.logicalId)) {
        if (names.some((name) => name === undefined)) answer = 'unknown';
        continue;
      }
      const statements = statementsOf(valueOf(policy.properties, 'PolicyDocument'), [], policy);
      if (statements.length === 0) answer = 'unknown';
      for (const { statement } of statements) {
        const lets = statementLetsService(statement, kind.action, service);
        if (lets === 'yes') return 'yes';
        if (lets === 'unknown') answer = 'unknown';
      }
    }
  }
  return answer;
}
