import { entryOf, isString, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { FIFO_SUFFIX as SUFFIX, neverEndsInFifo } from '../support/fifoNames';
import { alwaysOneOf } from '../support/values';


/** CX3018: SQS refuses a FIFO queue whose name does not end in `.fifo`. */
export const fifoQueueName: CatalogueCheck = {
  id: 'CX3018',
  title: 'FIFO queue named without the .fifo suffix',
  topics: ['T30'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html',
  rejection: {
    quote: 'To create a FIFO queue, the name of your FIFO queue must end with the .fifo suffix.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html',
  },
  explanation: {
    what:
      'SQS tells a FIFO queue from a standard one by its name: with FifoQueue true, a QueueName you give must end in .fifo ' +
      '(the suffix counts toward the 80-character limit), or SQS refuses to create the queue and the stack rolls back. ' +
      'Leave QueueName out and CloudFormation makes up a name for you.',
    exam:
      'strict ordering and exactly-once processing per message group point to a FIFO queue; EventBridge rules and SNS FIFO ' +
      'topics deliver to it with a message group id, and its dead-letter queue must be FIFO too.',
    scenario: 'messages for the same order must be processed in the order they were sent, and only once',
    trap: 'a queue cannot be switched between standard and FIFO after it is created: changing FifoQueue replaces it.',
  },
  resourceTypes: ['AWS::SQS::Queue'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const queue of context.resources('AWS::SQS::Queue')) {
      if (!alwaysOneOf(context, valueOf(queue.properties, 'FifoQueue'), ['true'])) continue;
      const name = entryOf(queue.properties, 'QueueName');
      if (!name || !neverEndsInFifo(context, name.value)) continue;
      const fix = isString(name.value) ? [{ title: `Name it '${name.value.value}${SUFFIX}'`, edits: [replaceScalar(context.template, name.value, `${name.value.value}${SUFFIX}`)], preferred: true }] : undefined;
      hits.push({
        message: `FIFO queue '${queue.logicalId}' has a QueueName that does not end in '.fifo': SQS refuses to create it`,
        span: name.value.span,
        path: ['Resources', queue.logicalId, 'Properties', 'QueueName'],
        ...(fix ? { fixes: fix } : {}),
      });
    }
    return hits;
  },
};
