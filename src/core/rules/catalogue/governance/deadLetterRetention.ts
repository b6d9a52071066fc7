/** T30/T31: a dead-letter queue that drops messages before their source queue would have. */
import { nodeAt, valueOf } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalBoolean, literalNumber, literalString } from '../support/values';

const QUEUE = 'AWS::SQS::Queue';
/** SQS keeps a message four days unless told otherwise. */
const DEFAULT_RETENTION = 345600;

/** CX3027: a dead-letter queue whose retention is shorter than its source queue's. */
export const deadLetterRetention: CatalogueCheck = {
  id: 'CX3027',
  title: 'Dead-letter queue keeps messages for less time than its source queue',
  topics: ['T30', 'T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/setting-up-dead-letter-queue-retention.html',
  explanation: {
    what:
      'In a standard queue, a message moved to a dead-letter queue keeps its original enqueue timestamp, and its retention counts from then (a FIFO queue resets it). In a ' +
      'dead-letter queue that keeps messages for less time than the source queue, a message that waited in the source queue ' +
      'may expire as soon as it arrives: the failed message the queue exists to keep is gone. AWS recommends a longer retention ' +
      'for the dead-letter queue.',
    exam: 'failed messages kept for investigation and redrive: the DLQ at the 14-day maximum retention, an alarm on its ApproximateNumberOfMessagesVisible.',
  },
  resourceTypes: [QUEUE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const queue of context.resources(QUEUE)) {
      const target = context.referenced(nodeAt(queue.properties, ['RedrivePolicy', 'deadLetterTargetArn']));
      if (target?.type !== QUEUE || isFifo(queue)) continue;
      const source = retentionOf(valueOf(queue.properties, 'MessageRetentionPeriod'));
      const dead = retentionOf(valueOf(target.properties, 'MessageRetentionPeriod'));
      if (source === undefined || dead === undefined || dead >= source) continue;
      hits.push({
        message:
          `Dead-letter queue '${target.logicalId}' keeps messages ${dead} s, less than the ${source} s of '${queue.logicalId}': a message ` +
          'keeps its first enqueue time, so it may expire on arrival in the dead-letter queue',
        span: (nodeAt(queue.properties, ['RedrivePolicy', 'deadLetterTargetArn']) ?? queue.key).span,
        path: ['Resources', queue.logicalId, 'Properties', 'RedrivePolicy', 'deadLetterTargetArn'],
      });
    }
    return hits;
  },
};

/** A FIFO queue resets the enqueue timestamp of a message it moves to its dead-letter queue. */
function isFifo(queue: ResourceDeclaration): boolean {
  return literalBoolean(valueOf(queue.properties, 'FifoQueue')) === true || String(literalString(valueOf(queue.properties, 'QueueName')) ?? '').endsWith('.fifo');
}

/** The retention in seconds, the default when absent, undefined when computed. */
function retentionOf(node: Parameters<typeof literalNumber>[0]): number | undefined {
  return node === undefined ? DEFAULT_RETENTION : literalNumber(node);
}
