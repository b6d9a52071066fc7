/**
 * What the autoscaling checks read about groups: sizes as numbers, the group a policy, hook or
 * scheduled action names, the target groups and launch templates a group uses.
 */
import { isMap, isSeq, nodeAt, valueOf, type ScalarValue, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CheckContext } from '../support/context';
import { intrinsicName, isNoValue, literalString, possibleValues } from '../support/values';

export const GROUP = 'AWS::AutoScaling::AutoScalingGroup';
export const WARM_POOL = 'AWS::AutoScaling::WarmPool';

/** Every number the node can take; undefined when one is unknown or not a number. */
export function numbersOf(context: CheckContext, node: TemplateNode | undefined): number[] | undefined {
  return numbersIn(possibleValues(context, node));
}

/** The values as numbers; undefined when there are none or one is not a number. */
export function numbersIn(values: readonly ScalarValue[] | undefined): number[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const numbers = values.map((value) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN));
  return numbers.every(Number.isFinite) ? numbers : undefined;
}

/** Every string the node can take; undefined when one is unknown. */
export function stringsOf(context: CheckContext, node: TemplateNode | undefined): string[] | undefined {
  const values = possibleValues(context, node);
  if (values === undefined || values.length === 0) return undefined;
  return values.every((value) => typeof value === 'string' || typeof value === 'number') ? values.map(String) : undefined;
}

/** The group a policy, hook or scheduled action names through `Ref`, when it is in this template. */
export function namedGroup(context: CheckContext, node: TemplateNode | undefined): ResourceDeclaration | undefined {
  const target = context.referenced(node);
  if (target?.type === GROUP) return target;
  const name = literalString(node);
  if (name === undefined) return undefined;
  return context.resources(GROUP).find((group) => literalString(valueOf(group.properties, 'AutoScalingGroupName')) === name);
}

/** True when the node is present whatever the conditions: not `AWS::NoValue`, in neither branch of an `Fn::If`. */
export function alwaysPresent(node: TemplateNode | undefined): boolean {
  if (node === undefined || isNoValue(node)) return false;
  if (intrinsicName(node) !== 'Fn::If') return true;
  const args = valueOf(node, 'Fn::If');
  return isSeq(args) && args.items.length === 3 && alwaysPresent(args.items[1]) && alwaysPresent(args.items[2]);
}

/** The items of a list written literally; undefined when the list is computed. */
export function listItems(node: TemplateNode | undefined): TemplateNode[] | undefined {
  return isSeq(node) ? node.items : undefined;
}

/** The target groups of this template that the group lists in TargetGroupARNs (by Ref). */
export function groupTargetGroups(context: CheckContext, group: ResourceDeclaration): ResourceDeclaration[] {
  return (listItems(valueOf(group.properties, 'TargetGroupARNs')) ?? [])
    .map((item) => context.referenced(item))
    .filter((target): target is ResourceDeclaration => target?.type === 'AWS::ElasticLoadBalancingV2::TargetGroup');
}

/** Whether the group is registered with a load balancer; undefined when that is computed. */
export function behindLoadBalancer(group: ResourceDeclaration): boolean | undefined {
  let unknown = false;
  for (const name of ['TargetGroupARNs', 'LoadBalancerNames', 'TrafficSources']) {
    const node = valueOf(group.properties, name);
    if (node === undefined || isNoValue(node)) continue;
    const items = listItems(node);
    if (items === undefined) unknown = true;
    else if (items.length > 0) return true;
  }
  return unknown ? undefined : false;
}

/** The launch template specifications a group names, each with where it sits. */
export function launchTemplateSpecifications(group: ResourceDeclaration): Array<{ node: TemplateNode; path: Array<string | number> }> {
  const found: Array<{ node: TemplateNode; path: Array<string | number> }> = [];
  const own = valueOf(group.properties, 'LaunchTemplate');
  if (isMap(own)) found.push({ node: own, path: ['LaunchTemplate'] });
  const mixed = nodeAt(group.properties, ['MixedInstancesPolicy', 'LaunchTemplate']);
  const main = valueOf(mixed, 'LaunchTemplateSpecification');
  if (isMap(main)) found.push({ node: main, path: ['MixedInstancesPolicy', 'LaunchTemplate', 'LaunchTemplateSpecification'] });
  (listItems(valueOf(mixed, 'Overrides')) ?? []).forEach((override, index) => {
    const spec = valueOf(override, 'LaunchTemplateSpecification');
    if (isMap(spec)) found.push({ node: spec, path: ['MixedInstancesPolicy', 'LaunchTemplate', 'Overrides', index, 'LaunchTemplateSpecification'] });
  });
  return found;
}

/** The launch template resource a specification names, when it is in this template. */
export function launchTemplateOf(context: CheckContext, specification: TemplateNode): ResourceDeclaration | undefined {
  const target = context.referenced(valueOf(specification, 'LaunchTemplateId') ?? valueOf(specification, 'LaunchTemplateName'));
  return target?.type === 'AWS::EC2::LaunchTemplate' ? target : undefined;
}

/** Resource path under Properties. */
export function propertyPath(resource: ResourceDeclaration, ...path: Array<string | number>): Array<string | number> {
  return ['Resources', resource.logicalId, 'Properties', ...path];
}
