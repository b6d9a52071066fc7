/** T18: a queue must hide a message from other consumers at least as long as the function may work on it. */
import { entryOf, isMap, valueOf, type MapEntry, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalNumber, literalString } from '../support/values';
import { SAM_FUNCTION, samSetting } from './samModel';

const QUEUE = 'AWS::SQS::Queue';
const MAPPING = 'AWS::Lambda::EventSourceMapping';
const FUNCTION = 'AWS::Lambda::Function';
const SQS_MAPPING_PAGE = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html';
/** The defaults when the property is left out: SQS's visibility timeout and Lambda's function timeout. */
const DEFAULT_VISIBILITY_SECONDS = 30;
const DEFAULT_FUNCTION_SECONDS = 3;

/** A literal number of seconds, the default when the property is absent, undefined when computed. */
function seconds(entry: MapEntry | undefined, fallback: number): number | undefined {
  return entry ? literalNumber(entry.value) : fallback;
}

function functionTimeout(context: CheckContext, func: ResourceDeclaration): number | undefined {
  if (func.type === SAM_FUNCTION) return seconds(samSetting(context, func, 'Timeout')?.entry, DEFAULT_FUNCTION_SECONDS);
  return seconds(entryOf(func.properties, 'Timeout'), DEFAULT_FUNCTION_SECONDS);
}

interface SqsTrigger {
  queueNode: TemplateNode;
  functionNode: ResourceDeclaration | undefined;
  /** Where the finding goes: the mapping's EventSourceArn, or the SAM event's Queue. */
  entry: MapEntry;
  path: NodePath;
}

/** Event source mappings, and SAM functions' SQS events, with the queue and function they join. */
function sqsTriggers(context: CheckContext): SqsTrigger[] {
  const triggers: SqsTrigger[] = [];
  for (const mapping of context.resources(MAPPING)) {
    const entry = entryOf(mapping.properties, 'EventSourceArn');
    const target = context.referenced(valueOf(mapping.properties, 'FunctionName'));
    if (entry) triggers.push({ queueNode: entry.value, functionNode: target, entry, path: ['Resources', mapping.logicalId, 'Properties', 'EventSourceArn'] });
  }
  for (const func of context.resources(SAM_FUNCTION)) {
    const events = valueOf(func.properties, 'Events');
    if (!isMap(events)) continue;
    for (const event of events.entries) {
      if (literalString(valueOf(event.value, 'Type')) !== 'SQS') continue;
      const entry = entryOf(valueOf(event.value, 'Properties'), 'Queue');
      if (entry) triggers.push({ queueNode: entry.value, functionNode: func, entry, path: ['Resources', func.logicalId, 'Properties', 'Events', event.key.value, 'Properties', 'Queue'] });
    }
  }
  return triggers;
}

/** CX1815: a function timeout longer than the queue's visibility timeout. */
export const sqsVisibilityBelowTimeout: CatalogueCheck = {
  id: 'CX1815',
  title: "Lambda function triggered by an SQS queue whose visibility timeout is shorter than the function's timeout",
  topics: ['T18', 'T30'],
  severity: 'error',
  url: SQS_MAPPING_PAGE,
  rejection: {
    quote:
      "Lambda validates this requirement when you create or update an event source mapping and will return an error if the function timeout exceeds the queue's visibility timeout.",
    url: SQS_MAPPING_PAGE,
  },
  explanation: {
    what:
      'While Lambda works on a batch, SQS hides its messages from other consumers for the visibility timeout. A function that may ' +
      'run longer would see its messages delivered again mid-work, so Lambda refuses an event source mapping whose function ' +
      'timeout exceeds the queue\'s visibility timeout (SQS defaults to 30 seconds, Lambda to 3).',
    exam:
      'set the visibility timeout to at least six times the function timeout, add a dead-letter queue (maxReceiveCount) for ' +
      'messages that keep failing, and report batch item failures so one bad message does not return the whole batch.',
    scenario: 'messages are processed more than once and some land in the dead-letter queue although the function succeeds',
    trap: 'raising only the function timeout breaks the mapping: the visibility timeout must grow with it.',
  },
  resourceTypes: [MAPPING, SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    for (const trigger of sqsTriggers(context)) {
      const queue = context.referenced(trigger.queueNode);
      const func = trigger.functionNode;
      if (queue?.type !== QUEUE || (func?.type !== FUNCTION && func?.type !== SAM_FUNCTION)) continue;
      const visibility = seconds(entryOf(queue.properties, 'VisibilityTimeout'), DEFAULT_VISIBILITY_SECONDS);
      const timeout = functionTimeout(context, func);
      if (visibility === undefined || timeout === undefined || timeout <= visibility) continue;
      hits.push({
        message: `Function '${func.logicalId}' may run ${timeout} s but queue '${queue.logicalId}' hides a message for ${visibility} s: Lambda refuses the event source mapping; raise the queue's VisibilityTimeout (six times the function timeout is the advice)`,
        span: trigger.entry.key.span,
        path: trigger.path,
      });
    }
    return hits;
  },
};
