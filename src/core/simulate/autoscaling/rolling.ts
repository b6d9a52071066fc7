/** AutoScalingRollingUpdate: replace instances in batches while keeping a minimum in service. */
import { isMap, valueOf, type MapNode } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { attributeAt } from '../../rules/catalogue/support/values';
import { signalEvidence } from '../../rules/exam/userData';
import type { ResourceDeclaration } from '../../sections';
import { assemble, count, type StepInput } from '../assemble';
import { settingsReader } from '../read';
import { durationSeconds, exactly, formatSeconds, upTo } from '../time';
import type { SimulationOptions, SimulationProblem, Timeline, Wait } from '../types';
import { planRollingUpdate, signalsNeeded, type RollingPlan } from './batches';
import { groupFleet, policyEntries, suspendedProcesses, UPDATE_POLICY_URL } from './group';
import { sharedUpdateProblems } from './updateProblems';

/** The most instances one batch may hold, and the longest PauseTime, as the UpdatePolicy reference gives them. */
export const ROLLING_LIMITS = { maxBatchSize: 100, pauseTimeSeconds: 3600 } as const;
export const ROLLING_DEFAULTS = { maxBatchSize: 1, minInService: 0, successPercent: 100, pauseWithSignals: 'PT5M', pauseWithoutSignals: 'PT0S' } as const;
const NEEDED_PROCESSES = ['Launch', 'Terminate', 'AddToLoadBalancer'];

interface RollingSettings {
  fleet: number;
  maxSize?: number;
  batch: number;
  minInService: number;
  wait: boolean;
  pause: number;
  percent: number;
}

export function rollingUpdateTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): Timeline | undefined {
  const policy = attributeAt(group, 'UpdatePolicy', 'AutoScalingRollingUpdate');
  if (!isMap(policy)) return undefined;
  const reader = settingsReader(context);
  const fleet = groupFleet(context, options, group);
  const wait = reader.boolean('WaitOnResourceSignals', valueOf(policy, 'WaitOnResourceSignals'), false);
  const pauseText = reader.string('PauseTime', valueOf(policy, 'PauseTime'), wait ? ROLLING_DEFAULTS.pauseWithSignals : ROLLING_DEFAULTS.pauseWithoutSignals);
  const settings: RollingSettings = {
    fleet: fleet.size,
    maxSize: reader.optionalNumber('MaxSize', valueOf(group.properties, 'MaxSize')),
    batch: reader.number('MaxBatchSize', valueOf(policy, 'MaxBatchSize'), ROLLING_DEFAULTS.maxBatchSize),
    minInService: reader.number('MinInstancesInService', valueOf(policy, 'MinInstancesInService'), ROLLING_DEFAULTS.minInService),
    wait,
    pause: durationSeconds(pauseText) ?? durationSeconds(wait ? ROLLING_DEFAULTS.pauseWithSignals : ROLLING_DEFAULTS.pauseWithoutSignals)!,
    percent: reader.number('MinSuccessfulInstancesPercent', valueOf(policy, 'MinSuccessfulInstancesPercent'), ROLLING_DEFAULTS.successPercent),
  };
  const plan = planRollingUpdate({ fleet: settings.fleet, maxSize: settings.maxSize, maxBatchSize: settings.batch, minInService: settings.minInService });
  const suspended = suspendedProcesses(group);
  return assemble({
    kind: 'asg-rolling',
    title: 'Stack update: AutoScalingRollingUpdate',
    unit: 'instances',
    fleet,
    steps: plan.blocked ? [blockedStep(settings)] : rollingSteps(plan, settings),
    settings: reader.settings,
    problems: [...rollingProblems(context, group, settings, plan, policy), ...sharedUpdateProblems(context, group)],
    notes: [
      'Times count the waits the UpdatePolicy sets, not the time instances take to launch.',
      suspended.length > 0 ? `Suspended while the update runs: ${suspended.join(', ')}.` : 'No Auto Scaling process is suspended: scaling, health checks or AZ rebalancing may change the group mid-update.',
      'If the stack update fails, the rollback runs with the UpdatePolicy the stack had before this update.',
    ],
    summary: rollingSummary(plan, settings),
    url: UPDATE_POLICY_URL,
    decidingSpans: policyEntries(group, 'AutoScalingRollingUpdate').map((entry, index) => (index === 0 ? entry.key.span : entry.span)),
    decidingPath: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingRollingUpdate'],
  });
}

function batchWaits(launched: number, settings: RollingSettings): Wait[] {
  if (launched === 0) return [];
  if (settings.wait) {
    const needed = signalsNeeded(launched, settings.percent);
    return [{ kind: 'signals', text: `success signals from ${needed} of the ${count(launched, 'new instance')} (cfn-signal), within PauseTime ${formatSeconds(settings.pause)}`, seconds: upTo(settings.pause) }];
  }
  return settings.pause > 0 ? [{ kind: 'pause', text: `PauseTime ${formatSeconds(settings.pause)} after the batch`, seconds: exactly(settings.pause) }] : [];
}

function batchFailure(settings: RollingSettings): string {
  return settings.wait
    ? 'Too few success signals within PauseTime, or a failure signal: the update fails and CloudFormation rolls back, replacing the new instances with ones from the previous launch template.'
    : 'Nothing checks the new instances (no WaitOnResourceSignals): a broken instance counts as updated; only a launch failure fails the update and rolls it back.';
}

function rollingSteps(plan: RollingPlan, settings: RollingSettings): StepInput[] {
  const steps: StepInput[] = [];
  if (plan.surge > 0) {
    steps.push({
      title: `Raise the group to ${settings.fleet + plan.surge} instances: ${count(plan.surge, 'new instance')} before any old one goes`,
      inService: { old: settings.fleet, new: 0 },
      running: { old: settings.fleet, new: plan.surge },
      waits: batchWaits(plan.surge, settings),
      onFailure: batchFailure(settings),
    });
  }
  plan.batches.forEach((batch, index) => {
    const title = batch.launch > 0 ? `replace ${count(batch.terminate, 'instance')}` : `terminate the last ${count(batch.terminate, 'old instance')}`;
    steps.push({
      title: `Batch ${index + 1} of ${plan.batches.length}: ${title}`,
      inService: { old: batch.oldBefore - batch.terminate, new: batch.newBefore },
      running: { old: batch.oldBefore - batch.terminate, new: batch.newBefore + batch.launch },
      waits: batchWaits(batch.launch, settings),
      onFailure: batchFailure(settings),
    });
  });
  return steps;
}

function blockedStep(settings: RollingSettings): StepInput {
  return {
    title: 'The update cannot take any instance out of service',
    inService: { old: settings.fleet, new: 0 },
    waits: [],
    onFailure: `MinInstancesInService ${settings.minInService} is not less than MaxSize ${settings.maxSize}: the update fails and the stack rolls back.`,
  };
}

function rollingSummary(plan: RollingPlan, settings: RollingSettings): string {
  if (plan.blocked) return `cannot run: MinInstancesInService ${settings.minInService} is not less than MaxSize ${settings.maxSize}`;
  if (plan.batches.length === 0) return 'no instance to replace';
  const sizes = plan.batches.map((batch) => batch.terminate);
  const largest = Math.max(...sizes);
  const lowest = Math.min(...plan.batches.map((batch) => batch.oldBefore - batch.terminate + batch.newBefore));
  const launching = (plan.surge > 0 ? 1 : 0) + plan.batches.filter((batch) => batch.launch > 0).length;
  const parts = [
    plan.surge > 0 ? `${count(plan.surge, 'extra instance')} first` : '',
    `${count(plan.batches.length, 'batch')} of ${sizes.every((size) => size === largest) ? '' : 'up to '}${largest}`,
    `never fewer than ${lowest} in service`,
    settings.wait
      ? `up to ${launching} × ${formatSeconds(settings.pause)} waiting for signals`
      : settings.pause > 0
        ? `${launching} × ${formatSeconds(settings.pause)} pause`
        : 'no wait between batches',
  ];
  return parts.filter(Boolean).join(', ');
}

function rollingProblems(
  context: CheckContext,
  group: ResourceDeclaration,
  settings: RollingSettings,
  plan: RollingPlan,
  policy: MapNode,
): SimulationProblem[] {
  const problems: SimulationProblem[] = [];
  if (plan.blocked) {
    problems.push({
      code: 'min-not-below-max',
      message: `MinInstancesInService ${settings.minInService} is not less than MaxSize ${settings.maxSize}: CloudFormation can never take an instance out of service, so the update fails`,
      rules: ['CX0910'],
    });
  }
  if (settings.batch > settings.fleet && settings.fleet > 0) {
    problems.push({ code: 'batch-exceeds-fleet', message: `MaxBatchSize ${settings.batch} is larger than the group's ${count(settings.fleet, 'instance')}: the whole group is one batch`, rules: [] });
  }
  const first = plan.batches[0];
  if (first && plan.surge === 0 && first.oldBefore - first.terminate + first.newBefore === 0) {
    problems.push({ code: 'whole-fleet-at-once', message: `Every instance of the group is out of service at once (MaxBatchSize ${settings.batch}, MinInstancesInService ${settings.minInService})`, rules: ['CX0920'] });
  }
  if (settings.batch > ROLLING_LIMITS.maxBatchSize) {
    problems.push({ code: 'batch-size-limit', message: `MaxBatchSize ${settings.batch} is above the maximum of ${ROLLING_LIMITS.maxBatchSize}`, rules: [] });
  }
  if (settings.pause > ROLLING_LIMITS.pauseTimeSeconds) {
    problems.push({ code: 'pause-too-long', message: `PauseTime ${formatSeconds(settings.pause)} is longer than the maximum PT1H`, rules: ['CX0911'] });
  }
  if (valueOf(policy, 'MinSuccessfulInstancesPercent') !== undefined && !settings.wait) {
    problems.push({ code: 'percent-without-signals', message: 'MinSuccessfulInstancesPercent has no effect without WaitOnResourceSignals: true', rules: ['CX0917'] });
  }
  if (settings.wait && signalEvidence(context.template, group) === 'never') {
    problems.push({ code: 'no-signal-sender', message: 'The update waits for signals, but the user data never runs cfn-signal: every batch times out after PauseTime and the update rolls back', rules: ['CX1002'] });
  }
  const needed = suspendedProcesses(group).filter((process) => NEEDED_PROCESSES.includes(process));
  if (needed.length > 0) {
    problems.push({ code: 'needed-process-suspended', message: `SuspendProcesses lists ${needed.join(', ')}, which the rolling update itself needs`, rules: [] });
  }
  return problems;
}
