/**
 * How an EC2/on-premises deployment proceeds under a minimum of healthy hosts
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/instances-health.html): CodeDeploy deploys
 * to as many instances at once as it can without the healthy ones falling below the minimum (a
 * percentage is rounded up), and fails at once when the minimum leaves no instance to deploy to.
 */
import type { Minimum } from './config';

export interface InPlacePlan {
  /** Instances that must stay healthy. */
  minHealthy: number;
  /** Instances deployed to at the same time. */
  batch: number;
  /** Sizes of the batches in turn. */
  batches: number[];
  /** Successful instances the deployment needs. */
  successNeeded: number;
  blocked: boolean;
}

export function minimumHealthy(fleet: number, minimum: Minimum): number {
  if (minimum.type === 'MOST_CONCURRENCY') return Math.max(0, fleet - minimum.value);
  if (minimum.type === 'HOST_COUNT') return minimum.value;
  return Math.ceil((fleet * minimum.value) / 100 - 1e-9);
}

export function planInPlace(fleet: number, minimum: Minimum): InPlacePlan {
  const minHealthy = minimumHealthy(fleet, minimum);
  const batch = fleet - minHealthy;
  if (fleet === 0 || batch < 1) return { minHealthy, batch: Math.max(0, batch), batches: [], successNeeded: minHealthy, blocked: fleet > 0 };
  const batches: number[] = [];
  for (let left = fleet; left > 0; left -= batch) batches.push(Math.min(batch, left));
  // AllAtOnce succeeds when one instance does; OneAtATime when all but the last do: both are the minimum, at least one.
  return { minHealthy, batch, batches, successNeeded: Math.max(1, minHealthy), blocked: false };
}
