/** T18: a batching window on an event source mapping of a FIFO queue, which Lambda refuses. */
import type { CatalogueCheck } from '../types';
import { describe, fifoSettingsAbove, MAPPING, SQS_PARAMETERS } from './eventSourceMappings';
import { SAM_FUNCTION } from './samModel';

/** CX1822: a batching window on a FIFO queue's mapping. */
export const fifoBatchingWindow: CatalogueCheck = {
  id: 'CX1822',
  title: 'Event source mapping with a batching window on a FIFO queue',
  topics: ['T18', 'T30'],
  severity: 'error',
  url: SQS_PARAMETERS,
  rejection: { quote: 'Batching window is not supported for FIFO queues.', url: SQS_PARAMETERS },
  explanation: {
    what:
      'Lambda does not wait to fill batches from a FIFO queue: it reads each message group in order as messages arrive, so a ' +
      'MaximumBatchingWindowInSeconds on a mapping (or SAM SQS event) of a FIFO queue is refused.',
    exam:
      'batching windows trade latency for fewer invocations on standard queues and streams; FIFO queues keep order per message ' +
      'group and take batches of at most 10 without a window.',
    scenario: 'orders for the same customer must be processed in sequence by a Lambda function',
    trap: 'a window of 0 is the default and is accepted; any wait above it is not.',
  },
  resourceTypes: [MAPPING, SAM_FUNCTION],
  run(context) {
    return fifoSettingsAbove(context, 'MaximumBatchingWindowInSeconds', 0, 0).map(({ owner, values, queue, span, path }) => ({
      message: `'${owner.logicalId}' waits up to ${describe(values)} seconds to fill batches from ${queue}: Lambda supports no batching window on FIFO queues`,
      span,
      path,
    }));
  },
};
