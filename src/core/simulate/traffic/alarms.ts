/**
 * The CloudWatch alarms a deployment watches, and how soon each can go into ALARM: at the earliest
 * after DatapointsToAlarm (else EvaluationPeriods) periods of breaching data.
 */
import { valueOf, type NodePath, type TemplateNode } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { literalString } from '../../rules/catalogue/support/values';
import { asNumber, resolveScalar } from '../read';

export interface WatchedAlarm {
  /** The alarm's logical id, or the name as written when the alarm is not in the template. */
  label: string;
  /** Seconds of breaching data it needs before it can go into ALARM; undefined when the template does not say. */
  fastestAlarm?: number;
  /** Where the deployment names the alarm. */
  node: TemplateNode;
  path: NodePath;
}

export const ALARM_TYPE = 'AWS::CloudWatch::Alarm';

function numberOf(context: CheckContext, node: TemplateNode | undefined): number | undefined {
  return asNumber(resolveScalar(context, node)?.value);
}

export function watchedAlarm(context: CheckContext, node: TemplateNode, path: NodePath): WatchedAlarm {
  const referenced = context.referenced(node);
  const name = literalString(node);
  const alarm =
    referenced?.type === ALARM_TYPE
      ? referenced
      : name === undefined
        ? undefined
        : context.resources(ALARM_TYPE).find((candidate) => literalString(valueOf(candidate.properties, 'AlarmName')) === name);
  if (!alarm) return { label: name ?? referenced?.logicalId ?? 'a computed alarm name', node, path };
  const period = numberOf(context, valueOf(alarm.properties, 'Period'));
  const evaluations = numberOf(context, valueOf(alarm.properties, 'DatapointsToAlarm')) ?? numberOf(context, valueOf(alarm.properties, 'EvaluationPeriods'));
  return period !== undefined && evaluations !== undefined ? { label: alarm.logicalId, fastestAlarm: period * evaluations, node, path } : { label: alarm.logicalId, node, path };
}
