/** Putting steps on a clock and a timeline together. */
import { add, sum, ZERO } from './time';
import type { TimeBounds, Timeline, TimelineStep, Wait } from './types';

export type StepInput = Omit<TimelineStep, 'start' | 'end'>;

/** How long a step lasts: its waits one after the other (a wait the template does not bound leaves it open). */
export function stepDuration(waits: readonly Wait[]): TimeBounds {
  return sum(waits.map((wait) => wait.seconds ?? { min: 0 }));
}

/** Places steps one after the other from time zero. */
export function onClock(inputs: readonly StepInput[]): TimelineStep[] {
  let now: TimeBounds = ZERO;
  return inputs.map((input) => {
    const start = now;
    now = add(start, stepDuration(input.waits));
    return { ...input, start, end: now };
  });
}

export type TimelineInput = Omit<Timeline, 'steps' | 'duration' | 'lowestInService'> & { steps: readonly StepInput[] };

/** The timeline with its steps on the clock, its total duration and the lowest capacity reached. */
export function assemble(input: TimelineInput): Timeline {
  const steps = onClock(input.steps);
  const serving = steps.flatMap((step) => (step.inService ? [step.inService.old + step.inService.new] : []));
  const timeline: Timeline = { ...input, steps, duration: steps.at(-1)?.end ?? ZERO };
  if (serving.length > 0) timeline.lowestInService = Math.min(...serving);
  return timeline;
}

/** "1 instance", "2 instances", "3 batches". */
export function count(value: number, noun: string): string {
  if (value === 1) return `${value} ${noun}`;
  return `${value} ${noun}${/(ch|sh|s|x)$/.test(noun) ? 'es' : 's'}`;
}
