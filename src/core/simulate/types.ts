/**
 * The deployment simulator's model: what a stack update, a creation or a deployment does to a
 * resource, step by step, computed from the template's own settings (see README in this folder's
 * index.ts). Times are in seconds; a step's end has an upper bound only where the template decides
 * one (a PauseTime, a canary interval), never a guess of how long an instance takes to start.
 */
import type { NodePath, Span } from '../model';

/** Seconds from the start; `max` is absent when nothing in the template bounds it. */
export interface TimeBounds {
  min: number;
  max?: number;
}

/** What a step waits for before the next one starts. */
export type WaitKind = 'signals' | 'pause' | 'health' | 'alarms' | 'hook' | 'bake' | 'interval' | 'warmup' | 'ready' | 'cleanup';

export interface Wait {
  kind: WaitKind;
  text: string;
  /** How long the template lets it last (absent: until it happens). */
  seconds?: TimeBounds;
}

/** Old and new side by side: instances or tasks in service, or percentages of traffic. */
export interface Split {
  old: number;
  new: number;
}

export interface TimelineStep {
  title: string;
  start: TimeBounds;
  end: TimeBounds;
  /** Instances or tasks serving at the lowest point of the step; absent where only traffic moves. */
  inService?: Split;
  /** Instances or tasks that exist (serving or still starting) at the highest point of the step. */
  running?: Split;
  /** Share of traffic, in percent, once the step is done. */
  traffic?: Split;
  waits: Wait[];
  /** What a failure during this step leads to. */
  onFailure: string;
}

/** How many instances or tasks the simulation assumes, and where that number comes from. */
export interface FleetSize {
  size: number;
  /** The property or option it was read from, e.g. 'DesiredCapacity'. */
  source: string;
  /** template: written there; parameter: a parameter's Default; default: the service's default; assumed: not in the template; view: chosen in the view. */
  origin: 'template' | 'parameter' | 'default' | 'assumed' | 'view';
  parameter?: string;
}

export interface SimulatedSetting {
  name: string;
  value: string;
  origin: 'template' | 'parameter' | 'default' | 'assumed';
}

/** Settings that cannot work as written, or a path the exam punishes; `rules` are the lint rules that report it. */
export interface SimulationProblem {
  code: ProblemCode;
  message: string;
  rules: readonly string[];
  /** The setting at fault, where one is (a lint check reports it there). */
  at?: { span: Span; path: NodePath };
}

export type ProblemCode =
  | 'min-not-below-max'
  | 'batch-exceeds-fleet'
  | 'whole-fleet-at-once'
  | 'batch-size-limit'
  | 'pause-too-long'
  | 'needed-process-suspended'
  | 'percent-without-signals'
  | 'no-signal-sender'
  | 'refresh-beside-rolling'
  | 'no-creation-policy'
  | 'signals-exceed-fleet'
  | 'size-reset-by-update'
  | 'no-healthy-room'
  | 'all-at-once-behind-balancer'
  | 'blue-green-ec2-in-template'
  | 'alarm-slower-than-shift'
  | 'no-alarms'
  | 'tasks-stuck'
  | 'batch-is-fleet'
  | 'ignores-health'
  | 'needs-load-balancer'
  | 'needs-application-load-balancer'
  | 'bake-time-too-long';

export type DeploymentKind =
  | 'asg-rolling'
  | 'asg-replacing'
  | 'asg-refresh'
  | 'asg-create'
  | 'codedeploy-in-place'
  | 'codedeploy-blue-green'
  | 'traffic-shift'
  | 'ecs-rolling'
  | 'ecs-blue-green'
  | 'beanstalk';

export interface Timeline {
  kind: DeploymentKind;
  /** When it happens and by what, e.g. "Stack update: AutoScalingRollingUpdate". */
  title: string;
  unit: 'instances' | 'tasks' | 'traffic';
  fleet?: FleetSize;
  steps: TimelineStep[];
  duration: TimeBounds;
  /** The fewest instances or tasks in service at any step. */
  lowestInService?: number;
  settings: SimulatedSetting[];
  problems: SimulationProblem[];
  /** Remarks that hold for the whole timeline (processes suspended, what is not simulated). */
  notes: string[];
  /** One line, e.g. "2 batches of 2, never fewer than 2 in service, up to 2 × 5 min waiting for signals". */
  summary: string;
  /** The AWS documentation page the behaviour rests on. */
  url: string;
  /** Where the deciding settings are written: a hover there shows the summary. */
  decidingSpans: Span[];
  /** Path of the deciding setting, for links back to the editor. */
  decidingPath: NodePath;
}

export interface ResourceSimulation {
  logicalId: string;
  type: string;
  /** Where the resource's key is, for the code lens. */
  keySpan: Span;
  timelines: Timeline[];
}

export interface SimulationOptions {
  /** Fleet sizes chosen in the view, by logical id. */
  fleet?: Readonly<Record<string, number>>;
}
