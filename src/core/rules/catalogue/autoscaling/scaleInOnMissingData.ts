/** T12: an alarm that scales in, set to treat missing data as breaching. */
import { entryOf, isSeq, valueOf, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { literalString } from '../support/values';
import { listItems, numbersOf } from './groups';

const EC2_POLICY = 'AWS::AutoScaling::ScalingPolicy';
const APP_POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';
const ALARM = 'AWS::CloudWatch::Alarm';
const MISSING_DATA_PAGE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-missing-data.html';

/** The adjustments a step or simple policy can make, when every one is known. */
function adjustments(context: CheckContext, policy: ResourceDeclaration): number[] | undefined {
  const settings = policy.type === APP_POLICY ? valueOf(policy.properties, 'StepScalingPolicyConfiguration') : policy.properties;
  const steps = listItems(valueOf(settings, 'StepAdjustments'));
  const nodes: (TemplateNode | undefined)[] = steps ? steps.map((step) => valueOf(step, 'ScalingAdjustment')) : [valueOf(settings, 'ScalingAdjustment')];
  const values: number[] = [];
  for (const node of nodes) {
    const found = numbersOf(context, node);
    if (!found) return undefined;
    values.push(...found);
  }
  return values;
}

/** A policy that only removes capacity: every adjustment negative (ExactCapacity sets a count, so it is left out). */
function scalesIn(context: CheckContext, policy: ResourceDeclaration): boolean {
  if (literalString(valueOf(policy.properties, 'AdjustmentType') ?? valueOf(valueOf(policy.properties, 'StepScalingPolicyConfiguration'), 'AdjustmentType')) === 'ExactCapacity') return false;
  const values = adjustments(context, policy);
  return values !== undefined && values.length > 0 && values.every((value) => value < 0);
}

/** CX1218: TreatMissingData breaching on an alarm whose action removes capacity. */
export const scaleInOnMissingData: CatalogueCheck = {
  id: 'CX1218',
  title: 'Alarm that scales in and treats missing data as breaching',
  topics: ['T12', 'T31'],
  severity: 'warning',
  url: MISSING_DATA_PAGE,
  explanation: {
    what:
      'TreatMissingData decides what an alarm does when its metric stops arriving: missing (the default: missing points are left ' +
      'out, and with none left the alarm goes to INSUFFICIENT_DATA), ignore (the alarm keeps its state), notBreaching, or breaching. ' +
      'With breaching, a gap in the metric puts the alarm in ' +
      'ALARM, and an alarm whose action is a scale-in policy then removes capacity whenever the data stops: when the fleet or ' +
      'the agent that publishes the metric fails, or the load balancer receives no requests.',
    exam:
      'choose TreatMissingData per alarm: breaching suits alarms where silence means trouble (a heartbeat, a scale-out on failure); ' +
      'an alarm that scales in should treat missing data as notBreaching or missing.',
    trap: 'Auto Scaling repeats an alarm\'s policy for as long as the alarm stays in ALARM, so a gap that lasts keeps removing instances down to MinSize.',
  },
  resourceTypes: [ALARM],
  run(context) {
    const hits: CheckHit[] = [];
    for (const alarm of context.resources(ALARM)) {
      const treat = entryOf(alarm.properties, 'TreatMissingData');
      // Alarms on AWS/DynamoDB metrics always ignore missing data, whatever TreatMissingData says.
      if (!treat || literalString(treat.value) !== 'breaching' || literalString(valueOf(alarm.properties, 'Namespace')) === 'AWS/DynamoDB') continue;
      const actions = valueOf(alarm.properties, 'AlarmActions');
      const policy = (isSeq(actions) ? actions.items : []).map((item) => context.referenced(item)).find(
        (target) => (target?.type === EC2_POLICY || target?.type === APP_POLICY) && scalesIn(context, target),
      );
      if (!policy) continue;
      hits.push({
        message:
          `Alarm '${alarm.logicalId}' runs scale-in policy '${policy.logicalId}' and treats missing data as breaching: when the metric ` +
          'stops arriving it removes capacity; use notBreaching or missing for an alarm that scales in',
        span: treat.value.span,
        path: ['Resources', alarm.logicalId, 'Properties', 'TreatMissingData'],
      });
    }
    return hits;
  },
};
