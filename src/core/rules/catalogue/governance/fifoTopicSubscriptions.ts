/**
 * T30: a subscription SNS refuses on a FIFO topic. A FIFO topic delivers only to SQS queues; email,
 * SMS, HTTP(S), mobile-app and Lambda subscriptions to it fail, and the stack with them.
 */
import { entryOf, isMap, isSeq, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { mayCoexist } from '../support/coexist';
import { alwaysOneOf, literalBoolean, possibleValues } from '../support/values';

const TOPIC = 'AWS::SNS::Topic';
const SUBSCRIPTION = 'AWS::SNS::Subscription';
const SAM_FUNCTION = 'AWS::Serverless::Function';
const FIFO_DELIVERY = 'https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html';
/** Protocols of endpoints that do not keep strict order (and Lambda, which takes standard topics only). */
const REFUSED = new Set(['email', 'email-json', 'sms', 'http', 'https', 'application', 'lambda']);

/** A FIFO topic of the template that the node names, when it may exist beside `from`. */
function fifoTopic(context: CheckContext, node: TemplateNode | undefined, from: ResourceDeclaration): ResourceDeclaration | undefined {
  const topic = context.referenced(node);
  if (topic?.type !== TOPIC || !mayCoexist(context, topic, from)) return undefined;
  return alwaysOneOf(context, valueOf(topic.properties, 'FifoTopic'), ['true']) ? topic : undefined;
}

/** The protocol, lower-cased, when every value it may take is one SNS refuses on a FIFO topic. */
function refusedProtocol(context: CheckContext, node: TemplateNode | undefined): string | undefined {
  const values = possibleValues(context, node);
  if (!values || values.length === 0) return undefined;
  const texts = values.map((value) => String(value).toLowerCase());
  return texts.every((text) => REFUSED.has(text)) ? texts[0] : undefined;
}

function hit(topic: ResourceDeclaration, protocol: string, node: TemplateNode, path: NodePath): CheckHit {
  return {
    message: `FIFO topic '${topic.logicalId}' cannot take a subscription with protocol '${protocol}': SNS FIFO topics deliver only to SQS queues and refuse it`,
    span: node.span,
    path,
  };
}

/** AWS::SNS::Subscription resources on a FIFO topic of the template. */
function subscriptionHits(context: CheckContext): CheckHit[] {
  return context.resources(SUBSCRIPTION).flatMap((subscription) => {
    const topic = fifoTopic(context, valueOf(subscription.properties, 'TopicArn'), subscription);
    const protocol = entryOf(subscription.properties, 'Protocol');
    const refused = topic && protocol ? refusedProtocol(context, protocol.value) : undefined;
    return topic && protocol && refused ? [hit(topic, refused, protocol.value, ['Resources', subscription.logicalId, 'Properties', 'Protocol'])] : [];
  });
}

/** Subscriptions written in a FIFO topic's own Subscription list. */
function inlineHits(context: CheckContext): CheckHit[] {
  return context.resources(TOPIC).flatMap((topic) => {
    const list = valueOf(topic.properties, 'Subscription');
    if (!isSeq(list) || !alwaysOneOf(context, valueOf(topic.properties, 'FifoTopic'), ['true'])) return [];
    return list.items.flatMap((item, index) => {
      const protocol = entryOf(item, 'Protocol');
      const refused = protocol ? refusedProtocol(context, protocol.value) : undefined;
      return protocol && refused ? [hit(topic, refused, protocol.value, ['Resources', topic.logicalId, 'Properties', 'Subscription', index, 'Protocol'])] : [];
    });
  });
}

/** SAM SNS events of a function on a FIFO topic, unless SAM subscribes a queue instead (SqsSubscription). */
function samEventHits(context: CheckContext): CheckHit[] {
  return context.resources(SAM_FUNCTION).flatMap((func) => {
    const events = valueOf(func.properties, 'Events');
    if (!isMap(events)) return [];
    return events.entries.flatMap((event) => {
      if (!alwaysOneOf(context, valueOf(event.value, 'Type'), ['SNS'])) return [];
      const properties = valueOf(event.value, 'Properties');
      const queued = valueOf(properties, 'SqsSubscription');
      if (queued !== undefined && literalBoolean(queued) !== false) return [];
      const topicEntry = entryOf(properties, 'Topic');
      const topic = topicEntry && fifoTopic(context, topicEntry.value, func);
      if (!topicEntry || !topic) return [];
      return [hit(topic, 'lambda', topicEntry.value, ['Resources', func.logicalId, 'Properties', 'Events', event.key.value, 'Properties', 'Topic'])];
    });
  });
}

/** CX3029: an email, SMS, HTTP(S), mobile-app or Lambda subscription to a FIFO topic. */
export const fifoTopicSubscription: CatalogueCheck = {
  id: 'CX3029',
  title: 'FIFO SNS topic with a subscription that is not an SQS queue',
  topics: ['T30'],
  severity: 'error',
  url: FIFO_DELIVERY,
  rejection: { quote: 'Attempts to subscribe customer managed endpoints to SNS FIFO topics result in errors.', url: FIFO_DELIVERY },
  explanation: {
    what:
      'An SNS FIFO topic keeps order and removes duplicates only on the way to SQS queues, so SNS refuses every other kind of ' +
      'subscriber on it: email, SMS, HTTP(S) endpoints and mobile apps, and Lambda, which takes SNS triggers from standard ' +
      'topics only. The subscription fails to create and the stack rolls back.',
    exam:
      'ordered fan-out is SNS FIFO to SQS queues (FIFO queues to keep the order, standard queues when order does not matter); ' +
      'a Lambda consumer reads from the FIFO queue through an event source mapping, and people are told through a separate ' +
      'standard topic.',
    scenario: 'each consumer must process updates in the order they were published, and on-call engineers must also be emailed',
    trap: 'a SAM SNS event on a FIFO topic subscribes the function itself; with SqsSubscription SAM subscribes a queue instead.',
  },
  resourceTypes: [TOPIC],
  run(context) {
    return [...subscriptionHits(context), ...inlineHits(context), ...samEventHits(context)];
  },
};
