/** T31: the expressions of alarms: the Ids metric math names against its queries' Ids, and the operators of a composite rule. */
import { isMap, isSeq, valueOf, type MapNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName, literalString } from '../support/values';
import { ruleText } from './alarms';

const ALARM = 'AWS::CloudWatch::Alarm';
const QUERY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-metricdataquery.html';

/** Text in quotes (a SEARCH query, a LAMBDA or INSIGHT_RULE_METRIC argument) names no query. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
/** Words and numbers (`1e-36` is a number, not the Id `e`). */
const TOKEN = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_][A-Za-z0-9_]*/g;

/**
 * The Ids an expression names: words that start with a lower-case letter, as query Ids do (functions,
 * keywords and constants such as ANOMALY_DETECTION_BAND, AND, PERIOD or REPEAT are upper-case). A Metrics
 * Insights query (SELECT …) names metrics, not Ids: none.
 */
export function namedIds(expression: string): string[] {
  if (/^\s*SELECT\b/i.test(expression)) return [];
  const words = expression.replace(QUOTED, ' ').match(TOKEN) ?? [];
  return [...new Set(words.filter((word) => /^[a-z]/.test(word)))];
}

/** The alarm's queries with their Ids, when every query and Id is written out. */
function writtenQueries(alarm: ResourceDeclaration): { query: MapNode; id: string }[] | undefined {
  const metrics = valueOf(alarm.properties, 'Metrics');
  if (!isSeq(metrics) || metrics.items.length === 0) return undefined;
  const written: { query: MapNode; id: string }[] = [];
  for (const item of metrics.items) {
    const id = isMap(item) && intrinsicName(item) === undefined ? literalString(valueOf(item, 'Id')) : undefined;
    if (id === undefined) return undefined;
    written.push({ query: item as MapNode, id });
  }
  return written;
}

/** CX3128: an expression or ThresholdMetricId that names no query of the alarm. */
export const alarmUnknownQueryId: CatalogueCheck = {
  id: 'CX3128',
  title: 'Metric math alarm names a query Id its Metrics do not have',
  topics: ['T31'],
  severity: 'warning',
  url: QUERY_PAGE,
  explanation: {
    what:
      'In a metric math alarm, each entry of Metrics has an Id; an Expression computes over the other entries by their Ids (m1 / m2 * 100), ' +
      'and an anomaly detection alarm names its ANOMALY_DETECTION_BAND expression in ThresholdMetricId. An Id that no entry has leaves the ' +
      'expression without data: the alarm cannot evaluate what it was meant to watch.',
    exam:
      'alarm on a ratio (error rate = 100 * errors / requests) with metric math, or on an anomaly band: the input metrics return no data ' +
      '(ReturnData false) and the expression the alarm watches does.',
    trap: 'Ids are case sensitive and start with a lower-case letter: m1 is not M1.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      const queries = writtenQueries(alarm);
      if (!queries) continue;
      const ids = new Set(queries.map(({ id }) => id));
      const listed = [...ids].join(', ');
      queries.forEach(({ query, id }, index) => {
        const expressionNode = valueOf(query, 'Expression');
        const expression = literalString(expressionNode);
        const unknown = expression === undefined ? [] : namedIds(expression).filter((name) => !ids.has(name));
        if (unknown.length === 0 || !expressionNode) return;
        hits.push({
          message:
            `Expression '${expression}' (query '${id}' of alarm '${alarm.logicalId}') names ${unknown.map((name) => `'${name}'`).join(', ')}, ` +
            `which no entry of its Metrics has as Id (${listed}): the expression has no data for ${unknown.length === 1 ? 'it' : 'them'}`,
          span: expressionNode.span,
          path: ['Resources', alarm.logicalId, 'Properties', 'Metrics', index, 'Expression'],
        });
      });
      const thresholdNode = valueOf(alarm.properties, 'ThresholdMetricId');
      const threshold = literalString(thresholdNode);
      if (threshold === undefined || !thresholdNode || ids.has(threshold)) continue;
      hits.push({
        message: `ThresholdMetricId '${threshold}' of alarm '${alarm.logicalId}' is no Id of its Metrics (${listed}): name the entry whose Expression is the ANOMALY_DETECTION_BAND`,
        span: thresholdNode.span,
        path: ['Resources', alarm.logicalId, 'Properties', 'ThresholdMetricId'],
      });
    }
    return hits;
  },
};

const COMPOSITE = 'AWS::CloudWatch::CompositeAlarm';
const COMPOSITE_API = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html';
/** Operators of other languages: `&&`, `||`, and `!` not followed by `=`. */
const FOREIGN_OPERATOR = /&&|\|\||!(?!=)/;

/** CX3129: a composite alarm rule joined with another language's operators. */
export const compositeRuleOperators: CatalogueCheck = {
  id: 'CX3129',
  title: 'Composite alarm rule combines alarms with &&, || or ! instead of AND, OR and NOT',
  topics: ['T31'],
  severity: 'error',
  url: COMPOSITE_API,
  rejection: {
    quote:
      'For each alarm that you reference, you designate a function that specifies whether that alarm needs to be in ALARM state, OK state, or ' +
      'INSUFFICIENT_DATA state. You can use operators (AND, OR and NOT) to combine multiple functions in a single expression.',
    url: COMPOSITE_API,
  },
  explanation: {
    what:
      'A composite alarm\'s AlarmRule is an expression of ALARM(…), OK(…) and INSUFFICIENT_DATA(…) functions (and TRUE, FALSE) joined by ' +
      'AND, OR and NOT, with parentheses; CloudWatch does not read &&, || or !, and refuses the rule.',
    exam: 'a composite alarm cuts alarm noise: ALARM(HighLatency) AND ALARM(HighErrors) notifies once, and ActionsSuppressor mutes it during a known event.',
  },
  resourceTypes: [COMPOSITE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const composite of context.resources(COMPOSITE)) {
      const ruleNode = valueOf(composite.properties, 'AlarmRule');
      const rule = ruleText(ruleNode);
      const operator = rule?.replace(QUOTED, ' ').replace(/\$\{[^}]*\}/g, ' ').match(FOREIGN_OPERATOR)?.[0];
      if (!operator || !ruleNode) continue;
      const word = operator === '&&' ? 'AND' : operator === '||' ? 'OR' : 'NOT';
      hits.push({
        message: `AlarmRule of composite alarm '${composite.logicalId}' uses ${operator}: CloudWatch combines alarms with AND, OR and NOT (write ${word})`,
        span: ruleNode.span,
        path: ['Resources', composite.logicalId, 'Properties', 'AlarmRule'],
      });
    }
    return hits;
  },
};

/** The functions that name alarms in a composite rule (AT_LEAST takes a state and a list of alarms). */
const STATE_FUNCTIONS = new Set(['ALARM', 'OK', 'INSUFFICIENT_DATA', 'AT_LEAST']);
const RULE_WORDS = new Set([...STATE_FUNCTIONS, 'AND', 'OR', 'NOT', 'TRUE', 'FALSE']);
/** Parentheses, commas, quoted names, ${…} variables and the other runs of text of a rule. */
const RULE_TOKEN = /[(),]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\$\{[^}]*\}|[^\s(),"'$]+|\$/g;

/**
 * The first alarm a composite rule names outside ALARM(…), OK(…), INSUFFICIENT_DATA(…) or AT_LEAST(…):
 * a word, or quoted name, standing where only those functions, TRUE, FALSE, AND, OR, NOT and
 * parentheses may. A ${…} variable may stand for a whole expression: it is not judged.
 */
export function bareAlarmName(rule: string): string | undefined {
  const inside: boolean[] = [];
  let previous = '';
  for (const [token] of rule.matchAll(RULE_TOKEN)) {
    const inFunction = inside.length > 0 && inside[inside.length - 1];
    if (token === '(') inside.push(inFunction || STATE_FUNCTIONS.has(previous.toUpperCase()));
    else if (token === ')') inside.pop();
    else if (!inFunction && token !== ',' && !token.startsWith('$') && !RULE_WORDS.has(token.toUpperCase())) return token;
    previous = token;
  }
  return undefined;
}

/** CX3132: a composite alarm rule naming an alarm without the state it waits for. */
export const compositeRuleBareAlarm: CatalogueCheck = {
  id: 'CX3132',
  title: 'Composite alarm rule names an alarm without ALARM(), OK() or INSUFFICIENT_DATA()',
  topics: ['T31'],
  severity: 'error',
  url: COMPOSITE_API,
  rejection: compositeRuleOperators.rejection,
  explanation: {
    what:
      'Every alarm a composite rule reads stands inside a function that says which state counts: ALARM(name), OK(name) or ' +
      'INSUFFICIENT_DATA(name) (AT_LEAST for "m of these"). A bare alarm name is not an expression CloudWatch can evaluate, and it refuses the rule.',
    exam: 'a composite alarm notifies once when several alarms agree (ALARM(HighLatency) AND ALARM(HighErrors)), cutting alarm noise.',
    trap: 'the functions take the alarm\'s name or ARN (quoted or not); they do not take a logical id unless the alarm has that name.',
  },
  resourceTypes: [COMPOSITE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const composite of context.resources(COMPOSITE)) {
      const ruleNode = valueOf(composite.properties, 'AlarmRule');
      const rule = ruleText(ruleNode);
      const bare = rule === undefined || FOREIGN_OPERATOR.test(rule.replace(QUOTED, ' ')) ? undefined : bareAlarmName(rule);
      if (!bare || !ruleNode) continue;
      hits.push({
        message: `AlarmRule of composite alarm '${composite.logicalId}' names ${bare} without a state: write ALARM(${bare}) (or OK(…), INSUFFICIENT_DATA(…))`,
        span: ruleNode.span,
        path: ['Resources', composite.logicalId, 'Properties', 'AlarmRule'],
      });
    }
    return hits;
  },
};
