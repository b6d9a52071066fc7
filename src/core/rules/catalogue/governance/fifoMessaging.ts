/**
 * T30: FIFO messaging that SQS and SNS refuse to create: a dead-letter queue of the other queue type,
 * and a FIFO topic named without the .fifo suffix.
 */
import { entryOf, isMap, isString, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { mayCoexist } from '../support/coexist';
import { arnText } from '../support/arns';
import { FIFO_SUFFIX as SUFFIX, neverEndsInFifo } from '../support/fifoNames';
import { alwaysOneOf, intrinsicName, possibleValues } from '../support/values';

const QUEUE = 'AWS::SQS::Queue';
const TOPIC = 'AWS::SNS::Topic';
const DLQ_PAGE = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html';
const CREATE_TOPIC = 'https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html';

type QueueKind = 'FIFO' | 'standard';

/** FIFO or standard, when every value of FifoQueue is known (left out: standard). */
function kindOfQueue(context: CheckContext, queue: ResourceDeclaration): QueueKind | undefined {
  const node = valueOf(queue.properties, 'FifoQueue');
  if (node === undefined) return 'standard';
  const values = possibleValues(context, node);
  if (!values || values.length === 0) return undefined;
  const texts = values.map((value) => String(value).toLowerCase());
  if (texts.every((text) => text === 'true')) return 'FIFO';
  return texts.every((text) => text === 'false') ? 'standard' : undefined;
}

/** The dead-letter queue a redrive policy names: a queue of the template, or a queue ARN whose name is written out. */
function deadLetterQueue(context: CheckContext, node: TemplateNode | undefined): { queue?: ResourceDeclaration; kind?: QueueKind; written: string } | undefined {
  const target = context.referenced(node);
  if (target) return target.type === QUEUE ? { queue: target, written: `'${target.logicalId}'` } : undefined;
  const text = arnText(node);
  if (text === undefined) return undefined;
  const name = text.slice(text.lastIndexOf(':') + 1);
  // SQS accepts a name ending in .fifo only for a FIFO queue, so a written-out name tells the type.
  if (text.split(':')[2] !== 'sqs' || name === '' || name.includes('${') || name.includes('}')) return undefined;
  return { kind: name.endsWith(SUFFIX) ? 'FIFO' : 'standard', written: `'${name}'` };
}

/** A string field of a JSON object text, else undefined. */
function jsonField(text: string, field: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const value = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[field] : undefined;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** CX3022: a FIFO queue with a standard dead-letter queue, or the reverse. */
export const deadLetterQueueType: CatalogueCheck = {
  id: 'CX3022',
  title: 'Queue whose dead-letter queue is of the other type (FIFO and standard)',
  topics: ['T30'],
  severity: 'error',
  url: DLQ_PAGE,
  rejection: {
    quote: 'When configuring a DLQ, the queue type must match the source queue type—a FIFO queue can only use a FIFO DLQ, and a standard queue can only use a standard DLQ.',
    url: DLQ_PAGE,
  },
  explanation: {
    what:
      'A redrive policy moves a message that failed maxReceiveCount times to the dead-letter queue named by deadLetterTargetArn. ' +
      'SQS moves messages only between queues of the same type, so it refuses the redrive policy when one queue is FIFO and ' +
      'the other standard, and the queue fails to create or update.',
    exam:
      'poison messages: a dead-letter queue with maxReceiveCount, a CloudWatch alarm on its ApproximateNumberOfMessagesVisible, ' +
      'and DLQ redrive to send them back after a fix. For a FIFO source the DLQ is FIFO too (its name ends in .fifo).',
    trap:
      'making a queue FIFO replaces it (new name ending in .fifo) and needs a new FIFO dead-letter queue too; EventBridge rule ' +
      'targets, by contrast, take only a standard queue as their dead-letter queue.',
  },
  resourceTypes: [QUEUE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const queue of context.resources(QUEUE)) {
      const policy = valueOf(queue.properties, 'RedrivePolicy');
      const path: NodePath = ['Resources', queue.logicalId, 'Properties', 'RedrivePolicy'];
      let where: { node: TemplateNode; path: NodePath } | undefined;
      let dlq: ReturnType<typeof deadLetterQueue>;
      if (isMap(policy) && intrinsicName(policy) === undefined) {
        const target = entryOf(policy, 'deadLetterTargetArn');
        dlq = deadLetterQueue(context, target?.value);
        if (target) where = { node: target.value, path: [...path, 'deadLetterTargetArn'] };
      } else if (isString(policy)) {
        // The policy may be written as JSON text: only a written-out ARN can be read there.
        const arn = jsonField(policy.value, 'deadLetterTargetArn');
        dlq = arn === undefined ? undefined : deadLetterQueue(context, { ...policy, value: arn });
        where = { node: policy, path };
      }
      if (!where || !dlq) continue;
      if (dlq.queue && !mayCoexist(context, queue, dlq.queue)) continue;
      const source = kindOfQueue(context, queue);
      const other = dlq.kind ?? (dlq.queue && kindOfQueue(context, dlq.queue));
      if (!source || !other || source === other) continue;
      hits.push({
        message: `${source} queue '${queue.logicalId}' sends failed messages to ${other} queue ${dlq.written}: SQS requires a dead-letter queue of the same type (${source})`,
        span: where.node.span,
        path: where.path,
      });
    }
    return hits;
  },
};

/** CX3023: SNS refuses a FIFO topic whose name does not end in `.fifo`. */
export const fifoTopicName: CatalogueCheck = {
  id: 'CX3023',
  title: 'FIFO SNS topic named without the .fifo suffix',
  topics: ['T30'],
  severity: 'error',
  url: CREATE_TOPIC,
  rejection: { quote: 'For a FIFO (first-in-first-out) topic, the name must end with the .fifo suffix.', url: CREATE_TOPIC },
  explanation: {
    what:
      'Like SQS, SNS tells a FIFO topic by its name: with FifoTopic true, a TopicName you give must end in .fifo, or SNS refuses ' +
      'to create the topic and the stack rolls back.',
    exam:
      'ordered, deduplicated fan-out: an SNS FIFO topic delivering to SQS FIFO queues (message group ID for ordering, ' +
      'deduplication ID or content-based deduplication). FIFO topics deliver only to SQS queues, not to Lambda, email or HTTP.',
    scenario: 'price updates must reach several consumers in the order they were published, without duplicates',
    trap: 'FifoTopic cannot be changed on an existing topic: switching it replaces the topic (and its name must change with it).',
  },
  resourceTypes: [TOPIC],
  run(context) {
    const hits: CheckHit[] = [];
    for (const topic of context.resources(TOPIC)) {
      if (!alwaysOneOf(context, valueOf(topic.properties, 'FifoTopic'), ['true'])) continue;
      const name = entryOf(topic.properties, 'TopicName');
      if (!name || !neverEndsInFifo(context, name.value)) continue;
      const fix = isString(name.value)
        ? [{ title: `Name it '${name.value.value}${SUFFIX}'`, edits: [replaceScalar(context.template, name.value, `${name.value.value}${SUFFIX}`)], preferred: true }]
        : undefined;
      hits.push({
        message: `FIFO topic '${topic.logicalId}' has a TopicName that does not end in '.fifo': SNS refuses to create it`,
        span: name.value.span,
        path: ['Resources', topic.logicalId, 'Properties', 'TopicName'],
        ...(fix ? { fixes: fix } : {}),
      });
    }
    return hits;
  },
};

export const FIFO_MESSAGING_CHECKS: readonly CatalogueCheck[] = [deadLetterQueueType, fifoTopicName];
