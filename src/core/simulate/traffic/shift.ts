/**
 * Traffic shifting by CodeDeploy (Lambda aliases and ECS task sets): all at once, a canary (two
 * increments) or linear (equal increments, the interval between them), with the lifecycle hooks
 * before and after and the alarms that stop it. Shared by every way a template asks for it.
 */
import type { StepInput } from '../assemble';
import { count } from '../assemble';
import { exactly, formatSeconds, minutes } from '../time';
import type { SimulationProblem, Split, Wait } from '../types';
import type { Routing } from '../codedeploy/config';
import type { WatchedAlarm } from './alarms';

export interface ShiftInput {
  routing: Routing;
  /** ECS: hooks run before the replacement task set exists (BeforeInstall). */
  hooksBeforeInstall?: string[];
  /** Hooks run before traffic moves, e.g. ['BeforeAllowTraffic (PreTraffic: CheckFunction)']. */
  hooksBefore: string[];
  hooksAfter: string[];
  alarms: WatchedAlarm[];
  /** What a failure or an alarm leads to. */
  onFailure: string;
  /** ECS: tasks of each task set; absent for Lambda. */
  tasks?: number;
  /** ECS: minutes the original task set is kept after the shift. */
  terminationWaitMinutes?: number;
}

/** Percentages of traffic on the new version after each increment. */
export function increments(routing: Routing): number[] {
  if (routing.type === 'AllAtOnce') return [100];
  if (routing.type === 'TimeBasedCanary') return routing.percent >= 100 ? [100] : [routing.percent, 100];
  const steps: number[] = [];
  for (let share = routing.percent; share < 100; share += routing.percent) steps.push(Math.round(share * 10) / 10);
  return [...steps, 100];
}

/** Seconds from the first increment until all traffic is on the new version. */
export function secondsToFullShift(routing: Routing): number {
  return routing.type === 'AllAtOnce' ? 0 : (increments(routing).length - 1) * minutes(routing.minutes);
}

/** A BeforeInstall hook fails before anything has changed: CodeDeploy has nothing to roll back. */
const BEFORE_INSTALL_FAILURE = 'A hook reporting Failed here ends the deployment before the replacement task set exists: there is nothing to roll back yet, and the original task set keeps all traffic.';

function hookWait(hook: string): Wait {
  return { kind: 'hook', text: `${hook} reports Succeeded or Failed` };
}

/** ECS: the hooks before the replacement task set, then the task set itself. */
function installSteps(input: ShiftInput, tasks: number): StepInput[] {
  const beforeInstall = (input.hooksBeforeInstall ?? []).map((hook) => ({
    title: `Hook ${hook}`,
    inService: { old: tasks, new: 0 },
    running: { old: tasks, new: 0 },
    traffic: { old: 100, new: 0 },
    waits: [hookWait(hook)],
    onFailure: BEFORE_INSTALL_FAILURE,
  }));
  const start = { title: `Start the replacement task set (${count(tasks, 'task')})`, inService: { old: tasks, new: 0 }, running: { old: tasks, new: tasks }, traffic: { old: 100, new: 0 }, waits: [{ kind: 'health' as const, text: 'replacement tasks running and healthy in the target group' }], onFailure: input.onFailure };
  return [...beforeInstall, start];
}

function alarmWaits(alarms: readonly WatchedAlarm[]): Wait[] {
  return alarms.length > 0 ? [{ kind: 'alarms', text: `${count(alarms.length, 'alarm')} watched: one in ALARM stops the deployment` }] : [];
}

export function shiftSteps(input: ShiftInput): StepInput[] {
  const tasks = input.tasks;
  const both = (traffic: Split) => (tasks === undefined ? {} : { inService: { old: tasks, new: tasks }, running: { old: tasks, new: tasks }, traffic });
  const steps: StepInput[] = tasks === undefined ? [] : installSteps(input, tasks);
  for (const hook of input.hooksBefore) {
    steps.push({ title: `Hook ${hook}`, ...both({ old: 100, new: 0 }), traffic: { old: 100, new: 0 }, waits: [hookWait(hook)], onFailure: input.onFailure });
  }
  const shares = increments(input.routing);
  shares.forEach((share, index) => {
    const last = index === shares.length - 1;
    const interval = input.routing.type === 'AllAtOnce' || last ? [] : [{ kind: 'interval' as const, text: `${formatSeconds(minutes(input.routing.minutes))} before the next increment`, seconds: exactly(minutes(input.routing.minutes)) }];
    steps.push({
      title: shares.length === 1 ? 'Shift all traffic at once' : `Shift to ${share}% on the new version`,
      ...both({ old: 100 - share, new: share }),
      traffic: { old: Math.round((100 - share) * 10) / 10, new: share },
      waits: [...interval, ...alarmWaits(input.alarms)],
      onFailure: input.onFailure,
    });
  });
  for (const hook of input.hooksAfter) {
    steps.push({ title: `Hook ${hook}`, ...both({ old: 0, new: 100 }), traffic: { old: 0, new: 100 }, waits: [hookWait(hook), ...alarmWaits(input.alarms)], onFailure: input.onFailure });
  }
  if (tasks !== undefined) {
    const wait = input.terminationWaitMinutes ?? 0;
    steps.push({ title: `Terminate the original task set after ${wait} min`, inService: { old: 0, new: tasks }, running: { old: tasks, new: tasks }, traffic: { old: 0, new: 100 }, waits: [{ kind: 'cleanup', text: `TerminationWaitTimeInMinutes ${wait}`, seconds: exactly(minutes(wait)) }], onFailure: 'Until the original task set is gone, a rollback shifts traffic straight back to it.' });
  }
  return steps;
}

/** "10% first, the rest after 5 min", "10% more every 1 min: all traffic after 9 min", "all traffic at once". */
export function shiftSummary(routing: Routing, alarms: readonly WatchedAlarm[]): string {
  const watched = alarms.length > 0 ? `, ${count(alarms.length, 'alarm')} watched` : ', no alarm watched';
  if (routing.type === 'AllAtOnce') return `all traffic at once${watched}`;
  const full = formatSeconds(secondsToFullShift(routing));
  if (routing.type === 'TimeBasedCanary') return `${routing.percent}% first, the rest after ${full}${watched}`;
  return `${routing.percent}% more every ${formatSeconds(minutes(routing.minutes))}: all traffic after ${full}${watched}`;
}

/** Alarms that cannot go into ALARM before all traffic has moved (a canary or linear shift only). */
export function slowAlarmProblems(routing: Routing, alarms: readonly WatchedAlarm[], ruleIds: readonly string[] = ['CX0615']): SimulationProblem[] {
  if (routing.type === 'AllAtOnce') return [];
  const full = secondsToFullShift(routing);
  return alarms
    .filter((alarm) => alarm.fastestAlarm !== undefined && alarm.fastestAlarm > full)
    .map((alarm) => ({
      code: 'alarm-slower-than-shift' as const,
      message: `Alarm ${alarm.label} needs ${formatSeconds(alarm.fastestAlarm!)} of breaching data before it can go into ALARM, but all traffic is on the new version after ${formatSeconds(full)}: it cannot stop the shift in time`,
      rules: ruleIds,
      at: { span: alarm.node.span, path: alarm.path },
    }));
}
