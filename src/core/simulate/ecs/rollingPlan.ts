/**
 * How the ECS scheduler replaces tasks in a rolling update
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html):
 * MinimumHealthyPercent of the desired count (rounded up) must keep running, MaximumPercent
 * (rounded down) may run at most; new tasks start and old ones stop within those bounds.
 */
export interface EcsRollingInput {
  desired: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
}

export interface EcsWave {
  stop: number;
  start: number;
  oldBefore: number;
  newBefore: number;
}

export interface EcsRollingPlan {
  minRunning: number;
  maxRunning: number;
  waves: EcsWave[];
  /** The scheduler can neither stop nor start a task. */
  stuck: boolean;
}

export function planEcsRolling({ desired, minimumHealthyPercent, maximumPercent }: EcsRollingInput): EcsRollingPlan {
  const minRunning = Math.ceil((desired * minimumHealthyPercent) / 100 - 1e-9);
  const maxRunning = Math.floor((desired * maximumPercent) / 100 + 1e-9);
  const waves: EcsWave[] = [];
  let old = desired;
  let fresh = 0;
  while (old > 0 || fresh < desired) {
    const stop = Math.max(0, Math.min(old, old + fresh - minRunning));
    const start = Math.max(0, Math.min(desired - fresh, maxRunning - (old - stop + fresh)));
    if (stop === 0 && start === 0) return { minRunning, maxRunning, waves, stuck: true };
    waves.push({ stop, start, oldBefore: old, newBefore: fresh });
    old -= stop;
    fresh += start;
  }
  return { minRunning, maxRunning, waves, stuck: false };
}

/** Failed tasks the deployment circuit breaker tolerates: half the desired count, rounded up, between 3 and 200. */
export function circuitBreakerThreshold(desired: number): number {
  return Math.min(200, Math.max(3, Math.ceil(desired * 0.5)));
}
