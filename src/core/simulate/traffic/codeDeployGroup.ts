/** A CodeDeploy deployment group of the Lambda or ECS platform, and a Lambda alias updated through one. */
import { entryOf, nodeAt, valueOf } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { attributeAt, literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { alarmWatch, DEPLOYMENT_GROUP, groupConfig, rollbackEvents } from '../codedeploy/group';
import { fleetSize } from '../fleet';
import { settingsReader } from '../read';
import type { SimulationOptions, Timeline } from '../types';
import { watchedAlarm } from './alarms';
import { trafficTimeline } from './timeline';

const ALIAS_UPDATE_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html';
const ECS_HOOKS = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic'];

/** Lambda or ECS traffic shifting through this deployment group. */
export function trafficGroupTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration, platform: 'Lambda' | 'ECS', hooks?: { before: string[]; after: string[] }): Timeline | undefined {
  const chosen = groupConfig(context, group, platform);
  if (!chosen?.config.routing) return undefined;
  const reader = settingsReader(context);
  reader.note('DeploymentConfigName', chosen.config.name, chosen.origin === 'assumed' ? 'assumed' : 'template');
  const watch = alarmWatch(group);
  const alarms = watch.enabled ? watch.names.map(({ node, path }) => watchedAlarm(context, node, path)) : [];
  const events = rollbackEvents(group);
  const common = {
    config: chosen.config,
    alarms,
    rollback: events.includes('DEPLOYMENT_FAILURE') || events.includes('DEPLOYMENT_STOP_ON_ALARM'),
    settings: reader.settings,
    decidingSpans: ['DeploymentConfigName', 'AlarmConfiguration', 'AutoRollbackConfiguration'].flatMap((name) => entryOf(group.properties, name)?.span ?? []),
    decidingPath: ['Resources', group.logicalId, 'Properties', 'DeploymentConfigName'],
    notes: chosen.origin === 'assumed' ? ['No DeploymentConfigName: the simulation assumes all at once.'] : [],
  };
  if (platform === 'Lambda') {
    return trafficTimeline({ ...common, title: `Deployment: Lambda traffic shifting with ${chosen.config.name}`, hooksBefore: hooks?.before ?? ['BeforeAllowTraffic (if the AppSpec names a hook)'], hooksAfter: hooks?.after ?? ['AfterAllowTraffic (if the AppSpec names a hook)'] });
  }
  const service = context.referenced(nodeAt(group.properties, ['ECSServices', 0, 'ServiceName']));
  const fleet = fleetSize(context, options, group.logicalId, [{ name: service ? `DesiredCount of ${service.logicalId}` : 'DesiredCount', node: valueOf(service?.properties, 'DesiredCount') }]);
  const wait = reader.number('TerminationWaitTimeInMinutes', nodeAt(group.properties, ['BlueGreenDeploymentConfiguration', 'TerminateBlueInstancesOnDeploymentSuccess', 'TerminationWaitTimeInMinutes']), 0);
  return trafficTimeline({ ...common, title: `Deployment: ECS blue/green with ${chosen.config.name}`, fleet, terminationWaitMinutes: wait, hooksBefore: ECS_HOOKS.map((hook) => `${hook} (if the AppSpec names a hook)`), hooksAfter: ['AfterAllowTraffic (if the AppSpec names a hook)'] });
}

/** AWS::Lambda::Alias with an UpdatePolicy CodeDeployLambdaAliasUpdate: its deployment group shifts traffic on each new version. */
export function aliasUpdateTimelines(context: CheckContext, options: SimulationOptions, alias: ResourceDeclaration): Timeline[] {
  const policy = attributeAt(alias, 'UpdatePolicy', 'CodeDeployLambdaAliasUpdate');
  const group = context.referenced(valueOf(policy, 'DeploymentGroupName'));
  if (!policy || group?.type !== DEPLOYMENT_GROUP) return [];
  const hook = (key: string, event: string) => {
    const node = valueOf(policy, key);
    return node ? [`${event} (${context.referenced(node)?.logicalId ?? literalString(node) ?? 'hook function'})`] : [];
  };
  const timeline = trafficGroupTimeline(context, options, group, 'Lambda', { before: hook('BeforeAllowTrafficHook', 'BeforeAllowTraffic'), after: hook('AfterAllowTrafficHook', 'AfterAllowTraffic') });
  if (!timeline) return [];
  const entry = entryOf(alias.body, 'UpdatePolicy');
  return [{ ...timeline, title: `Stack update of the alias: CodeDeployLambdaAliasUpdate through ${group.logicalId}`, url: ALIAS_UPDATE_URL, decidingSpans: entry ? [entry.span] : [], decidingPath: ['Resources', alias.logicalId, 'UpdatePolicy', 'CodeDeployLambdaAliasUpdate'] }];
}
