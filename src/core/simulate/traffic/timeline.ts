/** A traffic-shifting timeline, whichever part of the template asks for it. */
import type { NodePath, Span } from '../../model';
import { assemble } from '../assemble';
import type { DeploymentConfig } from '../codedeploy/config';
import type { FleetSize, SimulatedSetting, SimulationProblem, Timeline } from '../types';
import type { WatchedAlarm } from './alarms';
import { rollbackText } from './rollback';
import { shiftSteps, shiftSummary, slowAlarmProblems, type ShiftInput } from './shift';

export const LAMBDA_SHIFT_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html';

export interface TrafficTimelineInput {
  title: string;
  config: DeploymentConfig;
  /** ECS: hooks that run before the replacement task set is created (BeforeInstall). */
  hooksBeforeInstall?: string[];
  hooksBefore: string[];
  hooksAfter: string[];
  alarms: WatchedAlarm[];
  /** The enabled AutoRollbackConfiguration events: each decides for its own cause whether traffic shifts back. */
  rollbackEvents: readonly string[];
  /** Replaces the text built from `rollbackEvents`, where something other than the group decides (the BlueGreen hook). */
  onFailure?: string;
  settings: SimulatedSetting[];
  problems?: SimulationProblem[];
  notes?: string[];
  fleet?: FleetSize;
  terminationWaitMinutes?: number;
  url?: string;
  decidingSpans: Span[];
  decidingPath: NodePath;
}

export function trafficTimeline(input: TrafficTimelineInput): Timeline {
  const routing = input.config.routing ?? { type: 'AllAtOnce' as const };
  const onFailure = input.onFailure ?? rollbackText(input.rollbackEvents, input.alarms.length > 0);
  const shift: ShiftInput = { routing, hooksBefore: input.hooksBefore, hooksAfter: input.hooksAfter, alarms: input.alarms, onFailure };
  if (input.hooksBeforeInstall) shift.hooksBeforeInstall = input.hooksBeforeInstall;
  if (input.fleet) shift.tasks = input.fleet.size;
  if (input.terminationWaitMinutes !== undefined) shift.terminationWaitMinutes = input.terminationWaitMinutes;
  const problems = [...(input.problems ?? []), ...slowAlarmProblems(routing, input.alarms)];
  const timeline: Parameters<typeof assemble>[0] = {
    kind: 'traffic-shift',
    title: input.title,
    unit: input.fleet ? 'tasks' : 'traffic',
    steps: shiftSteps(shift),
    settings: input.settings,
    problems,
    notes: [
      `${input.config.name}: ${describeRouting(routing)}.`,
      'How long hooks take is up to the hook functions; the intervals are the configuration\'s.',
      ...(input.notes ?? []),
    ],
    summary: shiftSummary(routing, input.alarms),
    url: input.url ?? LAMBDA_SHIFT_URL,
    decidingSpans: input.decidingSpans,
    decidingPath: input.decidingPath,
  };
  if (input.fleet) timeline.fleet = input.fleet;
  return assemble(timeline);
}

function describeRouting(routing: NonNullable<DeploymentConfig['routing']>): string {
  if (routing.type === 'AllAtOnce') return 'all traffic moves in one step';
  if (routing.type === 'TimeBasedCanary') return `${routing.percent}% of traffic first, the remaining ${100 - routing.percent}% ${routing.minutes} minutes later`;
  return `${routing.percent}% of traffic more every ${routing.minutes} minute${routing.minutes === 1 ? '' : 's'} until all of it has moved`;
}
