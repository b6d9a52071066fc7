/** What a CodeDeploy deployment group does with its CloudWatch alarms, as its template says. */
import { isMap, isSeq, valueOf } from '../../../model';
import type { CheckContext } from '../../../rules/catalogue/support/context';
import { intrinsicName, literalBoolean, literalString } from '../../../rules/exam/values';
import type { ResourceDeclaration } from '../../../sections';

export const DEPLOYMENT_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
export const ALARM = 'AWS::CloudWatch::Alarm';

export interface GroupAlarms {
  /** Alarm names listed in AlarmConfiguration, as the template writes them (a logical ID for `Ref` to an alarm here). */
  listed: string[];
  /** AlarmConfiguration Enabled is true (CodeDeploy ignores the alarms otherwise). */
  watched: boolean;
  /** AutoRollbackConfiguration is enabled with DEPLOYMENT_STOP_ON_ALARM among its events. */
  rollsBackOnAlarm: boolean;
}

/** Undefined when a setting it needs is computed at deploy time. */
export function groupAlarms(context: CheckContext, group: ResourceDeclaration): GroupAlarms | undefined {
  const configuration = valueOf(group.properties, 'AlarmConfiguration');
  const rollback = valueOf(group.properties, 'AutoRollbackConfiguration');
  if ((configuration !== undefined && (!isMap(configuration) || intrinsicName(configuration))) || (rollback !== undefined && (!isMap(rollback) || intrinsicName(rollback)))) {
    return undefined;
  }
  const alarms = valueOf(configuration, 'Alarms');
  if (alarms !== undefined && !isSeq(alarms)) return undefined;
  const listed: string[] = [];
  for (const item of alarms?.items ?? []) {
    const nameNode = valueOf(item, 'Name');
    const name = context.referenced(nameNode)?.type === ALARM ? context.referenced(nameNode)!.logicalId : literalString(nameNode);
    if (name === undefined) return undefined;
    listed.push(name);
  }
  const enabled = flag(valueOf(configuration, 'Enabled'));
  const rollbackEnabled = flag(valueOf(rollback, 'Enabled'));
  const events = valueOf(rollback, 'Events');
  if (enabled === undefined || rollbackEnabled === undefined || (rollbackEnabled && !isSeq(events))) return undefined;
  const eventNames = isSeq(events) ? events.items.map(literalString) : [];
  if (eventNames.includes(undefined)) return undefined;
  return { listed, watched: enabled && listed.length > 0, rollsBackOnAlarm: rollbackEnabled && eventNames.includes('DEPLOYMENT_STOP_ON_ALARM') };
}

/** false when left out. */
function flag(node: Parameters<typeof literalBoolean>[0]): boolean | undefined {
  return node === undefined ? false : literalBoolean(node);
}

/** The alarm a question names: the group's first listed alarm, else an alarm of this template it does not list. */
export function alarmToAsk(context: CheckContext, alarms: GroupAlarms): string | undefined {
  return alarms.listed[0] ?? context.resources(ALARM)[0]?.logicalId;
}
