/** A SAM function's DeploymentPreference: SAM has CodeDeploy shift the alias to each new version. */
import { entryOf, isSeq, nodeAt, valueOf } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { samPreference, SAM_FUNCTION, SAM_PREFERENCE_URL } from '../../rules/catalogue/serverless/samModel';
import { literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { resolveConfig } from '../codedeploy/config';
import { samTypeConfig } from '../codedeploy/predefined';
import { resolveScalar, settingsReader } from '../read';
import type { SimulationOptions, Timeline } from '../types';
import { watchedAlarm } from './alarms';
import { SAM_ROLLBACK_EVENTS } from './rollback';
import { trafficTimeline } from './timeline';

export { SAM_FUNCTION };

export function samTimelines(context: CheckContext, _options: SimulationOptions, func: ResourceDeclaration): Timeline[] {
  const preference = samPreference(context, func);
  if (!preference) return [];
  const reader = settingsReader(context);
  const typeNode = preference.value('Type');
  const type = resolveScalar(context, typeNode)?.value;
  if (typeof type !== 'string') return [];
  reader.note('DeploymentPreference Type', type, typeNode && resolveScalar(context, typeNode)?.origin === 'parameter' ? 'parameter' : 'template');
  const config = samTypeConfig(type) ?? resolveConfig(context, typeNode);
  if (!config?.routing) return [];
  const hooks = preference.value('Hooks');
  const hook = (key: string, event: string) => {
    const node = valueOf(hooks, key);
    if (!node) return [];
    const target = context.referenced(node)?.logicalId ?? literalString(node) ?? 'a hook function';
    return [`${event} (${key}: ${target})`];
  };
  const alarmList = preference.value('Alarms');
  const alarms = isSeq(alarmList) ? alarmList.items.map((item, index) => watchedAlarm(context, item, [...preference.pathOf('Alarms'), index])) : [];
  const ownEntry = entryOf(func.properties, 'DeploymentPreference');
  const globalEntry = entryOf(nodeAt(context.template.root, ['Globals', 'Function']), 'DeploymentPreference');
  return [
    trafficTimeline({
      title: `Deployment of a new version: DeploymentPreference ${type}`,
      config,
      hooksBefore: hook('PreTraffic', 'BeforeAllowTraffic'),
      hooksAfter: hook('PostTraffic', 'AfterAllowTraffic'),
      alarms,
      rollbackEvents: SAM_ROLLBACK_EVENTS,
      settings: reader.settings,
      problems: alarms.length === 0 ? [{ code: 'no-alarms', message: 'No Alarms: nothing rolls the shift back when the new version starts failing, only failing hooks do', rules: ['CX6002'] }] : [],
      notes: ['SAM creates the CodeDeploy application and deployment group, with automatic rollback on failure, on alarms and on request.'],
      url: SAM_PREFERENCE_URL,
      decidingSpans: [ownEntry?.span ?? globalEntry?.span].filter((span) => span !== undefined),
      decidingPath: preference.pathOf('Type'),
    }),
  ];
}
