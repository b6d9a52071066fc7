/** CX3217: a topic, queue, key or event bus policy that lets every AWS principal in, with no condition to narrow it. */
import { entryOf, valueOf, type NodePath } from '../../../model';
import { isEveryone } from '../data/policyDocument';
import { statementsOf } from '../support/policyDocuments';
import { literalString } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';

/** Where each resource type keeps its resource policy (no property: its Properties hold the Statement), and what it guards. */
const POLICIES: readonly { type: string; property?: string; what: string }[] = [
  { type: 'AWS::SNS::TopicPolicy', property: 'PolicyDocument', what: 'topic policy' },
  { type: 'AWS::SQS::QueuePolicy', property: 'PolicyDocument', what: 'queue policy' },
  { type: 'AWS::KMS::Key', property: 'KeyPolicy', what: 'key policy' },
  { type: 'AWS::Events::EventBus', property: 'Policy', what: 'event bus policy' },
  { type: 'AWS::Events::EventBusPolicy', what: 'event bus policy' },
];

export const openResourcePolicy: CatalogueCheck = {
  id: 'CX3217',
  title: 'SNS topic, SQS queue, KMS key or event bus policy allows every AWS principal without a condition',
  topics: ['T32'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
  explanation: {
    what:
      'A resource policy statement that allows Principal "*" (or {AWS: "*"}) with no Condition grants its actions to every AWS ' +
      'account and anonymous caller the service admits: anyone may publish to the topic, read the queue, use the key or put events on the bus. ' +
      'A Condition (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, kms:CallerAccount) narrows it to the callers meant.',
    exam:
      'let a service deliver to a topic or queue with Principal {Service: events.amazonaws.com} and aws:SourceArn; let other ' +
      'accounts use a key by naming their account roots or aws:PrincipalOrgID: least privilege on the resource side.',
    scenario: 'allow only the EventBridge rule of this account to publish alerts to the operations topic',
    trap: 'a wildcard principal looks harmless on a resource "only our stack uses", but the resource policy alone decides who may call.',
  },
  resourceTypes: POLICIES.map((policy) => policy.type),
  run(context) {
    const hits: CheckHit[] = [];
    for (const { type, property, what } of POLICIES) {
      for (const owner of context.resources(type)) {
        const base: NodePath = property ? ['Resources', owner.logicalId, 'Properties', property] : ['Resources', owner.logicalId, 'Properties'];
        const document = property ? valueOf(owner.properties, property) : owner.properties;
        for (const { statement, path } of statementsOf(document, base, owner)) {
          if (literalString(valueOf(statement, 'Effect')) !== 'Allow' || valueOf(statement, 'Condition') !== undefined || !isEveryone(statement)) continue;
          hits.push({
            message: `A statement of the ${what} of '${owner.logicalId}' allows every AWS principal ("*") without a condition`,
            span: entryOf(statement, 'Principal')!.key.span,
            path: [...path, 'Principal'],
          });
        }
      }
    }
    return hits;
  },
};
