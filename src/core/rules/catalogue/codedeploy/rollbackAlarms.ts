/** CloudWatch alarms that stop and roll back CodeDeploy deployments: present, switched on, named right, fed. */
import type { Fix } from '../../../findings';
import { entryOf, isMap, isScalar, isSeq, isString, valueOf, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { insertEntry, replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { alwaysGiven, intrinsicName, literalBoolean, literalString } from '../support/values';
import { GROUP } from './deploymentGroupModel';

const ALARM_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/monitoring-create-alarms.html';
const ALARM_CONFIG_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentgroup-alarmconfiguration.html';
const ROLLBACK_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html';
const ALARM = 'AWS::CloudWatch::Alarm';

function base(group: ResourceDeclaration): NodePath {
  return ['Resources', group.logicalId, 'Properties'];
}

/** The alarm list as written: [] when there is no AlarmConfiguration or no Alarms; undefined when computed. */
function alarmItems(group: ResourceDeclaration) {
  const configuration = valueOf(group.properties, 'AlarmConfiguration');
  if (configuration === undefined) return [];
  if (!isMap(configuration) || intrinsicName(configuration) !== undefined) return undefined;
  const alarms = valueOf(configuration, 'Alarms');
  if (alarms === undefined) return [];
  return isSeq(alarms) ? alarms.items : undefined;
}

/** CX0610: DEPLOYMENT_STOP_ON_ALARM with no alarm to raise it. */
export const codeDeployStopOnAlarmWithoutAlarms: CatalogueCheck = {
  id: 'CX0610',
  title: 'Rollback on DEPLOYMENT_STOP_ON_ALARM with no CloudWatch alarm configured',
  topics: ['T06'],
  severity: 'warning',
  url: ROLLBACK_URL,
  explanation: {
    what:
      'DEPLOYMENT_STOP_ON_ALARM rolls a deployment back when one of the group\'s CloudWatch alarms goes into ALARM. With no ' +
      'alarm in AlarmConfiguration nothing can ever raise that event, so errors after the deployment are not rolled back.',
    exam:
      '"roll back automatically if the error rate rises after a deployment" is an alarm (load balancer 5xx count, or a metric ' +
      'filter on the application log) in AlarmConfiguration plus DEPLOYMENT_STOP_ON_ALARM in AutoRollbackConfiguration.',
    scenario: 'automatically roll back the deployment if HTTP 5xx errors increase',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      // the SAM transform writes this for every DeploymentPreference without Alarms (CX6002 speaks to its source)
      if (context.referenced(valueOf(group.properties, 'ApplicationName'))?.logicalId === 'ServerlessDeploymentApplication') continue;
      const events = valueOf(valueOf(group.properties, 'AutoRollbackConfiguration'), 'Events');
      if (!isSeq(events) || literalBoolean(valueOf(valueOf(group.properties, 'AutoRollbackConfiguration'), 'Enabled')) !== true) continue;
      const index = events.items.findIndex((item) => literalString(item) === 'DEPLOYMENT_STOP_ON_ALARM');
      const alarms = alarmItems(group);
      if (index < 0 || alarms === undefined || alarms.length > 0) continue;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' rolls back on DEPLOYMENT_STOP_ON_ALARM but lists no CloudWatch alarm: the ` +
          'event can never happen',
        span: events.items[index].span,
        path: [...base(group), 'AutoRollbackConfiguration', 'Events', index],
      });
    }
    return hits;
  },
};

/** CX0616: a deployment group behind a load balancer that rolls back on failure only, with no alarm to watch. */
export const codeDeployLoadBalancedWithoutAlarms: CatalogueCheck = {
  id: 'CX0616',
  title: 'Deployment group behind a load balancer rolls back without any CloudWatch alarm',
  topics: ['T06', 'T05'],
  severity: 'info',
  url: ROLLBACK_URL,
  explanation: {
    what:
      'With rollback on DEPLOYMENT_FAILURE only, CodeDeploy rolls back when a lifecycle hook or the traffic shift fails; a ' +
      'release that deploys cleanly but then answers with errors stays in place. A CloudWatch alarm in AlarmConfiguration ' +
      '(the target group\'s HTTPCode_Target_5XX_Count, or latency) with DEPLOYMENT_STOP_ON_ALARM stops and rolls it back too.',
    exam:
      '"roll back automatically when the error rate rises after a deployment" is answered by an alarm on the load balancer ' +
      'metrics in the deployment group\'s AlarmConfiguration plus DEPLOYMENT_STOP_ON_ALARM, not by a Lambda function or a ' +
      'manual redeploy.',
    scenario: 'automatically roll back the deployment if HTTP 5xx errors increase',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      if (!alwaysGiven(valueOf(group.properties, 'LoadBalancerInfo')) || !isMap(valueOf(group.properties, 'LoadBalancerInfo'))) continue;
      const rollback = valueOf(group.properties, 'AutoRollbackConfiguration');
      const events = valueOf(rollback, 'Events');
      // No rollback at all is CX2001's finding; alarms listed (or computed) are the other checks' business.
      if (literalBoolean(valueOf(rollback, 'Enabled')) !== true || !isSeq(events)) continue;
      const names = events.items.map(literalString);
      if (names.includes(undefined) || names.includes('DEPLOYMENT_STOP_ON_ALARM')) continue;
      const alarms = alarmItems(group);
      if (alarms === undefined || alarms.length > 0) continue;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' sits behind a load balancer but lists no CloudWatch alarm: it rolls back when the ` +
          'deployment fails, not when the new release starts answering with errors; add an alarm on the target group\'s 5xx count ' +
          'and DEPLOYMENT_STOP_ON_ALARM',
        span: events.span,
        path: [...base(group), 'AutoRollbackConfiguration', 'Events'],
      });
    }
    return hits;
  },
};

/** CX0611: alarms listed, monitoring not switched on. */
export const codeDeployAlarmsDisabled: CatalogueCheck = {
  id: 'CX0611',
  title: 'Deployment group lists alarms but AlarmConfiguration is not enabled',
  topics: ['T06'],
  severity: 'warning',
  url: ALARM_CONFIG_URL,
  explanation: {
    what:
      'CodeDeploy watches the alarms of AlarmConfiguration only when its Enabled flag is true. Leave Enabled out or set it to ' +
      'false and the alarms are listed but ignored: a deployment neither stops nor rolls back when they fire.',
    exam:
      'alarm-based rollback needs three settings together: AlarmConfiguration Enabled true with the alarm names, and ' +
      'AutoRollbackConfiguration Enabled true with DEPLOYMENT_STOP_ON_ALARM.',
    trap: 'Enabled false is also how the console\'s "ignore alarm configuration" is stored, to switch alarms off temporarily.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const configuration = valueOf(group.properties, 'AlarmConfiguration');
      const alarms = alarmItems(group);
      if (!isMap(configuration) || !alarms || alarms.length === 0) continue;
      const enabled = entryOf(configuration, 'Enabled');
      if (enabled && literalBoolean(enabled.value) !== false) continue;
      const edit = enabled
        ? isScalar(enabled.value) ? replaceScalar(context.template, enabled.value, true) : undefined
        : insertEntry(context.template, configuration, 'Enabled', true);
      const fixes: Fix[] = edit ? [{ title: 'Enable the alarm configuration', edits: [edit], preferred: true }] : [];
      hits.push({
        message:
          `Deployment group '${group.logicalId}' lists CloudWatch alarms but its AlarmConfiguration is not enabled: CodeDeploy ` +
          'ignores the alarms',
        span: (enabled ?? entryOf(group.properties, 'AlarmConfiguration')!).key.span,
        path: [...base(group), 'AlarmConfiguration', 'Enabled'],
        ...(fixes.length > 0 ? { fixes } : {}),
      });
    }
    return hits;
  },
};

/** CX0612: an alarm named by its ARN. */
export const codeDeployAlarmByArn: CatalogueCheck = {
  id: 'CX0612',
  title: 'Deployment group names a CloudWatch alarm by its ARN instead of its name',
  topics: ['T06'],
  severity: 'warning',
  url: ALARM_CONFIG_URL,
  explanation: {
    what:
      'Alarms in AlarmConfiguration are identified by alarm name. Fn::GetAtt Alarm.Arn gives the ARN, which matches no alarm ' +
      'name, so CodeDeploy never sees the alarm fire. Ref on an AWS::CloudWatch::Alarm returns its name.',
    exam: 'alarm-driven rollback depends on CodeDeploy polling the right alarm; Ref gives the name it needs.',
  },
  resourceTypes: [GROUP, ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      for (const [index, item] of (alarmItems(group) ?? []).entries()) {
        const name = valueOf(item, 'Name');
        const alarm = context.referenced(name);
        if (intrinsicName(name) !== 'Fn::GetAtt' || alarm?.type !== ALARM) continue;
        const text = context.template.format === 'json' ? `{ "Ref": "${alarm.logicalId}" }` : `!Ref ${alarm.logicalId}`;
        const attribute = getAttAttribute(name);
        hits.push({
          message:
            `Deployment group '${group.logicalId}' names alarm '${alarm.logicalId}' with Fn::GetAtt${attribute === 'Arn' ? ', which gives its ARN' : ` (${attribute ?? 'an attribute'})`}: ` +
            'CodeDeploy looks alarms up by name, which Ref gives',
          span: name!.span,
          path: [...base(group), 'AlarmConfiguration', 'Alarms', index, 'Name'],
          fixes: [{ title: 'Name the alarm with Ref', edits: [{ span: name!.span, newText: text }], preferred: true }],
        });
      }
    }
    return hits;
  },
};

/** The attribute a `Fn::GetAtt` reads (`Alarm.Arn` or `[Alarm, Arn]`), when written as text. */
function getAttAttribute(node: TemplateNode | undefined): string | undefined {
  const argument = valueOf(node, 'Fn::GetAtt');
  if (isString(argument)) return argument.value.split('.').slice(1).join('.') || undefined;
  return isSeq(argument) && isString(argument.items[1]) ? argument.items[1].value : undefined;
}

/** Metrics (namespace/name) the template's log metric filters publish; undefined when one is computed. */
function filterMetrics(context: CheckContext): Set<string> | undefined {
  const metrics = new Set<string>();
  for (const filter of context.resources('AWS::Logs::MetricFilter')) {
    const transformations = valueOf(filter.properties, 'MetricTransformations');
    if (!isSeq(transformations)) return undefined;
    for (const item of transformations.items) {
      const namespace = literalString(valueOf(item, 'MetricNamespace'));
      const name = literalString(valueOf(item, 'MetricName'));
      if (namespace === undefined || name === undefined) return undefined;
      metrics.add(`${namespace}/${name}`);
    }
  }
  return metrics;
}

/** CX0613: a rollback alarm on a custom metric that no metric filter of the template publishes. */
export const codeDeployAlarmMetricUnfed: CatalogueCheck = {
  id: 'CX0613',
  title: 'Rollback alarm watches a log metric that no metric filter publishes',
  topics: ['T06', 'T31'],
  severity: 'warning',
  url: ALARM_URL,
  explanation: {
    what:
      'A metric filter turns matching log lines into a metric in its MetricNamespace/MetricName; an alarm on that metric must ' +
      'use exactly the same namespace and name (case-sensitive). If they differ the alarm watches an empty metric, never goes ' +
      'into ALARM, and the deployment it guards is never rolled back.',
    exam:
      'rolling back on application errors written to logs: CloudWatch agent or awslogs ships the log, an ' +
      'AWS::Logs::MetricFilter counts ERROR lines, an alarm on that metric is listed in the deployment group.',
    scenario: 'roll back the deployment when the application logs errors after the new version is installed',
    trap: 'TreatMissingData defaults to missing, so an alarm on a metric that never receives data stays in INSUFFICIENT_DATA.',
  },
  resourceTypes: [GROUP, ALARM, 'AWS::Logs::MetricFilter'],
  run(context) {
    const hits: CheckHit[] = [];
    const published = filterMetrics(context);
    if (!published || published.size === 0) return hits;
    for (const group of context.resources(GROUP)) {
      for (const item of alarmItems(group) ?? []) {
        const alarm = context.referenced(valueOf(item, 'Name'));
        if (alarm?.type !== ALARM) continue;
        const namespace = literalString(valueOf(alarm.properties, 'Namespace'));
        const metric = literalString(valueOf(alarm.properties, 'MetricName'));
        if (namespace === undefined || metric === undefined || namespace.startsWith('AWS/')) continue;
        if (published.has(`${namespace}/${metric}`)) continue;
        const at = entryOf(alarm.properties, 'MetricName')!;
        hits.push({
          message:
            `Alarm '${alarm.logicalId}', which rolls back deployment group '${group.logicalId}', watches ${namespace}/${metric}, ` +
            'but no metric filter in the template publishes that metric: the alarm never fires',
          span: at.value.span,
          path: ['Resources', alarm.logicalId, 'Properties', 'MetricName'],
        });
      }
    }
    return hits;
  },
};

/** CX0614: deployments continue when CodeDeploy cannot read the alarms. */
export const codeDeployIgnorePollFailure: CatalogueCheck = {
  id: 'CX0614',
  title: 'Deployment continues when CodeDeploy cannot read its alarms (IgnorePollAlarmFailure)',
  topics: ['T06'],
  severity: 'warning',
  url: ALARM_CONFIG_URL,
  explanation: {
    what:
      'IgnorePollAlarmFailure true lets a deployment proceed when CodeDeploy cannot retrieve the alarm states from CloudWatch ' +
      '(throttling, a deleted alarm, missing permissions). The default, false, stops the deployment instead, which is the safe ' +
      'choice when alarms are the rollback safety net.',
    exam: 'fail safe: a deployment guarded by alarms should stop when the guard cannot be checked.',
  },
  resourceTypes: [GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const group of context.resources(GROUP)) {
      const flag = valueOf(valueOf(group.properties, 'AlarmConfiguration'), 'IgnorePollAlarmFailure');
      if (literalBoolean(flag) !== true) continue;
      hits.push({
        message:
          `Deployment group '${group.logicalId}' continues deployments when the alarm states cannot be read: a broken alarm ` +
          'setup silently removes the rollback safety net',
        span: flag!.span,
        path: [...base(group), 'AlarmConfiguration', 'IgnorePollAlarmFailure'],
      });
    }
    return hits;
  },
};
