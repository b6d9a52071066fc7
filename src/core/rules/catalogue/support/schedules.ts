/**
 * Schedule expressions as AWS services read them: the six-field `cron(…)` of EventBridge (which
 * EventBridge Scheduler, AWS Backup and EC2 Image Builder take too) and the `rate(value unit)` of
 * EventBridge. Each reader reports what it can tell for certain and nothing about text it cannot read
 * (a placeholder, another form): a check words the problem for its own service.
 */

/** The EventBridge page on AWS cron expressions, and its sentences that refuse other forms (AWS Backup points to it). */
export const CRON_PAGE = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html';
export const CRON_REJECTION = {
  quote:
    'Cron expressions have six required fields, which are separated by white space. … ' +
    "You can't specify the Day-of-month and Day-of-week fields in the same cron expression. If you specify a value or a * " +
    '(asterisk) in one of the fields, you must use a ? (question mark) in the other.',
  url: CRON_PAGE,
};

/** What is wrong with a `cron(…)` expression, if anything. */
export type CronProblem =
  /** Not the six fields minutes, hours, day-of-month, month, day-of-week, year. */
  | { kind: 'field-count'; count: number }
  /** Day-of-month and day-of-week both given: one of them must be `?`. */
  | { kind: 'both-days' }
  /** Fields separated by commas (`cron(5, 0, 1, *, ?, *)`): a comma lists values inside one field. */
  | { kind: 'commas' };

/** The fields inside `cron(…)`, or undefined when the text is not a cron expression. */
export function cronFields(expression: string): string[] | undefined {
  const match = /^cron\((.*)\)$/.exec(expression.trim());
  return match ? match[1].trim().split(/\s+/) : undefined;
}

/**
 * The problem of an AWS cron expression (six fields, `?` in day-of-month or day-of-week); undefined
 * when it has none or is not a `cron(…)` expression. `days: false` leaves the day fields unread.
 */
export function cronProblem(expression: string, options: { days?: boolean } = {}): CronProblem | undefined {
  const fields = cronFields(expression);
  if (!fields) return undefined;
  if (fields.some((field) => field.endsWith(',') || field.startsWith(','))) return { kind: 'commas' };
  if (fields.length !== 6) return { kind: 'field-count', count: fields.length };
  // EventBridge creates a rule with a ? in another field (`cron(* ? * * * *)`, shipped in an AWS Solution for
  // years): its check is looser than its documentation, so only an expression with no ? at all is reported.
  if (options.days !== false && !fields.includes('?')) return { kind: 'both-days' };
  return undefined;
}

/** The problem in words, after "Schedule '…' of …"; `service` names whose cron expressions these are. */
export function cronProblemWords(problem: CronProblem, service: string): string {
  if (problem.kind === 'commas') return 'separates its fields with commas: the six fields are separated by spaces, and a comma lists values inside one field';
  if (problem.kind === 'field-count') return `has ${problem.count} fields; ${service} cron expressions have six (minutes hours day-of-month month day-of-week year)`;
  return 'sets both day-of-month and day-of-week; use ? in one of them';
}

/** Units of a rate expression, singular and plural. */
const RATE_UNITS: Readonly<Record<string, 'singular' | 'plural'>> = {
  minute: 'singular',
  minutes: 'plural',
  hour: 'singular',
  hours: 'plural',
  day: 'singular',
  days: 'plural',
};

/** What is wrong with a `rate(value unit)` expression, if anything. */
export type RateProblem =
  /** The unit is not minute(s), hour(s) or day(s). */
  | { kind: 'unit'; unit: string }
  /** The value is not a positive number. */
  | { kind: 'value'; value: string }
  /** The unit does not agree in number with the value (`rate(1 minutes)`, `rate(5 minute)`); `expected` is the right one. */
  | { kind: 'agreement'; unit: string; expected: string };

/** The value and unit of `rate(value unit)`, or undefined when the text is not written that way. */
export function rateParts(expression: string): { value: string; unit: string } | undefined {
  const match = /^rate\(\s*(\S+)\s+(\S+)\s*\)$/.exec(expression.trim());
  return match ? { value: match[1], unit: match[2] } : undefined;
}

/**
 * The problem of a rate expression; undefined when it has none or is not written as
 * `rate(value unit)`. `agreement: false` leaves singular and plural unread.
 */
export function rateProblem(expression: string, options: { agreement?: boolean } = {}): RateProblem | undefined {
  const parts = rateParts(expression);
  if (!parts) return undefined;
  const unit = parts.unit.toLowerCase();
  const number = RATE_UNITS[unit];
  if (number === undefined) return { kind: 'unit', unit: parts.unit };
  // Only whole numbers are read: anything else (a placeholder, a decimal) is not judged.
  if (!/^[+-]?\d+$/.test(parts.value)) return undefined;
  const value = Number(parts.value);
  if (value <= 0) return { kind: 'value', value: parts.value };
  if (options.agreement === false) return undefined;
  const wanted = value === 1 ? 'singular' : 'plural';
  if (number === wanted) return undefined;
  const expected = wanted === 'singular' ? unit.replace(/s$/, '') : `${unit}s`;
  return { kind: 'agreement', unit: parts.unit, expected };
}

/**
 * A five-field `cron(…)` that runs on every day of the week, written with six fields:
 * `cron(0 5 * * *)` → `cron(0 5 * * ? *)`. Undefined for anything else: Unix cron numbers the days of
 * the week from 0 (Sunday) and AWS from 1, so only "every day" converts as it is.
 */
export function sixFieldCron(expression: string): string | undefined {
  const fields = cronFields(expression);
  if (!fields || fields.length !== 5 || fields[4] !== '*') return undefined;
  return `cron(${[...fields.slice(0, 4), '?', '*'].join(' ')})`;
}
