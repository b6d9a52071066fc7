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
/** AppSpec hooks of an ECS deployment: BeforeInstall runs before the replacement task set is created, the others after it. */
const ECS_HOOKS_BEFORE_INSTALL = ['BeforeInstall'];
const ECS_HOOKS_BEFORE_TRAFFIC = ['AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic'];
const ifNamed = (hook: string) => `${hook} (if the AppSpec names a hook)`;

/** Lambda or ECS traffic shifting through this deployment group. */
export function trafficGroupTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration, platform: 'Lambda' | 'ECS', hooks?: { before: string[]; after: string[] }): Timeline | undefined {
  const chosen = groupConfig(context, group, platform);
  if (!chosen?.config.routing) return undefined;
  const reader = settingsReader(context);
  reader.note('DeploymentConfigName', chosen.config.name, chosen.origin === 'assumed' ? 'assumed' : 'template');
  const watch = alarmWatch(group);
  const alarms = watch.enabled ? watch.names.map(({ node, path }) => watchedAlarm(context, node, path)) : [];
  const common = {
    config: chosen.config,
    alarms,
    rollbackEvents: rollbackEvents(group),
    settings: reader.settings,
    decidingSpans: ['DeploymentConfigName', 'AlarmConfiguration', 'AutoRollbackConfiguration'].flatMap((name) => entryOf(group.properties, name)?.span ?? []),
    decidingPath: ['Resources', group.logicalId, 'Properties', 'DeploymentConfigName'],
    notes: chosen.origin === 'assumed' ? ['No DeploymentConfigName: the simulation assumes all at once.'] : [],
  };
  if (platform === 'Lambda') {
    return trafficTimeline({ ...common, title: `Deployment: Lambda traffic shifting with ${chosen.config.name}`, hooksBefore: hooks?.before ?? [ifNamed('BeforeAllowTraffic')], hooksAfter: hooks?.after ?? [ifNamed('AfterAllowTraffic')] });
  }
  const service = context.referenced(nodeAt(group.properties, ['ECSServices', 0, 'ServiceName']));
  const fleet = fleetSize(context, options, group.logicalId, [{ name: service ? `DesiredCount of ${service.logicalId}` : 'DesiredCount', node: valueOf(service?.properties, 'DesiredCount') }]);
  const wait = reader.number('TerminationWaitTimeInMinutes', nodeAt(group.properties, ['BlueGreenDeploymentConfiguration', 'TerminateBlueInstancesOnDeploymentSuccess', 'TerminationWaitTimeInMinutes']), 0);
  return trafficTimeline({
    ...common,
    title: `Deployment: ECS blue/green with ${chosen.config.name}`,
    fleet,
    terminationWaitMinutes: wait,
    hooksBeforeInstall: ECS_HOOKS_BEFORE_INSTALL.map(ifNamed),
    hooksBefore: ECS_HOOKS_BEFORE_TRAFFIC.map(ifNamed),
    hooksAfter: [ifNamed('AfterAllowTraffic')],
  });
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
