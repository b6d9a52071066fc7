/** T30: EventBridge rules that CloudFormation accepts and whose patterns can match events. */
import { entryOf, isMap, isString, valueOf, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName, presence } from '../support/values';
import { ruleTargets, targetPath } from './eventTargets';

const RULE = 'AWS::Events::Rule';
const RULE_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html';
const TARGET_API = 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html';
/** Top-level fields of every event EventBridge delivers, and the $or operator. */
const EVENT_FIELDS = new Set(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail', 'replay-name', '$or']);


/** CX3010: a rule is triggered by a pattern, a schedule, or both. */
export const eventRuleTrigger: CatalogueCheck = {
  id: 'CX3010',
  title: 'EventBridge rule with neither EventPattern nor ScheduleExpression',
  topics: ['T30'],
  severity: 'error',
  url: RULE_PAGE,
  rejection: { quote: 'A rule must contain at least an EventPattern or ScheduleExpression.', url: RULE_PAGE },
  explanation: {
    what: 'A rule fires on events that match its EventPattern or on its ScheduleExpression (rate or cron); with neither, PutRule is refused.',
    exam:
      'service events (Inspector findings, RDS events, CodePipeline state changes) are patterns on source and detail-type; ' +
      'periodic jobs are schedules (EventBridge Scheduler for one-off and time-zone schedules).',
  },
  resourceTypes: [RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(RULE)) {
      if (!rule.properties || presence(valueOf(rule.properties, 'EventPattern')) !== 'no' || presence(valueOf(rule.properties, 'ScheduleExpression')) !== 'no') continue;
      if (['EventPattern', 'ScheduleExpression'].some((name) => intrinsicName(valueOf(rule.properties, name)) === 'Fn::If')) continue;
      hits.push({
        message: `Rule '${rule.logicalId}' has neither an EventPattern nor a ScheduleExpression: EventBridge rejects a rule with no trigger`,
        // On the Properties key, where the registry's own requiredOr (E3058) says it: one finding for the two.
        span: entryOf(rule.body, 'Properties')?.key.span ?? rule.key.span,
        path: ['Resources', rule.logicalId, 'Properties'],
      });
    }
    return hits;
  },
};

/** CX3011: a target's input is the event, a constant, a part, or a transformation: one of them. */
export const eventTargetInput: CatalogueCheck = {
  id: 'CX3011',
  title: 'EventBridge target with more than one of Input, InputPath and InputTransformer',
  topics: ['T30'],
  severity: 'error',
  url: TARGET_API,
  rejection: { quote: 'Input, InputPath, and InputTransformer are mutually exclusive and optional parameters of a target.', url: TARGET_API },
  explanation: {
    what:
      'By default a target receives the whole event. Input replaces it with constant JSON, InputPath passes one part of it, ' +
      'InputTransformer builds a new text from parts of it; a target can use only one of them.',
    exam: 'InputTransformer turns a raw event into a readable SNS message ("Instance <id> changed to <state>") for notification scenarios.',
  },
  resourceTypes: [RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of ruleTargets(context)) {
      const given = ['Input', 'InputPath', 'InputTransformer'].filter((name) => presence(valueOf(at.target, name)) === 'yes');
      if (given.length < 2) continue;
      hits.push({
        message: `Target ${at.index + 1} of rule '${at.rule.logicalId}' sets ${given.join(' and ')}: they are mutually exclusive`,
        span: entryOf(at.target, given[1])!.key.span,
        path: targetPath(at, given[1]),
      });
    }
    return hits;
  },
};

/** CX3014: events have a fixed envelope; a pattern on any other top-level field never matches. */
export const eventPatternUnknownField: CatalogueCheck = {
  id: 'CX3014',
  title: 'Event pattern with a top-level field that events do not have',
  topics: ['T30'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html',
  explanation: {
    what:
      'Every event has the same top-level fields: version, id, detail-type, source, account, time, region, resources and ' +
      'detail; service-specific data sits under detail. A pattern that names another top-level field (detailType, Source, ' +
      'state) matches no event, so the rule silently never fires.',
    exam:
      'match service events on source (aws.codepipeline, aws.inspector2) and detail-type, and narrow with fields under detail ' +
      '(detail.state: [FAILED]); test patterns with the sandbox or TestEventPattern.',
    trap: 'field names are case-sensitive and detail-type has a hyphen: detailType or DetailType never matches.',
  },
  resourceTypes: [RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(RULE)) {
      const entry = entryOf(rule.properties, 'EventPattern');
      const fields = entry ? patternFields(entry.value) : undefined;
      if (!entry || !fields) continue;
      for (const field of fields) {
        if (EVENT_FIELDS.has(field)) continue;
        const key = isMap(entry.value) ? entryOf(entry.value, field) : undefined;
        hits.push({
          message: `The event pattern of rule '${rule.logicalId}' matches on '${field}', which is not a top-level field of events: the rule never fires${suggestion(field)}`,
          span: key ? key.key.span : entry.value.span,
          path: key ? ['Resources', rule.logicalId, 'Properties', 'EventPattern', field] : ['Resources', rule.logicalId, 'Properties', 'EventPattern'],
        });
      }
    }
    return hits;
  },
};

/** The top-level keys of a pattern written as a map or as a literal JSON string. */
function patternFields(pattern: TemplateNode): string[] | undefined {
  if (isMap(pattern) && intrinsicName(pattern) === undefined) return pattern.entries.map((entry) => entry.key.value);
  if (!isString(pattern)) return undefined;
  try {
    const parsed: unknown = JSON.parse(pattern.value);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed) : undefined;
  } catch {
    return undefined;
  }
}

function suggestion(field: string): string {
  const simple = field.toLowerCase().replace(/[^a-z]/g, '');
  const match = [...EVENT_FIELDS].find((name) => name.replace(/[^a-z]/g, '') === simple);
  return match ? ` (did you mean '${match}'?)` : ' (service fields go under detail)';
}

export const EVENT_RULE_CHECKS: readonly CatalogueCheck[] = [eventRuleTrigger, eventTargetInput, eventPatternUnknownField];
