/**
 * T30: schedule expressions EventBridge reads: rate expressions of scheduled rules, and the six-field
 * cron expressions of rules and of EventBridge Scheduler schedules (the parsing is support/schedules).
 */
import { isMap, isScalar, valueOf, type NodePath, type ScalarNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { CRON_PAGE, CRON_REJECTION, cronProblem, cronProblemWords, rateProblem, sixFieldCron, type CronProblem, type RateProblem } from '../support/schedules';
import { intrinsicName, possibleValues } from '../support/values';

const RULE = 'AWS::Events::Rule';
const SCHEDULE = 'AWS::Scheduler::Schedule';
const SAM_FUNCTION = 'AWS::Serverless::Function';
const SAM_STATE_MACHINE = 'AWS::Serverless::StateMachine';
const RATE_PAGE = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html';

/** Where a schedule expression is written, and what reads it. */
interface ScheduleAt {
  resource: ResourceDeclaration;
  node: TemplateNode;
  /** Path under the resource's Properties. */
  path: NodePath;
  /** A scheduled rule (also what SAM makes of a Schedule event), or an EventBridge Scheduler schedule. */
  reader: 'rule' | 'scheduler';
}

/** Every schedule expression of rules, Scheduler schedules and SAM schedule events, as written. */
function schedules(context: CheckContext): ScheduleAt[] {
  const found: ScheduleAt[] = [];
  for (const resource of context.resources(RULE, SCHEDULE)) {
    const node = valueOf(resource.properties, 'ScheduleExpression');
    if (node) found.push({ resource, node, path: ['ScheduleExpression'], reader: resource.type === RULE ? 'rule' : 'scheduler' });
  }
  for (const resource of context.resources(SAM_FUNCTION, SAM_STATE_MACHINE)) {
    const events = valueOf(resource.properties, 'Events');
    if (!isMap(events) || intrinsicName(events) !== undefined) continue;
    for (const entry of events.entries) {
      const type = valueOf(entry.value, 'Type');
      const kind = isScalar(type) ? type.value : undefined;
      const key = kind === 'Schedule' ? 'Schedule' : kind === 'ScheduleV2' ? 'ScheduleExpression' : undefined;
      const node = key ? valueOf(valueOf(entry.value, 'Properties'), key) : undefined;
      if (key && node) found.push({ resource, node, path: ['Events', entry.key.value, 'Properties', key], reader: kind === 'Schedule' ? 'rule' : 'scheduler' });
    }
  }
  return found;
}

/** The expressions the node can be, when every one of them is known text. */
function expressions(context: CheckContext, node: TemplateNode): string[] | undefined {
  const values = possibleValues(context, node);
  if (!values || values.length === 0 || !values.every((value) => typeof value === 'string')) return undefined;
  return values as string[];
}

function owner(at: ScheduleAt): string {
  if (at.resource.type === RULE) return `rule '${at.resource.logicalId}'`;
  if (at.resource.type === SCHEDULE) return `schedule '${at.resource.logicalId}'`;
  return `event '${String(at.path[1])}' of '${at.resource.logicalId}'`;
}

/** The same expression with its unit changed, when the node is a literal. */
function unitFix(context: CheckContext, node: TemplateNode, problem: RateProblem) {
  if (!isScalar(node) || typeof node.value !== 'string' || problem.kind !== 'agreement') return undefined;
  const fixed = node.value.replace(new RegExp(`\\b${problem.unit}(\\s*\\))`), `${problem.expected}$1`);
  if (fixed === node.value) return undefined;
  return { title: `Change to ${fixed.trim()}`, edits: [replaceScalar(context.template, node as ScalarNode, fixed)], preferred: true };
}

function rateWording(problem: RateProblem): string {
  if (problem.kind === 'unit') return `uses the unit '${problem.unit}': rate expressions take minute(s), hour(s) or day(s)`;
  if (problem.kind === 'value') return `has the value ${problem.value}: the value of a rate expression is a positive number`;
  return `says '${problem.unit}': the unit is singular for the value 1 and plural above it ('${problem.expected}')`;
}

/** `Schedule 'x' of rule 'R' <problem>`, one part per value the expression can take. */
function scheduleMessage<P>(at: ScheduleAt, texts: string[], problems: P[], wording: (problem: P) => string): string {
  return texts.map((text, index) => `Schedule '${text}' of ${owner(at)} ${wording(problems[index])}`).join('; ');
}

/** CX3019: a rate expression EventBridge refuses. */
export const scheduleRateExpression: CatalogueCheck = {
  id: 'CX3019',
  title: 'EventBridge rate expression with a wrong unit, a value that is not positive, or singular and plural mixed up',
  topics: ['T30'],
  severity: 'error',
  url: RATE_PAGE,
  rejection: {
    quote:
      'Valid values: minute | minutes | hour | hours | day | days … ' +
      'If the value is equal to 1, then the unit must be singular. If the value is greater than 1, the unit must be plural. ' +
      "For example, rate(1 hours) and rate(5 hour) aren't valid, but rate(1 hour) and rate(5 hours) are valid.",
    url: RATE_PAGE,
  },
  explanation: {
    what:
      'A scheduled rule runs every rate(value unit): a positive value and a unit of minute, hour or day, singular for 1 and plural ' +
      'above it. EventBridge refuses rate(1 minutes), rate(5 minute) or rate(2 weeks), so the rule, and the stack, fail. SAM ' +
      'Schedule events become such rules.',
    exam:
      'periodic jobs (a nightly snapshot, a compliance sweep every hour) are scheduled rules or, today preferably, EventBridge Scheduler ' +
      'schedules with a time zone; rate for fixed intervals, cron for times of day.',
    trap: 'rate(1 minutes) reads naturally but is refused; rate(1 minute) is right.',
  },
  resourceTypes: [RULE, SCHEDULE, SAM_FUNCTION, SAM_STATE_MACHINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of schedules(context)) {
      const texts = expressions(context, at.node);
      // Scheduler documents the units and a positive value; the singular/plural agreement only for rules.
      const problems = texts?.map((text) => rateProblem(text, { agreement: at.reader === 'rule' }));
      if (!texts || !problems || !problems.every((problem) => problem !== undefined)) continue;
      const fix = texts.length === 1 ? unitFix(context, at.node, problems[0]!) : undefined;
      hits.push({
        message: scheduleMessage(at, texts, problems as RateProblem[], rateWording),
        span: at.node.span,
        path: ['Resources', at.resource.logicalId, 'Properties', ...at.path],
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
    return hits;
  },
};

function cronWording(problem: CronProblem): string {
  return cronProblemWords(problem, 'EventBridge');
}

/** The six-field form of a five-field cron written literally. */
function sixFieldFix(context: CheckContext, node: TemplateNode) {
  const fixed = isScalar(node) && typeof node.value === 'string' ? sixFieldCron(node.value) : undefined;
  return fixed ? { title: `Change to ${fixed}`, edits: [replaceScalar(context.template, node as ScalarNode, fixed)], preferred: true } : undefined;
}

/** CX3020: a cron expression that is not six fields with ? in one day field. */
export const scheduleCronExpression: CatalogueCheck = {
  id: 'CX3020',
  title: 'EventBridge cron expression without six fields, or with both day-of-month and day-of-week',
  topics: ['T30'],
  severity: 'error',
  url: CRON_PAGE,
  rejection: CRON_REJECTION,
  explanation: {
    what:
      'EventBridge cron expressions have six fields: minutes, hours, day-of-month, month, day-of-week and year, with ? in ' +
      'day-of-month or day-of-week. A five-field Unix cron, or values in both day fields, is refused, and the rule or schedule is ' +
      'not created. EventBridge Scheduler takes the same six fields (its API reference says so).',
    exam:
      '"every day at 05:00 UTC" is cron(0 5 * * ? *); "weekdays at 18:00" is cron(0 18 ? * MON-FRI *). EventBridge Scheduler adds ' +
      'a time zone (ScheduleExpressionTimezone) so local times follow daylight saving time.',
    trap: 'Auto Scaling scheduled actions take five-field Unix cron without cron(…); EventBridge, Scheduler, Backup and Image Builder take six fields.',
  },
  resourceTypes: [RULE, SCHEDULE, SAM_FUNCTION, SAM_STATE_MACHINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const at of schedules(context)) {
      const texts = expressions(context, at.node);
      // Scheduler's reference states the six fields; the day rule is documented for rules.
      const problems = texts?.map((text) => cronProblem(text, { days: at.reader === 'rule' }));
      if (!texts || !problems || !problems.every((problem) => problem !== undefined)) continue;
      const fix = texts.length === 1 ? sixFieldFix(context, at.node) : undefined;
      hits.push({
        message: scheduleMessage(at, texts, problems as CronProblem[], cronWording),
        span: at.node.span,
        path: ['Resources', at.resource.logicalId, 'Properties', ...at.path],
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
    return hits;
  },
};

export const SCHEDULE_CHECKS: readonly CatalogueCheck[] = [scheduleRateExpression, scheduleCronExpression];
