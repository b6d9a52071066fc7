/** T18: a Kinesis or DynamoDB stream trigger that retries a failing batch until its records expire. */
import { entryOf, isMap, valueOf, type MapNode, type NodePath } from '../../../model';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalString, possibleValues, presence } from '../support/values';
import { MAPPING, streamSource } from './eventSourceMappings';
import { SAM_FUNCTION } from './samModel';

const KINESIS_ERRORS_PAGE = 'https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html';
/** The settings that end the retries of a failing batch; -1 (their default) means retry until the records expire. */
const RETRY_LIMITS = ['MaximumRetryAttempts', 'MaximumRecordAgeInSeconds'];
const SAM_STREAM_EVENTS = new Set(['Kinesis', 'DynamoDB']);

interface StreamTrigger {
  settings: MapNode;
  /** Where the finding goes: the mapping's (or the SAM event's) properties. */
  base: NodePath;
  what: string;
}

/** Whether the settings limit the retries: a limit other than -1 is given (or given by a value we cannot read). */
function limitsRetries(context: CheckContext, settings: MapNode): boolean {
  return RETRY_LIMITS.some((name) => {
    const node = valueOf(settings, name);
    if (node === undefined || presence(node) === 'no') return false;
    const values = possibleValues(context, node);
    return values === undefined || values.some((value) => Number(value) !== -1);
  });
}

function streamTriggers(context: CheckContext): StreamTrigger[] {
  const triggers: StreamTrigger[] = [];
  for (const mapping of context.resources(MAPPING)) {
    const source = isMap(mapping.properties) ? streamSource(context, mapping, valueOf(mapping.properties, 'EventSourceArn')) : undefined;
    if (source) triggers.push({ settings: mapping.properties as MapNode, base: ['Resources', mapping.logicalId, 'Properties'], what: `Event source mapping '${mapping.logicalId}' (${source.description})` });
  }
  for (const func of context.resources(SAM_FUNCTION)) {
    const events = valueOf(func.properties, 'Events');
    for (const event of isMap(events) ? events.entries : []) {
      const type = literalString(valueOf(event.value, 'Type'));
      const settings = valueOf(event.value, 'Properties');
      if (type === undefined || !SAM_STREAM_EVENTS.has(type) || !isMap(settings)) continue;
      triggers.push({ settings, base: ['Resources', func.logicalId, 'Properties', 'Events', event.key.value, 'Properties'], what: `The ${type} event '${event.key.value}' of '${func.logicalId}'` });
    }
  }
  return triggers;
}

/** CX1824: no MaximumRetryAttempts or MaximumRecordAgeInSeconds on a stream trigger: one bad record blocks its shard. */
export const streamRetriesUnbounded: CatalogueCheck = {
  id: 'CX1824',
  title: 'Kinesis or DynamoDB stream trigger without MaximumRetryAttempts or MaximumRecordAgeInSeconds',
  topics: ['T18'],
  severity: 'warning',
  url: KINESIS_ERRORS_PAGE,
  explanation: {
    what:
      'Lambda reads a stream shard in order. When the function fails on a batch, Lambda retries that batch, and by default ' +
      '(MaximumRetryAttempts and MaximumRecordAgeInSeconds at -1) it keeps retrying until the records expire from the stream: 24 ' +
      'hours by default on Kinesis (up to 365 days when its retention is extended), 24 hours on DynamoDB Streams. Meanwhile ' +
      'nothing behind the bad record in that shard is processed.',
    exam:
      'the poison-record pattern: cap the retries (MaximumRetryAttempts) or the record age (MaximumRecordAgeInSeconds), split ' +
      'failing batches with BisectBatchOnFunctionError, report partial failures with FunctionResponseTypes ReportBatchItemFailures, ' +
      'and send what is dropped to an OnFailure destination (SQS, SNS or S3) to inspect and replay.',
    scenario: 'stream processing stalls and the IteratorAge metric keeps growing after one malformed record',
    trap: 'an on-failure destination alone changes nothing while the retries never end: records reach it only once a limit drops them.',
  },
  resourceTypes: [MAPPING, SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const trigger of streamTriggers(context)) {
      if (limitsRetries(context, trigger.settings)) continue;
      const anchor = entryOf(trigger.settings, 'EventSourceArn') ?? entryOf(trigger.settings, 'Stream') ?? trigger.settings.entries[0];
      if (!anchor) continue;
      hits.push({
        message:
          `${trigger.what} retries a failing batch until its records expire: set MaximumRetryAttempts or MaximumRecordAgeInSeconds ` +
          'to a limit (with an OnFailure destination) so one bad record cannot stall its shard',
        span: anchor.key.span,
        path: [...trigger.base, anchor.key.value],
      });
    }
    return hits;
  },
};
