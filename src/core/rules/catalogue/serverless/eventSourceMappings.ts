/**
 * T18: settings Lambda refuses when it creates an event source mapping, read against the source:
 * the batch size of an SQS queue (standard: a batching window above 10 messages; FIFO: at most 10),
 * and the starting position a Kinesis or DynamoDB stream needs.
 */
import { entryOf, isMap, valueOf, type MapEntry, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { arnText, getAttParts } from '../support/arns';
import { mayCoexist } from '../support/coexist';
import { alwaysOneOf, intrinsicName, literalString, possibleValues, presence } from '../support/values';
import { SAM_FUNCTION } from './samModel';

export const MAPPING = 'AWS::Lambda::EventSourceMapping';
const QUEUE = 'AWS::SQS::Queue';
const CREATE_MAPPING = 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html';
export const SQS_PARAMETERS = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html';
/** The most messages a batch may hold without a batching window, and on a FIFO queue at all. */
const SMALL_BATCH = 10;

/** The service of an ARN text (`arn:partition:service:…`). */
function arnService(text: string): string | undefined {
  return text.split(':')[2];
}

type QueueKind = 'fifo' | 'standard' | 'unknown';

interface SqsSource {
  /** The queue of the template, when the ARN names one. */
  queue?: ResourceDeclaration;
  kind: QueueKind;
}

/** The SQS queue an ARN value names: a queue of the template, or ARN text of the sqs service. */
function sqsSource(context: CheckContext, owner: ResourceDeclaration, node: TemplateNode | undefined, surelySqs: boolean): SqsSource | undefined {
  const target = context.referenced(node);
  if (target) {
    if (target.type !== QUEUE || !mayCoexist(context, owner, target)) return surelySqs ? { kind: 'unknown' } : undefined;
    const fifo = valueOf(target.properties, 'FifoQueue');
    if (fifo === undefined) return { queue: target, kind: 'standard' };
    const values = possibleValues(context, fifo);
    if (!values || values.length === 0) return { queue: target, kind: 'unknown' };
    const texts = values.map((value) => String(value).toLowerCase());
    const kind: QueueKind = texts.every((text) => text === 'true') ? 'fifo' : texts.every((text) => text === 'false') ? 'standard' : 'unknown';
    return { queue: target, kind };
  }
  const text = arnText(node);
  if (text === undefined) return surelySqs ? { kind: 'unknown' } : undefined;
  if (arnService(text) !== 'sqs') return undefined;
  const name = text.slice(text.lastIndexOf(':') + 1);
  // A queue name is known when the ARN ends in literal text: FIFO queue names, and only they, end in .fifo.
  if (name.includes('${') || name.includes('}')) return { kind: 'unknown' };
  return { kind: name.endsWith('.fifo') ? 'fifo' : 'standard' };
}

interface SqsTrigger {
  owner: ResourceDeclaration;
  source: SqsSource;
  settings: MapNode;
  /** Where the settings are, for finding paths. */
  base: NodePath;
}

/** Event source mappings from an SQS queue, and SAM functions' SQS events. */
export function sqsTriggers(context: CheckContext): SqsTrigger[] {
  const triggers: SqsTrigger[] = [];
  for (const mapping of context.resources(MAPPING)) {
    if (!isMap(mapping.properties)) continue;
    const source = sqsSource(context, mapping, valueOf(mapping.properties, 'EventSourceArn'), false);
    if (source) triggers.push({ owner: mapping, source, settings: mapping.properties, base: ['Resources', mapping.logicalId, 'Properties'] });
  }
  for (const func of context.resources(SAM_FUNCTION)) {
    const events = valueOf(func.properties, 'Events');
    if (!isMap(events)) continue;
    for (const event of events.entries) {
      const settings = valueOf(event.value, 'Properties');
      if (literalString(valueOf(event.value, 'Type')) !== 'SQS' || !isMap(settings)) continue;
      const source = sqsSource(context, func, valueOf(settings, 'Queue'), true)!;
      triggers.push({ owner: func, source, settings, base: ['Resources', func.logicalId, 'Properties', 'Events', event.key.value, 'Properties'] });
    }
  }
  return triggers;
}

/** Every number the setting can be; the default when it is left out; undefined when any is unknown. */
export function numbers(context: CheckContext, entry: MapEntry | undefined, fallback: number): number[] | undefined {
  if (!entry) return [fallback];
  if (presence(entry.value) !== 'yes') return undefined;
  const values = possibleValues(context, entry.value);
  if (!values || values.length === 0) return undefined;
  const found = values.map((value) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN));
  return found.every(Number.isFinite) ? found : undefined;
}

export function describe(values: readonly number[]): string {
  return [...new Set(values)].join(' or ');
}

/** CX1817: an SQS batch above 10 messages without a batching window. */
export const sqsBatchWithoutWindow: CatalogueCheck = {
  id: 'CX1817',
  title: 'SQS event source mapping with BatchSize above 10 and no MaximumBatchingWindowInSeconds',
  topics: ['T18', 'T30'],
  severity: 'error',
  url: CREATE_MAPPING,
  rejection: {
    quote: 'Related setting: For streams and Amazon SQS event sources, when you set BatchSize to a value greater than 10, you must set MaximumBatchingWindowInSeconds to at least 1.',
    url: CREATE_MAPPING,
  },
  explanation: {
    what:
      'An SQS batch of more than 10 messages takes several receive calls to fill, so Lambda needs to know how long it may wait ' +
      'to gather it: MaximumBatchingWindowInSeconds (1 to 300). Without a window (it defaults to 0 for SQS) Lambda refuses a ' +
      'BatchSize above 10. A standard queue then allows batches of up to 10,000 messages.',
    exam:
      'fewer, larger invocations cut cost for high-volume queues: raise BatchSize together with a batching window, and report ' +
      'batch item failures so one bad message does not send the whole batch back to the queue.',
    scenario: 'reduce the number of Lambda invocations for a queue that receives thousands of small messages per second',
    trap: 'the window is what lets the batch grow; BatchSize alone above 10 is refused, not just ignored.',
  },
  resourceTypes: [MAPPING, SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { owner, source, settings, base } of sqsTriggers(context)) {
      if (source.kind === 'fifo') continue;
      const batch = entryOf(settings, 'BatchSize');
      const sizes = batch && numbers(context, batch, SMALL_BATCH);
      const windows = numbers(context, entryOf(settings, 'MaximumBatchingWindowInSeconds'), 0);
      if (!batch || !sizes || !windows || !sizes.every((size) => size > SMALL_BATCH) || !windows.every((window) => window < 1)) continue;
      const queue = source.queue ? ` from queue '${source.queue.logicalId}'` : '';
      const windowText = entryOf(settings, 'MaximumBatchingWindowInSeconds') ? ` MaximumBatchingWindowInSeconds ${describe(windows)}` : ' no MaximumBatchingWindowInSeconds';
      hits.push({
        message: `'${owner.logicalId}' reads batches of ${describe(sizes)} messages${queue} with${windowText}: above 10 messages Lambda needs a batching window of at least 1 second`,
        span: batch.value.span,
        path: [...base, 'BatchSize'],
      });
    }
    return hits;
  },
};

/** CX1818: a batch above 10 messages from a FIFO queue. */
export const fifoBatchOverTen: CatalogueCheck = {
  id: 'CX1818',
  title: 'Event source mapping reading more than 10 messages per batch from a FIFO queue',
  topics: ['T18', 'T30'],
  severity: 'error',
  url: SQS_PARAMETERS,
  rejection: { quote: 'For standard queues, the maximum is 10,000. For FIFO queues, the maximum is 10.', url: SQS_PARAMETERS },
  explanation: {
    what:
      'Lambda reads a FIFO queue in order, message group by message group, and takes at most 10 messages per batch from it; it ' +
      'refuses a larger BatchSize. A batching window does not help: FIFO queues do not support one.',
    exam:
      'FIFO queue + Lambda keeps ordering per message group ID: throughput grows with the number of message groups (one batch ' +
      'per group at a time), not with the batch size.',
    scenario: 'orders for the same customer must be processed in sequence by a Lambda function',
    trap: 'the 10,000-message batches of standard queues do not carry over to FIFO queues.',
  },
  resourceTypes: [MAPPING, SAM_FUNCTION],
  run(context) {
    return fifoSettingsAbove(context, 'BatchSize', SMALL_BATCH, SMALL_BATCH).map(({ owner, values, queue, span, path }) => ({
      message: `'${owner.logicalId}' reads batches of ${describe(values)} messages from ${queue}: Lambda takes at most 10 messages per batch from a FIFO queue`,
      span,
      path,
    }));
  },
};

/**
 * The triggers from a FIFO queue whose `setting` is above `limit` whatever value it takes (`fallback` where a branch leaves it
 * out), with the values and how a message names the queue.
 */
export function fifoSettingsAbove(context: CheckContext, setting: string, fallback: number, limit: number) {
  return sqsTriggers(context).flatMap(({ owner, source, settings, base }) => {
    if (source.kind !== 'fifo') return [];
    const entry = entryOf(settings, setting);
    const values = entry && numbers(context, entry, fallback);
    if (!entry || !values || !values.every((value) => value > limit)) return [];
    const queue = source.queue ? `FIFO queue '${source.queue.logicalId}'` : 'a FIFO queue';
    return [{ owner, values, queue, span: entry.value.span, path: [...base, setting] }];
  });
}

/** Attributes (by type) whose value is the ARN of a stream Lambda reads with a starting position. */
const STREAM_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'AWS::Kinesis::Stream': ['Arn'],
  'AWS::Kinesis::StreamConsumer': ['ConsumerARN', 'StreamARN'],
  'AWS::DynamoDB::Table': ['StreamArn'],
  'AWS::DynamoDB::GlobalTable': ['StreamArn'],
};

export interface StreamSource {
  service: 'kinesis' | 'dynamodb';
  description: string;
}

/** A Kinesis stream (or consumer) or DynamoDB stream the ARN surely names, else undefined. */
export function streamSource(context: CheckContext, owner: ResourceDeclaration, node: TemplateNode | undefined): StreamSource | undefined {
  const target = context.referenced(node);
  if (target) {
    if (!target.type || !mayCoexist(context, owner, target)) return undefined;
    const attribute = getAttParts(node)?.attribute;
    const isConsumerRef = target.type === 'AWS::Kinesis::StreamConsumer' && intrinsicName(node) === 'Ref';
    if (!isConsumerRef && (attribute === undefined || !(STREAM_ATTRIBUTES[target.type] ?? []).includes(attribute))) return undefined;
    return target.type.startsWith('AWS::Kinesis')
      ? { service: 'kinesis', description: `Kinesis stream '${target.logicalId}'` }
      : { service: 'dynamodb', description: `the stream of DynamoDB table '${target.logicalId}'` };
  }
  const text = arnText(node);
  if (text === undefined) return undefined;
  const service = arnService(text);
  if (service === 'kinesis' && /:stream\//.test(text)) return { service, description: 'a Kinesis stream' };
  if (service === 'dynamodb' && /:table\/[^/]+\/stream\//.test(text)) return { service, description: 'a DynamoDB stream' };
  return undefined;
}

/** CX1819: a Kinesis or DynamoDB stream mapping without StartingPosition. */
export const streamWithoutStartingPosition: CatalogueCheck = {
  id: 'CX1819',
  title: 'Kinesis or DynamoDB Streams event source mapping without StartingPosition',
  topics: ['T18'],
  severity: 'error',
  url: CREATE_MAPPING,
  rejection: {
    quote: 'The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon DynamoDB Stream event sources.',
    url: CREATE_MAPPING,
  },
  explanation: {
    what:
      'A stream keeps records for a retention period, so Lambda must be told where to begin reading each shard: TRIM_HORIZON ' +
      '(the oldest record still kept), LATEST (only records that arrive from now on) or, for Kinesis, AT_TIMESTAMP. There is no ' +
      'default, and Lambda refuses a stream mapping without StartingPosition. Queues (SQS) take no starting position.',
    exam:
      'TRIM_HORIZON processes the backlog (no record missed when the function is deployed after the producers); LATEST skips it. ' +
      'Stream errors block the shard: add BisectBatchOnFunctionError, MaximumRetryAttempts or MaximumRecordAgeInSeconds and an ' +
      'on-failure destination.',
    scenario: 'the function must process every change written to the table, including those made before it was deployed',
  },
  resourceTypes: [MAPPING],
  run(context) {
    const hits: CheckHit[] = [];
    for (const mapping of context.resources(MAPPING)) {
      const source = entryOf(mapping.properties, 'EventSourceArn');
      const stream = source && streamSource(context, mapping, source.value);
      if (!stream || presence(valueOf(mapping.properties, 'StartingPosition')) !== 'no') continue;
      hits.push({
        message: `Event source mapping '${mapping.logicalId}' reads ${stream.description} without StartingPosition: Lambda requires it for streams (TRIM_HORIZON, LATEST or AT_TIMESTAMP)`,
        span: source!.key.span,
        path: ['Resources', mapping.logicalId, 'Properties', 'EventSourceArn'],
      });
    }
    return hits;
  },
};

/** CX1820: a DynamoDB stream mapping that starts AT_TIMESTAMP, which only Kinesis, MSK, Kafka and DocumentDB sources take. */
export const dynamoStreamAtTimestamp: CatalogueCheck = {
  id: 'CX1820',
  title: 'DynamoDB Streams event source mapping with StartingPosition AT_TIMESTAMP',
  topics: ['T18'],
  severity: 'error',
  url: CREATE_MAPPING,
  rejection: {
    quote: 'AT_TIMESTAMP is supported only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka.',
    url: CREATE_MAPPING,
  },
  explanation: {
    what:
      'Lambda can start reading a Kinesis stream (or MSK, Kafka, DocumentDB) at a point in time, but a DynamoDB stream only at ' +
      'TRIM_HORIZON (the oldest record of the last 24 hours) or LATEST. A DynamoDB mapping with AT_TIMESTAMP is refused.',
    exam:
      'TRIM_HORIZON processes the stream backlog; LATEST skips it. To replay DynamoDB changes from a point in time, restore the ' +
      'table with point-in-time recovery or export it, rather than rewinding the stream.',
  },
  resourceTypes: [MAPPING],
  run(context) {
    return context.resources(MAPPING).flatMap((mapping) => {
      const source = streamSource(context, mapping, valueOf(mapping.properties, 'EventSourceArn'));
      const position = entryOf(mapping.properties, 'StartingPosition');
      if (source?.service !== 'dynamodb' || !position || !alwaysOneOf(context, position.value, ['AT_TIMESTAMP'])) return [];
      return [{
        message: `Event source mapping '${mapping.logicalId}' reads ${source.description} from AT_TIMESTAMP: DynamoDB streams start only at TRIM_HORIZON or LATEST`,
        span: position.value.span,
        path: ['Resources', mapping.logicalId, 'Properties', 'StartingPosition'],
      }];
    });
  },
};

export const EVENT_SOURCE_MAPPING_CHECKS: readonly CatalogueCheck[] = [sqsBatchWithoutWindow, fifoBatchOverTen, streamWithoutStartingPosition, dynamoStreamAtTimestamp];
