/** ECS capacity providers on Auto Scaling groups: what the group must allow for managed termination protection. */
import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { neverTrue, propertyHit, push } from '../data/common';
import { literalString } from '../support/values';

const PROVIDER_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-autoscalinggroupprovider.html';

/** CX1729: managed termination protection on a group that does not protect its new instances from scale-in. */
export const capacityProviderTerminationProtection: CatalogueCheck = {
  id: 'CX1729',
  title: 'ECS capacity provider with managed termination protection on a group without scale-in protection',
  topics: ['T17', 'T07'],
  severity: 'warning',
  url: PROVIDER_PAGE,
  explanation: {
    what:
      'With managed termination protection, ECS keeps the instances that run tasks from being terminated when the group scales ' +
      'in: AWS documents that it needs the group to protect new instances from scale-in (NewInstancesProtectedFromScaleIn: true), ' +
      'and lifts the protection itself from instances it has drained. ECS used to refuse a capacity provider on a group without it; ' +
      'it now turns the protection on instance by instance, which the group\'s own setting makes certain.',
    exam:
      'ECS cluster auto scaling on EC2: a capacity provider with managed scaling (target capacity) and managed termination ' +
      'protection, the group protecting new instances from scale-in, and the service using the provider in its strategy.',
    scenario: 'scale the ECS cluster\'s instances with the tasks without terminating instances that still run tasks',
  },
  resourceTypes: ['AWS::ECS::CapacityProvider', 'AWS::AutoScaling::AutoScalingGroup'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const provider of context.resources('AWS::ECS::CapacityProvider')) {
      const settings = valueOf(provider.properties, 'AutoScalingGroupProvider');
      if (literalString(valueOf(settings, 'ManagedTerminationProtection')) !== 'ENABLED') continue;
      const group = context.referenced(valueOf(settings, 'AutoScalingGroupArn'));
      if (group?.type !== 'AWS::AutoScaling::AutoScalingGroup' || !group.properties) continue;
      // A value that may be true (a parameter, a condition) is left alone: only a group that never protects is refused.
      if (!neverTrue(context, valueOf(group.properties, 'NewInstancesProtectedFromScaleIn'))) continue;
      push(
        hits,
        propertyHit(
          provider,
          ['AutoScalingGroupProvider', 'ManagedTerminationProtection'],
          `Capacity provider '${provider.logicalId}' turns on managed termination protection, but group '${group.logicalId}' does not ` +
            'protect new instances from scale-in: AWS documents that managed termination protection needs NewInstancesProtectedFromScaleIn: true on the group',
        ),
      );
    }
    return hits;
  },
};

export const CAPACITY_PROVIDER_CHECKS: readonly CatalogueCheck[] = [capacityProviderTerminationProtection];
