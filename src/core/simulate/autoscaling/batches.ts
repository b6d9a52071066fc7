/**
 * How a rolling update of an Auto Scaling group proceeds in batches. CloudFormation replaces at
 * most MaxBatchSize instances at a time and keeps MinInstancesInService in service; when taking a
 * whole batch out would go below that minimum, it first raises the group above its desired
 * capacity (never above MaxSize), which is why MinInstancesInService must be less than MaxSize.
 */
export interface RollingPlanInput {
  /** Instances in the group when the update starts (its desired capacity). */
  fleet: number;
  maxSize?: number;
  maxBatchSize: number;
  minInService: number;
}

export interface RollingBatch {
  /** Old instances terminated in this batch. */
  terminate: number;
  /** New instances launched in this batch. */
  launch: number;
  /** Old and new instances before the batch. */
  oldBefore: number;
  newBefore: number;
}

export interface RollingPlan {
  /** Instances launched before the first batch, above the desired capacity. */
  surge: number;
  batches: RollingBatch[];
  /** True when no instance can ever be taken out of service (MinInstancesInService not below MaxSize). */
  blocked: boolean;
}

export function planRollingUpdate({ fleet, maxSize, maxBatchSize, minInService }: RollingPlanInput): RollingPlan {
  const batch = Math.max(1, Math.min(maxBatchSize, fleet));
  const ceiling = maxSize ?? Number.POSITIVE_INFINITY;
  const target = fleet - batch >= minInService ? fleet : Math.max(fleet, Math.min(ceiling, minInService + batch));
  if (fleet === 0) return { surge: 0, batches: [], blocked: false };
  if (target - minInService <= 0 || (maxSize !== undefined && minInService >= maxSize)) return { surge: 0, batches: [], blocked: true };
  const surge = target - fleet;
  const batches: RollingBatch[] = [];
  let old = fleet;
  let fresh = surge;
  while (old > 0) {
    // Once the new instances make up the whole group, the old ones left go together (back to the desired capacity).
    const terminate = fresh >= fleet ? old : Math.min(batch, old, old + fresh - minInService);
    if (terminate <= 0) return { surge, batches, blocked: true };
    const launch = Math.min(terminate, fleet - fresh);
    batches.push({ terminate, launch, oldBefore: old, newBefore: fresh });
    old -= terminate;
    fresh += launch;
  }
  return { surge, batches, blocked: false };
}

/** Success signals needed from `launched` instances: the percentage rounded up (5 instances at 50% need 3). */
export function signalsNeeded(launched: number, percent: number): number {
  return Math.max(0, Math.ceil((launched * percent) / 100 - 1e-9));
}
