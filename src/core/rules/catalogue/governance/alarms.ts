/** T31: CloudWatch metric and composite alarms as CloudWatch accepts them, and alarms that reach someone. */
import { entryOf, isMap, isScalar, isSeq, valueOf, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import { referenceIndex } from '../../../references';
import type { ResourceDeclaration } from '../../../sections';
import type { Template } from '../../../template';
import { insertEntry } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { dependsOnFix, isReferencedByOthers, waitsFor } from '../support/dependencies';
import { intrinsicName, isNoValue, literalBoolean, literalNumber, literalString, presenceAt } from '../support/values';
import { countsOnlyWithSum } from './alarmStatistics';

const ALARM = 'AWS::CloudWatch::Alarm';
const COMPOSITE = 'AWS::CloudWatch::CompositeAlarm';
const PUT_ALARM_API = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html';
const ALARM_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html';
const QUERY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-metricdataquery.html';

function alarmPath(alarm: ResourceDeclaration, ...rest: (string | number)[]): NodePath {
  return ['Resources', alarm.logicalId, 'Properties', ...rest];
}

/** CX3110: at most seven days of evaluation, one day for periods under an hour. */
export const alarmEvaluationRange: CatalogueCheck = {
  id: 'CX3110',
  title: 'Alarm whose Period × EvaluationPeriods exceeds what CloudWatch evaluates',
  topics: ['T31'],
  severity: 'error',
  url: PUT_ALARM_API,
  rejection: {
    quote:
      "An alarm's total current evaluation period can be no longer than seven days, so Period multiplied by EvaluationPeriods can't be more than 604,800 seconds. " +
      "For alarms with a period of less than one hour (3,600 seconds), the total evaluation period can't be longer than one day (86,400 seconds).",
    url: PUT_ALARM_API,
  },
  explanation: {
    what:
      'An alarm looks back EvaluationPeriods periods of Period seconds. CloudWatch refuses a window over seven days, or over one ' +
      'day when the period is shorter than an hour.',
    exam:
      'alarms react in minutes (e.g. 3 of 5 one-minute periods with DatapointsToAlarm); slow trends belong on dashboards, anomaly ' +
      'detection or a scheduled check, not on a week-long alarm window.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      const period = literalNumber(valueOf(alarm.properties, 'Period'));
      const periods = literalNumber(valueOf(alarm.properties, 'EvaluationPeriods'));
      if (period === undefined || periods === undefined) continue;
      const window = period * periods;
      const limit = period < 3600 ? 86400 : 604800;
      if (window <= limit) continue;
      hits.push({
        message: `Alarm '${alarm.logicalId}' evaluates ${periods} periods of ${period} s (${window} s): CloudWatch allows at most ${limit === 86400 ? 'one day for periods under an hour' : 'seven days'}`,
        span: entryOf(alarm.properties, 'EvaluationPeriods')!.value.span,
        path: alarmPath(alarm, 'EvaluationPeriods'),
      });
    }
    return hits;
  },
};

/** CX3111: an alarm on one metric needs its statistic. */
export const alarmStatistic: CatalogueCheck = {
  id: 'CX3111',
  title: 'Metric alarm with neither Statistic nor ExtendedStatistic',
  topics: ['T31'],
  severity: 'error',
  url: ALARM_PAGE,
  rejection: { quote: 'For an alarm based on a metric, you must specify either Statistic or ExtendedStatistic but not both.', url: ALARM_PAGE },
  explanation: {
    what:
      'An alarm on a single metric (MetricName and Namespace) compares one statistic per period with the threshold: ' +
      'Statistic (Average, Sum, Maximum, Minimum, SampleCount) or ExtendedStatistic (a percentile such as p99). Without either the alarm is refused.',
    exam:
      'latency alarms use percentiles (p90/p99) so a few slow requests are not hidden by the average; error counts use Sum; ' +
      'capacity uses Average or Maximum.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      if (presenceAt(alarm.properties, 'MetricName') !== 'yes' || presenceAt(alarm.properties, 'Statistic') !== 'no' || presenceAt(alarm.properties, 'ExtendedStatistic') !== 'no') continue;
      // With Metrics the alarm is a metric-math alarm: MetricName is what is wrong there (E3020 says so), not a missing Statistic.
      if (presenceAt(alarm.properties, 'Metrics') !== 'no') continue;
      const statistic = countsOnlyWithSum(literalString(valueOf(alarm.properties, 'MetricName'))) ? 'Sum' : 'Average';
      const fix = insertEntry(context.template, alarm.properties!, 'Statistic', statistic, 'MetricName');
      hits.push({
        message: `Alarm '${alarm.logicalId}' watches metric ${literalString(valueOf(alarm.properties, 'MetricName')) ?? ''} without a Statistic or ExtendedStatistic`,
        span: entryOf(alarm.properties, 'MetricName')!.key.span,
        path: alarmPath(alarm, 'MetricName'),
        ...(fix ? { fixes: [{ title: `Use the ${statistic} statistic`, edits: [fix] }] } : {}),
      });
    }
    return hits;
  },
};

function queries(alarm: ResourceDeclaration): MapNode[] | undefined {
  const metrics = valueOf(alarm.properties, 'Metrics');
  if (!isSeq(metrics)) return undefined;
  return metrics.items.every((item) => isMap(item) && intrinsicName(item) === undefined) ? (metrics.items as MapNode[]) : undefined;
}

/** CX3112: a math alarm watches exactly one returned series. */
export const alarmReturnData: CatalogueCheck = {
  id: 'CX3112',
  title: 'Metric math alarm without exactly one query returning data',
  topics: ['T31'],
  severity: 'error',
  url: QUERY_PAGE,
  rejection: {
    quote:
      'When you create an alarm based on a metric math expression, specify True for this value for only the one math expression that the alarm is based on. ' +
      'You must specify False for ReturnData for all the other metrics and expressions used in the alarm.',
    url: QUERY_PAGE,
  },
  explanation: {
    what:
      'In an alarm\'s Metrics list, the metrics feed the expression and exactly one entry (the expression the alarm watches) ' +
      'returns data. ReturnData defaults to true, so every other entry must say ReturnData: false; otherwise the alarm is refused.',
    exam: 'metric math alarms combine metrics, e.g. an error rate = 100 * errors / requests, alarmed on one expression.',
    trap: 'leaving ReturnData out on the input metrics makes them all return data (anomaly detection alarms are the exception: the metric and its band both return data).',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      const list = queries(alarm);
      // An anomaly detection alarm returns both the metric and its band (ThresholdMetricId names the band).
      if (!list || list.length === 0 || valueOf(alarm.properties, 'ThresholdMetricId') !== undefined) continue;
      const flags = list.map((query) => (valueOf(query, 'ReturnData') === undefined ? true : literalBoolean(valueOf(query, 'ReturnData'))));
      if (flags.some((flag) => flag === undefined)) continue;
      const returning = flags.filter((flag) => flag).length;
      if (returning === 1) continue;
      hits.push({
        message:
          returning === 0
            ? `No entry of the Metrics of alarm '${alarm.logicalId}' returns data: set ReturnData true on the expression it watches`
            : `${returning} entries of the Metrics of alarm '${alarm.logicalId}' return data (ReturnData is true unless set to false): exactly one may`,
        span: entryOf(alarm.properties, 'Metrics')!.key.span,
        path: alarmPath(alarm, 'Metrics'),
      });
    }
    return hits;
  },
};

/** CX3113: a query is an expression or a metric. */
export const alarmQueryKind: CatalogueCheck = {
  id: 'CX3113',
  title: 'Alarm metric query with both or neither of Expression and MetricStat',
  topics: ['T31'],
  severity: 'error',
  url: QUERY_PAGE,
  rejection: { quote: 'Within each MetricDataQuery object, you must specify either Expression or MetricStat but not both.', url: QUERY_PAGE },
  explanation: {
    what: 'Each entry of an alarm\'s Metrics either fetches a metric (MetricStat: metric, period, stat) or computes an Expression over other entries\' Ids; never both, never neither.',
    exam: 'give input metrics short lower-case Ids (m1, m2) and reference them in the expression entry (e1: "m1/m2*100").',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      (queries(alarm) ?? []).forEach((query, index) => {
        const given = presenceAt(query, 'Expression');
        if (given === 'maybe' || given !== presenceAt(query, 'MetricStat')) return;
        const expression = given === 'yes';
        const id = literalString(valueOf(query, 'Id')) ?? String(index + 1);
        hits.push({
          message: `Metric query '${id}' of alarm '${alarm.logicalId}' has ${expression ? 'both an Expression and a MetricStat' : 'neither an Expression nor a MetricStat'}`,
          span: query.span,
          path: alarmPath(alarm, 'Metrics', index),
        });
      });
    }
    return hits;
  },
};

/** Every string written anywhere in the template's resources except in `except`. */
function stringsOutside(context: CheckContext, except: ResourceDeclaration): string[] {
  const found: string[] = [];
  const walk = (node: TemplateNode | undefined): void => {
    if (node === undefined) return;
    if (isScalar(node)) {
      if (typeof node.value === 'string') found.push(node.value);
    } else if (isSeq(node)) node.items.forEach(walk);
    else for (const entry of node.entries) walk(entry.value);
  };
  for (const resource of context.resources(...allTypes(context))) if (resource !== except) walk(resource.body);
  return found;
}

function allTypes(context: CheckContext): string[] {
  const root = context.template.root;
  const resources = valueOf(root, 'Resources');
  if (!isMap(resources)) return [];
  return [...new Set(resources.entries.map((entry) => literalString(valueOf(entry.value, 'Type'))).filter((type): type is string => type !== undefined))];
}

/** CX3115: an alarm that notifies no one and drives nothing. */
export const alarmWithoutActions: CatalogueCheck = {
  id: 'CX3115',
  title: 'Alarm with no actions that nothing else uses',
  topics: ['T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html',
  explanation: {
    what:
      'An alarm acts through its AlarmActions (and OKActions, InsufficientDataActions): an SNS topic, an Auto Scaling policy, an ' +
      'EC2 action or a Systems Manager action. One with no action, not used by a composite alarm, deployment rollback or health ' +
      'check, changes state without anyone or anything noticing; so does a composite alarm with no action, and with it the alarms it combines.',
    exam:
      '"notify the operations team" is AlarmActions with an SNS topic; "stop the deployment" is the alarm in the CodeDeploy ' +
      'deployment group or SAM DeploymentPreference; "fail over" is a Route 53 health check on the alarm.',
    scenario: 'the team must be notified when the error rate exceeds 5% for five minutes',
  },
  resourceTypes: [ALARM, COMPOSITE],
  run(context) {
    const hits: CheckHit[] = [];
    let strings: string[] | undefined;
    for (const alarm of context.resources(ALARM, COMPOSITE)) {
      if (['AlarmActions', 'OKActions', 'InsufficientDataActions'].some((name) => hasItems(valueOf(alarm.properties, name)))) continue;
      if (isReferencedByOthers(context.template, alarm.logicalId) || isOutput(context.template, alarm.logicalId)) continue;
      const name = valueOf(alarm.properties, 'AlarmName');
      if (name !== undefined && literalString(name) === undefined) continue;
      const literal = literalString(name);
      if (literal !== undefined) {
        strings ??= stringsOutside(context, alarm);
        if (strings.some((text) => text.includes(literal))) continue;
      }
      hits.push({
        message: `Alarm '${alarm.logicalId}' has no AlarmActions and nothing in this template uses it: it changes state without notifying or triggering anything`,
        span: alarm.key.span,
        path: ['Resources', alarm.logicalId],
      });
    }
    return hits;
  },
};

/** Given to another stack through Outputs (a health check in the peer Region's stack, a composite alarm elsewhere). */
function isOutput(template: Template, logicalId: string): boolean {
  return referenceIndex(template).references.some((reference) => reference.path[0] === 'Outputs' && reference.name === logicalId);
}

function hasItems(node: TemplateNode | undefined): boolean {
  if (node === undefined || isNoValue(node)) return false;
  return !isSeq(node) || node.items.length > 0;
}

/** An AlarmRule's text: written out, or the string of an Fn::Sub. */
export function ruleText(rule: TemplateNode | undefined): string | undefined {
  return literalString(rule) ?? (intrinsicName(rule) === 'Fn::Sub' ? literalString(valueOf(rule, 'Fn::Sub')) : undefined);
}

/** The alarm names an AlarmRule mentions as literal text (not through ${…} variables). */
function ruleAlarmNames(rule: TemplateNode | undefined): string[] | undefined {
  const text = ruleText(rule);
  if (text === undefined) return undefined;
  const names: string[] = [];
  for (const match of text.matchAll(/\b(?:ALARM|OK|INSUFFICIENT_DATA)\(\s*("([^"]*)"|'([^']*)'|([^)\s]+))\s*\)/g)) {
    const name = match[2] ?? match[3] ?? match[4];
    if (name !== undefined && !name.includes('${')) names.push(name);
  }
  return names;
}

/** CX3116: a composite alarm that names another alarm of the template only as text does not wait for it. */
export const compositeAlarmOrder: CatalogueCheck = {
  id: 'CX3116',
  title: 'Composite alarm rule names an alarm of the template without depending on it',
  topics: ['T31'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-compositealarm.html',
  explanation: {
    what:
      'A composite alarm\'s rule may only name alarms that exist. When the rule spells an alarm\'s name as text, CloudFormation ' +
      'sees no dependency and may create the composite first, and the creation fails because the alarm does not exist yet.',
    exam:
      'composite alarms cut noise: one notification when, for example, latency AND errors are high, with ActionsSuppressor to ' +
      'mute alarms during deployments. Reference the child alarms with ${Alarm.Arn} in Fn::Sub so they are created first.',
  },
  resourceTypes: [COMPOSITE, ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    const byName = new Map<string, ResourceDeclaration>();
    for (const alarm of context.resources(ALARM, COMPOSITE)) {
      const name = literalString(valueOf(alarm.properties, 'AlarmName'));
      if (name !== undefined) byName.set(name, alarm);
    }
    for (const composite of context.resources(COMPOSITE)) {
      const rule = entryOf(composite.properties, 'AlarmRule');
      for (const name of ruleAlarmNames(rule?.value) ?? []) {
        const alarm = byName.get(name);
        if (!alarm || alarm === composite || waitsFor(context.template, composite.logicalId, alarm.logicalId)) continue;
        const fixes = dependsOnFix(context.template, composite, alarm.logicalId, `Create it after ${alarm.logicalId}`);
        hits.push({
          message: `Composite alarm '${composite.logicalId}' names alarm '${name}' ('${alarm.logicalId}') as text without depending on it: CloudFormation may create the composite first, and it fails`,
          span: rule!.value.span,
          path: alarmPath(composite, 'AlarmRule'),
          ...(fixes ? { fixes } : {}),
        });
      }
    }
    return hits;
  },
};

export const ALARM_CHECKS: readonly CatalogueCheck[] = [alarmEvaluationRange, alarmStatistic, alarmReturnData, alarmQueryKind, alarmWithoutActions, compositeAlarmOrder];
