/** Warm pools on groups that cannot have one. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { GROUP, WARM_POOL } from './groups';

const PUT_WARM_POOL_PAGE = 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PutWarmPool.html';

/** CX0722: a warm pool on a group with a mixed instances policy. */
export const warmPoolMixedInstances: CatalogueCheck = {
  id: 'CX0722',
  title: 'Warm pool on an Auto Scaling group with a mixed instances policy',
  topics: ['T07'],
  severity: 'error',
  url: PUT_WARM_POOL_PAGE,
  rejection: {
    quote: 'This operation cannot be called on an Auto Scaling group that has a mixed instances policy or a launch template or launch configuration that requests Spot Instances.',
    url: PUT_WARM_POOL_PAGE,
  },
  explanation: {
    what:
      'A warm pool keeps pre-initialized instances of the group\'s own launch template stopped, hibernated or running, ready to ' +
      'enter service quickly. It cannot be added to a group that mixes instance types or purchase options (MixedInstancesPolicy) ' +
      'or requests Spot Instances: Amazon EC2 Auto Scaling refuses the warm pool.',
    exam:
      'instances that take long to boot and must scale out fast: a warm pool on an On-Demand group with one launch template; ' +
      'a group that mixes Spot and On-Demand for cost gets its speed elsewhere (a baked AMI, lifecycle hooks, predictive scaling).',
    scenario: 'the application takes 10 minutes to initialize and scale-out must be faster, without paying for idle running instances',
  },
  resourceTypes: [WARM_POOL],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pool of context.resources(WARM_POOL)) {
      const name = valueOf(pool.properties, 'AutoScalingGroupName');
      const group = context.referenced(name);
      if (!name || group?.type !== GROUP || !valueOf(group.properties, 'MixedInstancesPolicy')) continue;
      hits.push({
        message: `Warm pool '${pool.logicalId}' is for '${group.logicalId}', which has a MixedInstancesPolicy: Auto Scaling refuses a warm pool on a group with a mixed instances policy`,
        span: name.span,
        path: ['Resources', pool.logicalId, 'Properties', 'AutoScalingGroupName'],
      });
    }
    return hits;
  },
};
