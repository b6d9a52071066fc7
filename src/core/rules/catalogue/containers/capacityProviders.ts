/** ECS capacity providers: what a group must allow for managed termination protection, and strategies with one base. */
import { isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { neverTrue, propertyHit, push } from '../data/common';
import { literalNumber, literalString } from '../support/values';

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

const STRATEGY_ITEM_PAGE = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html';
/** Where ECS reads a capacity provider strategy, by resource type. */
const STRATEGIES: Record<string, string> = {
  'AWS::ECS::Service': 'CapacityProviderStrategy',
  'AWS::ECS::Cluster': 'DefaultCapacityProviderStrategy',
  'AWS::ECS::ClusterCapacityProviderAssociations': 'DefaultCapacityProviderStrategy',
};

/** CX1730: a capacity provider strategy in which more than one provider has a base. */
export const capacityProviderBases: CatalogueCheck = {
  id: 'CX1730',
  title: 'ECS capacity provider strategy with a base on more than one provider',
  topics: ['T17'],
  severity: 'error',
  url: STRATEGY_ITEM_PAGE,
  rejection: { quote: 'Only one capacity provider in a capacity provider strategy can have a base defined.', url: STRATEGY_ITEM_PAGE },
  explanation: {
    what:
      'In a capacity provider strategy, Base is the number of tasks placed first on one provider; Weight then shares the rest. ' +
      'Only one provider of a strategy may have a base, so ECS refuses a strategy that gives two of them one.',
    exam:
      'mixing FARGATE and FARGATE_SPOT: a base on FARGATE keeps a minimum of tasks on regular capacity, and weights send the rest ' +
      'mostly to Spot for cost; Spot tasks may be interrupted with two minutes of warning.',
    trap: 'the base is a minimum of tasks for the one provider that carries it, not a floor each provider can have: a second base is refused.',
  },
  resourceTypes: Object.keys(STRATEGIES),
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources(...Object.keys(STRATEGIES))) {
      const property = STRATEGIES[resource.type!];
      const items = valueOf(resource.properties, property);
      if (!isSeq(items)) continue;
      const based = items.items.flatMap((item, index) => ((literalNumber(valueOf(item, 'Base')) ?? 0) > 0 ? [index] : []));
      for (const index of based.slice(1)) {
        push(hits, propertyHit(resource, [property, index, 'Base'], `Item ${index + 1} of the ${property} of '${resource.logicalId}' has a Base, as item ${based[0] + 1} does: only one capacity provider of a strategy can have a base`));
      }
    }
    return hits;
  },
};

export const CAPACITY_PROVIDER_CHECKS: readonly CatalogueCheck[] = [capacityProviderTerminationProtection, capacityProviderBases];
