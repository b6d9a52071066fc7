/**
 * ECS-native blue/green, linear and canary deployments (DeploymentConfiguration Strategy with the
 * ECS controller): the green revision scales up beside the blue one, test traffic, production
 * traffic shifts, then both run for BakeTimeInMinutes before the blue revision is removed.
 */
import { entryOf, isSeq, nodeAt, valueOf, type TemplateNode } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalBoolean, literalString } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { assemble, count, type StepInput } from '../assemble';
import type { Routing } from '../codedeploy/config';
import { settingsReader, type SettingsReader } from '../read';
import { exactly, formatSeconds, minutes } from '../time';
import { increments, secondsToFullShift } from '../traffic/shift';
import type { SimulationOptions, Timeline, Wait } from '../types';
import { serviceFleet } from './service';
import { shiftLimitProblem } from './shiftLimit';

const BLUE_GREEN_URL = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html';
/** Defaults of the ECS API (CanaryConfiguration, LinearConfiguration). */
export const ECS_NATIVE_DEFAULTS = { canaryPercent: 5, canaryBakeMinutes: 10, stepPercent: 10, stepBakeMinutes: 6 } as const;
/**
 * Without BakeTimeInMinutes the sources disagree: the ECS API asks for it with BLUE_GREEN, while the
 * CloudFormation reference lists fallbacks (36 hours for these strategies) that its own 33-hour limit on
 * canary and linear deployments would then reject. So the simulation claims no length for the bake.
 */
const BAKE_NOT_SET_NOTE = 'BakeTimeInMinutes is not set, and the AWS documentation gives no default the simulation can rely on (the ECS API asks for it with BLUE_GREEN): the bake time is left open.';
const BAKE_COMPUTED_NOTE = 'BakeTimeInMinutes is computed at deploy time: the bake time is left open.';

function routingOf(reader: SettingsReader, strategy: string, configuration: TemplateNode | undefined): Routing {
  if (strategy === 'CANARY') {
    const canary = valueOf(configuration, 'CanaryConfiguration');
    return { type: 'TimeBasedCanary', percent: reader.number('CanaryPercent', valueOf(canary, 'CanaryPercent'), ECS_NATIVE_DEFAULTS.canaryPercent), minutes: reader.number('CanaryBakeTimeInMinutes', valueOf(canary, 'CanaryBakeTimeInMinutes'), ECS_NATIVE_DEFAULTS.canaryBakeMinutes) };
  }
  if (strategy === 'LINEAR') {
    const linear = valueOf(configuration, 'LinearConfiguration');
    return { type: 'TimeBasedLinear', percent: reader.number('StepPercent', valueOf(linear, 'StepPercent'), ECS_NATIVE_DEFAULTS.stepPercent), minutes: reader.number('StepBakeTimeInMinutes', valueOf(linear, 'StepBakeTimeInMinutes'), ECS_NATIVE_DEFAULTS.stepBakeMinutes) };
  }
  return { type: 'AllAtOnce' };
}

/** Lifecycle stage → the hooks that run there. */
function hooksByStage(service: ResourceDeclaration): Map<string, number> {
  const hooks = nodeAt(service.properties, ['DeploymentConfiguration', 'LifecycleHooks']);
  const stages = new Map<string, number>();
  for (const hook of isSeq(hooks) ? hooks.items : []) {
    const list = valueOf(hook, 'LifecycleStages');
    for (const stage of isSeq(list) ? list.items : []) {
      const name = literalString(stage);
      if (name) stages.set(name, (stages.get(name) ?? 0) + 1);
    }
  }
  return stages;
}

/** BakeTimeInMinutes as the template gives it; undefined (recorded as not known) when it is left out or computed. */
function bakeMinutesOf(reader: SettingsReader, configuration: TemplateNode | undefined): number | undefined {
  const node = valueOf(configuration, 'BakeTimeInMinutes');
  const bake = reader.optionalNumber('BakeTimeInMinutes', node);
  if (bake === undefined) reader.note('BakeTimeInMinutes', node === undefined ? 'not set' : 'computed', 'assumed');
  return bake;
}

function bakeNotes(configuration: TemplateNode | undefined, bake: number | undefined): string[] {
  if (bake !== undefined) return [];
  return [valueOf(configuration, 'BakeTimeInMinutes') === undefined ? BAKE_NOT_SET_NOTE : BAKE_COMPUTED_NOTE];
}

function bakeStep(tasks: number, bake: number | undefined, alarmWait: Wait[]): StepInput {
  const wait: Wait = bake === undefined ? { kind: 'bake', text: 'BakeTimeInMinutes not known from the template' } : { kind: 'bake', text: `BakeTimeInMinutes ${bake}`, seconds: exactly(minutes(bake)) };
  return {
    title: `Bake: both revisions run ${bake === undefined ? 'for a time the template does not set' : `for ${bake} min`}`,
    inService: { old: 0, new: tasks },
    running: { old: tasks, new: tasks },
    traffic: { old: 0, new: 100 },
    waits: [wait, ...alarmWait],
    onFailure: 'During the bake time a rollback is immediate: traffic moves back to the blue tasks.',
  };
}

export function ecsNativeTimeline(context: CheckContext, options: SimulationOptions, service: ResourceDeclaration, strategy: string): Timeline {
  const configuration = valueOf(service.properties, 'DeploymentConfiguration');
  const reader = settingsReader(context);
  reader.note('Strategy', strategy, 'template');
  const fleet = serviceFleet(context, options, service);
  const tasks = fleet.size;
  const routing = routingOf(reader, strategy, configuration);
  const bake = bakeMinutesOf(reader, configuration);
  const stages = hooksByStage(service);
  const alarmNames = nodeAt(configuration, ['Alarms', 'AlarmNames']);
  const alarms = literalBoolean(nodeAt(configuration, ['Alarms', 'Enable'])) === true && isSeq(alarmNames) ? alarmNames.items.length : 0;
  const hookWaits = (...names: string[]): Wait[] => names.flatMap((stage) => (stages.has(stage) ? [{ kind: 'hook' as const, text: `${count(stages.get(stage)!, 'lifecycle hook')} at ${stage}` }] : []));
  const alarmWait: Wait[] = alarms > 0 ? [{ kind: 'alarms', text: `${count(alarms, 'alarm')} watched: one in ALARM rolls back to the blue revision` }] : [];
  const onFailure = 'A hook that fails or an alarm in ALARM rolls back: production traffic returns to the blue revision, which is still running.';
  const steps: StepInput[] = [
    { title: `Scale up the green revision (${count(tasks, 'task')}) beside the blue one`, inService: { old: tasks, new: 0 }, running: { old: tasks, new: tasks }, traffic: { old: 100, new: 0 }, waits: [...hookWaits('RECONCILE_SERVICE', 'PRE_SCALE_UP'), { kind: 'health', text: 'green tasks running and healthy' }, ...hookWaits('POST_SCALE_UP')], onFailure },
    { title: 'Test traffic to the green revision', inService: { old: tasks, new: tasks }, running: { old: tasks, new: tasks }, traffic: { old: 100, new: 0 }, waits: hookWaits('TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT'), onFailure },
  ];
  const shares = increments(routing);
  shares.forEach((share, index) => {
    const last = index === shares.length - 1;
    const wait: Wait[] = routing.type !== 'AllAtOnce' && !last ? [{ kind: 'bake', text: `${formatSeconds(minutes(routing.minutes))} before the next step`, seconds: exactly(minutes(routing.minutes)) }] : [];
    steps.push({
      title: shares.length === 1 ? 'Shift all production traffic to green' : `Shift ${share}% of production traffic to green`,
      inService: { old: tasks, new: tasks },
      running: { old: tasks, new: tasks },
      traffic: { old: Math.round((100 - share) * 10) / 10, new: share },
      waits: [...(index === 0 ? hookWaits('PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT') : []), ...wait, ...(last ? hookWaits('POST_PRODUCTION_TRAFFIC_SHIFT') : []), ...alarmWait],
      onFailure,
    });
  });
  steps.push(bakeStep(tasks, bake, alarmWait));
  steps.push({ title: 'Clean up: the blue revision scales down', inService: { old: 0, new: tasks }, running: { old: 0, new: tasks }, traffic: { old: 0, new: 100 }, waits: [], onFailure: 'After clean-up, going back means another deployment.' });
  const overLimit = shiftLimitProblem(routing, bake);
  return assemble({
    kind: 'ecs-blue-green',
    title: `Deployment: ECS ${strategy.toLowerCase().replace('_', '/')} (ECS controller)`,
    unit: 'tasks',
    fleet,
    steps,
    settings: reader.settings,
    problems: overLimit ? [overLimit] : [],
    notes: ['Both revisions run at full size until clean-up: capacity doubles during the deployment.', stages.size > 0 ? `Lifecycle hooks at ${[...stages.keys()].join(', ')}.` : 'No lifecycle hook.', ...bakeNotes(configuration, bake)],
    summary: `green ${count(tasks, 'task')} beside blue, ${routing.type === 'AllAtOnce' ? 'all production traffic at once' : `production traffic in ${shares.length} steps over ${formatSeconds(secondsToFullShift(routing))}`}, then ${bake === undefined ? 'a bake time the template does not set' : `${bake} min bake time`}${alarms > 0 ? `, ${count(alarms, 'alarm')} watched` : ''}`,
    url: BLUE_GREEN_URL,
    decidingSpans: [entryOf(service.properties, 'DeploymentConfiguration')?.span].filter((span) => span !== undefined),
    decidingPath: ['Resources', service.logicalId, 'Properties', 'DeploymentConfiguration', 'Strategy'],
  });
}
