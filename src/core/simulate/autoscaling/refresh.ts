/** AutoScalingInstanceRefresh: CloudFormation starts an Auto Scaling instance refresh with the Preferences given. */
import { isMap, isSeq, nodeAt, valueOf, type TemplateNode } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { attributeAt } from '../../rules/catalogue/support/values';
import type { ResourceDeclaration } from '../../sections';
import { assemble, count, type StepInput } from '../assemble';
import { asNumber, resolveScalar, settingsReader } from '../read';
import { exactly, formatSeconds } from '../time';
import type { SimulationOptions, Timeline, Wait } from '../types';
import { groupFleet, policyEntries, UPDATE_POLICY_URL } from './group';
import { sharedUpdateProblems } from './updateProblems';

const REFRESH_URL = 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_RefreshPreferences.html';
export const REFRESH_DEFAULTS = { minHealthyPercentage: 90, maxHealthyPercentage: 100, checkpointDelaySeconds: 3600, bakeTimeSeconds: 0 } as const;

export interface RefreshPlanInput {
  fleet: number;
  minHealthyPercentage: number;
  maxHealthyPercentage: number;
}

/** Instances replaced at a time and the fewest in service: the range between the two percentages (min rounded up, max down). */
export function planRefresh({ fleet, minHealthyPercentage, maxHealthyPercentage }: RefreshPlanInput): { batch: number; lowest: number; headroom: number } {
  const minHealthy = Math.ceil((fleet * minHealthyPercentage) / 100 - 1e-9);
  const maxTotal = Math.max(fleet, Math.floor((fleet * maxHealthyPercentage) / 100 + 1e-9));
  const batch = Math.min(fleet, Math.max(1, maxTotal - minHealthy));
  const headroom = maxTotal - fleet;
  return { batch, lowest: fleet - batch + Math.min(batch, headroom), headroom };
}

export function instanceRefreshTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): Timeline | undefined {
  const refresh = attributeAt(group, 'UpdatePolicy', 'AutoScalingInstanceRefresh');
  if (!isMap(refresh)) return undefined;
  const preferences = valueOf(refresh, 'Preferences');
  const maintenance = valueOf(group.properties, 'InstanceMaintenancePolicy');
  const reader = settingsReader(context);
  const fleet = groupFleet(context, options, group);
  const minPercent = reader.number('MinHealthyPercentage', valueOf(preferences, 'MinHealthyPercentage') ?? valueOf(maintenance, 'MinHealthyPercentage'), REFRESH_DEFAULTS.minHealthyPercentage);
  const maxPercent = reader.number('MaxHealthyPercentage', valueOf(preferences, 'MaxHealthyPercentage') ?? valueOf(maintenance, 'MaxHealthyPercentage'), REFRESH_DEFAULTS.maxHealthyPercentage);
  const warmup = reader.optionalNumber('InstanceWarmup', valueOf(preferences, 'InstanceWarmup'));
  const checkpoints = literalNumbers(context, valueOf(preferences, 'CheckpointPercentages'));
  const delay = checkpoints.length > 0 ? reader.number('CheckpointDelay', valueOf(preferences, 'CheckpointDelay'), REFRESH_DEFAULTS.checkpointDelaySeconds) : 0;
  const bake = reader.number('BakeTime', valueOf(preferences, 'BakeTime'), REFRESH_DEFAULTS.bakeTimeSeconds);
  const alarms = nodeAt(preferences, ['AlarmSpecification', 'Alarms']);
  const plan = planRefresh({ fleet: fleet.size, minHealthyPercentage: minPercent, maxHealthyPercentage: maxPercent });
  const steps: StepInput[] = [];
  const onFailure = 'The refresh fails (an instance never turns healthy, or an alarm goes into ALARM): the stack update fails and rolls back, and CloudFormation refreshes the group back to its previous configuration.';
  let replaced = 0;
  let passed = 0;
  while (replaced < fleet.size) {
    const size = Math.min(plan.batch, fleet.size - replaced);
    const launchFirst = Math.min(size, plan.headroom);
    const waits: Wait[] = [warmup !== undefined ? { kind: 'warmup', text: `InstanceWarmup ${formatSeconds(warmup)} after the new instances are in service`, seconds: exactly(warmup) } : { kind: 'health', text: "new instances pass the group's health checks (warm-up: the group's default)" }];
    replaced += size;
    const reached = checkpoints.filter((point) => point > passed && (replaced * 100) / fleet.size >= point);
    if (reached.length > 0 && replaced < fleet.size) waits.push({ kind: 'pause', text: `checkpoint ${reached.at(-1)}%: CheckpointDelay ${formatSeconds(delay)}`, seconds: exactly(delay) });
    passed = Math.max(passed, ...reached);
    steps.push({
      title: `Replace ${count(size, 'instance')} (${replaced} of ${fleet.size} done)`,
      inService: { old: fleet.size - replaced, new: replaced - size + launchFirst },
      running: { old: fleet.size - replaced + size, new: replaced - size + launchFirst },
      waits,
      onFailure,
    });
  }
  if (bake > 0) {
    steps.push({ title: 'BakeTime before the refresh counts as complete', inService: { old: 0, new: fleet.size }, waits: [{ kind: 'bake', text: `BakeTime ${formatSeconds(bake)}`, seconds: exactly(bake) }], onFailure });
  }
  return assemble({
    kind: 'asg-refresh',
    title: 'Stack update: AutoScalingInstanceRefresh',
    unit: 'instances',
    fleet,
    steps,
    settings: reader.settings,
    problems: sharedUpdateProblems(context, group),
    notes: [
      `${isSeq(alarms) && alarms.items.length > 0 ? `Watched alarms: ${alarms.items.length}; one in ALARM fails the refresh.` : 'No alarm is watched.'} Instances show they are ready through health checks, not cfn-signal.`,
      `Preferences as the Auto Scaling API documents them: ${REFRESH_URL}`,
    ],
    summary: `${count(Math.ceil(fleet.size / plan.batch), 'batch')} of ${plan.batch}, never fewer than ${plan.lowest} in service (MinHealthyPercentage ${minPercent}, MaxHealthyPercentage ${maxPercent})`,
    url: UPDATE_POLICY_URL,
    decidingSpans: policyEntries(group, 'AutoScalingInstanceRefresh').map((entry, index) => (index === 0 ? entry.key.span : entry.span)),
    decidingPath: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingInstanceRefresh'],
  });
}

function literalNumbers(context: CheckContext, node: TemplateNode | undefined): number[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => asNumber(resolveScalar(context, item)?.value) ?? []).sort((a, b) => a - b);
}
