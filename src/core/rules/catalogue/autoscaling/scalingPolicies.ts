/** T12 checks on Auto Scaling scaling policies. */
import { entryOf, isMap, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { referencedId } from '../support/context';
import { intrinsicName, literalString } from '../support/values';
import { alwaysPresent, GROUP, listItems, namedGroup, propertyPath } from './groups';
import { POLICY, POLICY_PAGE } from './scalingPolicyTypes';

const TRACKING_PAGE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-targettrackingconfiguration.html';
const PREDEFINED_PAGE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-predefinedmetricspecification.html';

function tracking(policy: ResourceDeclaration): TemplateNode | undefined {
  const node = valueOf(policy.properties, 'TargetTrackingConfiguration');
  return isMap(node) && intrinsicName(node) === undefined ? node : undefined;
}

/** CX1210: target tracking on two metrics or on none. */
export const trackingMetricChoice: CatalogueCheck = {
  id: 'CX1210',
  title: 'Target tracking with both or neither of a predefined and a customized metric',
  topics: ['T12'],
  severity: 'error',
  url: TRACKING_PAGE,
  rejection: { quote: 'You must specify either a predefined metric or a customized metric.', url: TRACKING_PAGE },
  explanation: {
    what:
      'A target tracking policy follows one metric: a predefined one (ASGAverageCPUUtilization, ALBRequestCountPerTarget, network in ' +
      'or out) or a customized CloudWatch metric. Both at once, or neither, is rejected.',
    exam: 'target tracking on average CPU is the usual answer to "keep CPU around 50%"; a customized metric (such as queue backlog per instance) when no predefined one fits.',
  },
  resourceTypes: [POLICY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources(POLICY)) {
      const config = tracking(policy);
      if (!config) continue;
      const predefined = entryOf(config, 'PredefinedMetricSpecification');
      const customized = entryOf(config, 'CustomizedMetricSpecification');
      const both = alwaysPresent(predefined?.value) && alwaysPresent(customized?.value);
      if (!both && (predefined || customized)) continue;
      hits.push({
        message: both
          ? `Scaling policy '${policy.logicalId}' sets both a predefined and a customized metric: target tracking follows exactly one`
          : `Scaling policy '${policy.logicalId}' names no metric: set PredefinedMetricSpecification or CustomizedMetricSpecification`,
        span: (customized ?? entryOf(policy.properties, 'TargetTrackingConfiguration')!).key.span,
        path: propertyPath(policy, 'TargetTrackingConfiguration', ...(customized ? ['CustomizedMetricSpecification'] : [])),
      });
    }
    return hits;
  },
};

/** CX1211: request count per target without saying which target group. */
export const requestCountWithoutLabel: CatalogueCheck = {
  id: 'CX1211',
  title: 'ALBRequestCountPerTarget without a ResourceLabel',
  topics: ['T12'],
  severity: 'error',
  url: POLICY_PAGE,
  rejection: {
    quote: 'If you specify ALBRequestCountPerTarget for the metric, you must specify the ResourceLabel property with the PredefinedMetricSpecification.',
    url: POLICY_PAGE,
  },
  explanation: {
    what:
      'ALBRequestCountPerTarget is measured per target group, so the policy needs ResourceLabel: the load balancer full name and the ' +
      'target group full name joined as app/<lb-name>/<id>/targetgroup/<tg-name>/<id>, built with Fn::Join or Fn::Sub from Fn::GetAtt.',
    exam: 'scale on requests per instance with ALBRequestCountPerTarget; the target group must be attached to the Auto Scaling group.',
  },
  resourceTypes: [POLICY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources(POLICY)) {
      const predefined = valueOf(tracking(policy), 'PredefinedMetricSpecification');
      const type = valueOf(predefined, 'PredefinedMetricType');
      if (literalString(type) !== 'ALBRequestCountPerTarget' || valueOf(predefined, 'ResourceLabel') !== undefined) continue;
      hits.push({
        message: `Scaling policy '${policy.logicalId}' tracks ALBRequestCountPerTarget without a ResourceLabel naming the target group`,
        span: type!.span,
        path: propertyPath(policy, 'TargetTrackingConfiguration', 'PredefinedMetricSpecification', 'ResourceLabel'),
      });
    }
    return hits;
  },
};

/** The resources a node refers to with Ref or Fn::GetAtt anywhere inside it. */
function referencesInside(node: TemplateNode | undefined, found: string[] = [], depth = 0): string[] {
  if (!node || depth > 8) return found;
  const id = referencedId(node);
  if (id !== undefined) found.push(id);
  else if (isMap(node)) for (const entry of node.entries) referencesInside(entry.value, found, depth + 1);
  else if (isSeq(node)) for (const item of node.items) referencesInside(item, found, depth + 1);
  const sub = isMap(node) ? valueOf(node, 'Fn::Sub') : undefined;
  const text = literalString(sub) ?? literalString(isSeq(sub) ? sub.items[0] : undefined);
  for (const match of text?.matchAll(/\$\{([A-Za-z0-9]+)\.[A-Za-z]+\}/g) ?? []) found.push(match[1]);
  return found;
}

/** CX1212: a ResourceLabel for a target group the group is not attached to. */
export const labelTargetGroupNotAttached: CatalogueCheck = {
  id: 'CX1212',
  title: 'Scaling policy ResourceLabel names a target group not attached to the Auto Scaling group',
  topics: ['T12', 'T07'],
  severity: 'error',
  url: PREDEFINED_PAGE,
  rejection: { quote: "You can't specify a resource label unless the target group is attached to the Auto Scaling group.", url: PREDEFINED_PAGE },
  explanation: {
    what:
      'The request count per target is the count of the target group divided by the group instances registered in it, so the target ' +
      'group in ResourceLabel must be one of the TargetGroupARNs of the policy\'s Auto Scaling group.',
    exam: 'the label links three resources: the load balancer, the target group, and the Auto Scaling group attached to that target group.',
  },
  resourceTypes: [POLICY, GROUP],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources(POLICY)) {
      const label = valueOf(valueOf(tracking(policy), 'PredefinedMetricSpecification'), 'ResourceLabel');
      const group = namedGroup(context, valueOf(policy.properties, 'AutoScalingGroupName'));
      if (!label || !group) continue;
      const named = referencesInside(label).map((id) => context.resource(id)).find((target) => target?.type === 'AWS::ElasticLoadBalancingV2::TargetGroup');
      const attached = attachedTargetGroups(context, group);
      if (!named || !attached || attached.includes(named.logicalId)) continue;
      hits.push({
        message: `ResourceLabel of scaling policy '${policy.logicalId}' names target group '${named.logicalId}', which is not attached to Auto Scaling group '${group.logicalId}'`,
        span: label.span,
        path: propertyPath(policy, 'TargetTrackingConfiguration', 'PredefinedMetricSpecification', 'ResourceLabel'),
      });
    }
    return hits;
  },
};

/** Logical ids of the target groups attached to the group; undefined when one of them is not known. */
function attachedTargetGroups(context: CheckContext, group: ResourceDeclaration): string[] | undefined {
  if (valueOf(group.properties, 'TrafficSources') !== undefined) return undefined;
  const node = valueOf(group.properties, 'TargetGroupARNs');
  if (node === undefined) return [];
  const items = listItems(node);
  if (!items) return undefined;
  const ids = items.map((item) => context.referenced(item)?.logicalId);
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}

export const TRACKING_CHECKS: readonly CatalogueCheck[] = [trackingMetricChoice, requestCountWithoutLabel, labelTargetGroupNotAttached];
