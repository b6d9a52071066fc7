/** T12 checks on what each scaling policy type needs: required properties, step ranges, alarms, exact capacity. */
import { entryOf, isMap, valueOf, type TemplateNode } from '../../../model';
import { referenceIndex } from '../../../references';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { intrinsicName, literalString } from '../support/values';
import { listItems, numbersOf, propertyPath } from './groups';
import type { ResourceDeclaration } from '../../../sections';

export const POLICY = 'AWS::AutoScaling::ScalingPolicy';
export const POLICY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-scalingpolicy.html';
const STEP_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-scalingpolicy-stepadjustment.html';

/** The policy type, SimpleScaling when the property is left out; undefined when computed. */
export function policyType(policy: ResourceDeclaration): string | undefined {
  const node = valueOf(policy.properties, 'PolicyType');
  return node === undefined ? 'SimpleScaling' : literalString(node);
}

const REQUIRED_BY_TYPE: Record<string, string[]> = {
  SimpleScaling: ['AdjustmentType', 'ScalingAdjustment'],
  StepScaling: ['AdjustmentType', 'StepAdjustments'],
  TargetTrackingScaling: ['TargetTrackingConfiguration'],
  PredictiveScaling: ['PredictiveScalingConfiguration'],
};

/** CX1213: what each policy type cannot do without. */
export const policyTypeRequirements: CatalogueCheck = {
  id: 'CX1213',
  title: 'Scaling policy lacks a property its policy type requires',
  topics: ['T12'],
  severity: 'error',
  url: POLICY_PAGE,
  rejection: {
    quote: 'Required if the policy type is StepScaling. (Not used with any other policy type.)',
    url: POLICY_PAGE,
  },
  explanation: {
    what:
      'PolicyType decides what the policy needs: SimpleScaling (the default when PolicyType is left out) an AdjustmentType and a ' +
      'ScalingAdjustment, StepScaling an AdjustmentType and StepAdjustments, TargetTrackingScaling a TargetTrackingConfiguration, ' +
      'PredictiveScaling a PredictiveScalingConfiguration.',
    exam: 'step and simple scaling react to a CloudWatch alarm you create; target tracking creates and manages its own alarms.',
    trap: 'a policy without PolicyType is a simple scaling policy, even when it has a TargetTrackingConfiguration.',
  },
  resourceTypes: [POLICY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources(POLICY)) {
      const type = policyType(policy);
      const required = type ? REQUIRED_BY_TYPE[type] : undefined;
      if (!required || !policy.properties) continue;
      const missing = required.filter((name) => valueOf(policy.properties, name) === undefined);
      if (missing.length === 0) continue;
      const typeEntry = entryOf(policy.properties, 'PolicyType');
      hits.push({
        message: `Scaling policy '${policy.logicalId}' is a ${type} policy${typeEntry ? '' : ' (no PolicyType)'} without ${missing.join(' and ')}`,
        span: typeEntry?.value.span ?? policy.key.span,
        path: propertyPath(policy, missing[0]),
      });
    }
    return hits;
  },
};

interface Interval {
  lower: number;
  upper: number;
  index: number;
}

/** CX1214: step adjustments that overlap, leave gaps or leave a breach without a step. */
export const stepAdjustmentRanges: CatalogueCheck = {
  id: 'CX1214',
  title: 'Step adjustments overlap, leave a gap or leave a side of the alarm threshold open',
  topics: ['T12'],
  severity: 'error',
  url: STEP_PAGE,
  rejection: { quote: "The ranges of your step adjustments can't overlap or have a gap.", url: STEP_PAGE },
  explanation: {
    what:
      'Step bounds are relative to the alarm threshold: the steps must cover a continuous range without overlaps, the last step above ' +
      'the threshold has no upper bound, the last step below it no lower bound, and no step leaves both bounds out.',
    exam: 'step scaling adds more capacity the further the metric is past the threshold (for example +1 from 0 to 20, +3 above 20).',
  },
  resourceTypes: [POLICY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources(POLICY)) {
      const steps = listItems(valueOf(policy.properties, 'StepAdjustments'));
      if (!steps || steps.length === 0) continue;
      const intervals = readIntervals(context, steps);
      const problem = intervals && rangeProblem(intervals);
      if (!problem) continue;
      hits.push({ message: `Step adjustments of '${policy.logicalId}' ${problem}`, span: steps[0].span, path: propertyPath(policy, 'StepAdjustments') });
    }
    return hits;
  },
};

function readIntervals(context: CheckContext, steps: TemplateNode[]): Interval[] | undefined {
  const intervals: Interval[] = [];
  for (const [index, step] of steps.entries()) {
    if (!isMap(step) || intrinsicName(step) !== undefined) return undefined;
    const bound = (name: string, open: number) => {
      const node = valueOf(step, name);
      if (node === undefined) return open;
      const values = numbersOf(context, node);
      return values?.length === 1 ? values[0] : undefined;
    };
    const lower = bound('MetricIntervalLowerBound', -Infinity);
    const upper = bound('MetricIntervalUpperBound', Infinity);
    if (lower === undefined || upper === undefined) return undefined;
    intervals.push({ lower, upper, index });
  }
  return intervals;
}

function rangeProblem(intervals: Interval[]): string | undefined {
  const open = intervals.find((step) => step.lower === -Infinity && step.upper === Infinity);
  if (open) return `leave both bounds out in step ${open.index + 1}`;
  const inverted = intervals.find((step) => step.upper <= step.lower);
  if (inverted) return `have an upper bound not greater than the lower bound in step ${inverted.index + 1}`;
  const sorted = [...intervals].sort((a, b) => a.lower - b.lower);
  for (let index = 1; index < sorted.length; index++) {
    const before = sorted[index - 1];
    const after = sorted[index];
    if (before.upper > after.lower) return `overlap (steps ${before.index + 1} and ${after.index + 1})`;
    if (before.upper < after.lower) return `leave a gap between ${before.upper} and ${after.lower}`;
  }
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (last.upper !== Infinity && last.upper > 0) return `end at ${last.upper}: the highest step needs no upper bound`;
  if (first.lower !== -Infinity && first.lower < 0) return `start at ${first.lower}: the lowest step needs no lower bound`;
  return undefined;
}

/** CX1215: a step or simple policy no alarm invokes. */
export const policyWithoutAlarm: CatalogueCheck = {
  id: 'CX1215',
  title: 'Step or simple scaling policy that no CloudWatch alarm invokes',
  topics: ['T12', 'T31'],
  severity: 'warning',
  url: POLICY_PAGE,
  explanation: {
    what:
      'Step and simple scaling policies act when a CloudWatch alarm lists them (Ref to the policy) in its AlarmActions, or when someone ' +
      'runs them by hand (ExecutePolicy). Without such an alarm the policy never scales the group on its own.',
    exam: 'step scaling = policy + alarm you create (AlarmActions: !Ref Policy); target tracking creates its alarms for you.',
  },
  resourceTypes: [POLICY, 'AWS::CloudWatch::Alarm'],
  run(context) {
    const invoked = invokedPolicies(context);
    if (!invoked) return [];
    // A policy the stack outputs is there for alarms elsewhere (another stack, a later one) to invoke.
    const output = new Set(referenceIndex(context.template).references.filter((reference) => reference.path[0] === 'Outputs').map((reference) => reference.name));
    return context.resources(POLICY).flatMap((policy) => {
      const type = policyType(policy);
      if ((type !== 'StepScaling' && type !== 'SimpleScaling') || invoked.has(policy.logicalId) || output.has(policy.logicalId)) return [];
      return [
        {
          message: `Scaling policy '${policy.logicalId}' (${type}) is in no CloudWatch alarm's AlarmActions: no alarm invokes it, so it scales the group only when run by hand`,
          span: policy.key.span,
          path: ['Resources', policy.logicalId],
        },
      ];
    });
  },
};

/** Policies some alarm invokes; undefined when an alarm's actions are computed. */
function invokedPolicies(context: CheckContext): Set<string> | undefined {
  const invoked = new Set<string>();
  for (const alarm of context.resources('AWS::CloudWatch::Alarm')) {
    for (const name of ['AlarmActions', 'OKActions', 'InsufficientDataActions']) {
      const node = valueOf(alarm.properties, name);
      if (node === undefined) continue;
      const items = listItems(node);
      if (!items) return undefined;
      for (const item of items) {
        const target = context.referenced(item);
        if (target) invoked.add(target.logicalId);
        else if (intrinsicName(item) !== undefined && intrinsicName(item) !== 'Ref') return undefined;
      }
    }
  }
  return invoked;
}

/** CX1216: a negative exact capacity. */
export const negativeExactCapacity: CatalogueCheck = {
  id: 'CX1216',
  title: 'ExactCapacity scaling policy with a negative adjustment',
  topics: ['T12'],
  severity: 'error',
  url: POLICY_PAGE,
  rejection: { quote: 'For exact capacity, you must specify a non-negative value.', url: POLICY_PAGE },
  explanation: {
    what: 'With AdjustmentType ExactCapacity the adjustment is the new capacity itself, so it cannot be negative.',
    exam: 'ChangeInCapacity adds or removes instances, PercentChangeInCapacity scales by a share (with MinAdjustmentMagnitude), ExactCapacity sets the count.',
  },
  resourceTypes: [POLICY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources(POLICY)) {
      if (literalString(valueOf(policy.properties, 'AdjustmentType')) !== 'ExactCapacity') continue;
      const candidates: Array<{ node: TemplateNode | undefined; path: Array<string | number> }> = [
        { node: valueOf(policy.properties, 'ScalingAdjustment'), path: ['ScalingAdjustment'] },
        ...(listItems(valueOf(policy.properties, 'StepAdjustments')) ?? []).map((step, index) => ({
          node: valueOf(step, 'ScalingAdjustment'),
          path: ['StepAdjustments', index, 'ScalingAdjustment'],
        })),
      ];
      for (const { node, path } of candidates) {
        const values = numbersOf(context, node);
        if (!values || values.every((value) => value >= 0)) continue;
        hits.push({
          message: `Scaling policy '${policy.logicalId}' sets an exact capacity of ${values.join(' or ')}: it must not be negative`,
          span: node!.span,
          path: propertyPath(policy, ...path),
        });
      }
    }
    return hits;
  },
};

const ONLY_FOR: Record<string, string[]> = {
  Cooldown: ['SimpleScaling'],
  ScalingAdjustment: ['SimpleScaling'],
  StepAdjustments: ['StepScaling'],
  MetricAggregationType: ['StepScaling'],
  EstimatedInstanceWarmup: ['TargetTrackingScaling', 'StepScaling'],
  AdjustmentType: ['StepScaling', 'SimpleScaling'],
  MinAdjustmentMagnitude: ['StepScaling', 'SimpleScaling'],
  TargetTrackingConfiguration: ['TargetTrackingScaling'],
  PredictiveScalingConfiguration: ['PredictiveScaling'],
};

/** CX1217: settings of another policy type. */
export const propertiesOfOtherPolicyType: CatalogueCheck = {
  id: 'CX1217',
  title: 'Scaling policy property that belongs to another policy type',
  topics: ['T12'],
  severity: 'warning',
  url: POLICY_PAGE,
  explanation: {
    what:
      'Each scaling policy property is valid only for some policy types (Cooldown for simple scaling, StepAdjustments for step scaling, ' +
      'TargetTrackingConfiguration for target tracking…). One of another type means the policy does not do what the template says.',
    exam: 'know which type does what: simple (one adjustment, then a cooldown), step (adjustments by breach size, warm-up), target tracking (hold a metric at a value).',
    trap: 'a TargetTrackingConfiguration without PolicyType: TargetTrackingScaling makes a simple scaling policy.',
  },
  resourceTypes: [POLICY],
  run(context) {
    const hits: CheckHit[] = [];
    for (const policy of context.resources(POLICY)) {
      const type = policyType(policy);
      if (!type || !REQUIRED_BY_TYPE[type]) continue;
      for (const entry of policy.properties?.entries ?? []) {
        const allowed = ONLY_FOR[entry.key.value];
        if (!allowed || allowed.includes(type)) continue;
        hits.push({
          message: `${entry.key.value} of scaling policy '${policy.logicalId}' is valid only for ${allowed.join(' or ')} policies, not ${type}`,
          span: entry.key.span,
          path: propertyPath(policy, entry.key.value),
        });
      }
    }
    return hits;
  },
};

export const POLICY_TYPE_CHECKS: readonly CatalogueCheck[] = [
  policyTypeRequirements,
  stepAdjustmentRanges,
  policyWithoutAlarm,
  negativeExactCapacity,
  propertiesOfOtherPolicyType,
];
