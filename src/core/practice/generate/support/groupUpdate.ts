/** How CloudFormation updates an Auto Scaling group's instances, as its UpdatePolicy says. */
import { isMap, valueOf, type MapNode } from '../../../model';
import type { CheckContext } from '../../../rules/catalogue/support/context';
import { durationSeconds } from '../../../rules/catalogue/support/durations';
import { literalString } from '../../../rules/exam/values';
import type { ResourceDeclaration } from '../../../sections';
import { knownBoolean, knownNumber, type Known } from './values';

export const AUTO_SCALING_GROUP = 'AWS::AutoScaling::AutoScalingGroup';
export const UPDATE_POLICY_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-updatepolicy.html';

export interface RollingSettings {
  maxBatchSize: number;
  minInService: number;
  waitOnSignals: boolean;
  /** Seconds; undefined when PauseTime is left out. */
  pauseSeconds?: number;
  pauseText?: string;
}

export type GroupUpdate = { mode: 'rolling'; rolling: RollingSettings } | { mode: 'replacing' } | { mode: 'none' };

/**
 * What a change to the launch template makes CloudFormation do with running instances; undefined when
 * a setting it depends on is computed, or the group uses policies the question does not cover
 * (instance refresh, MinActiveInstancesPercent).
 */
export function groupUpdate(context: CheckContext, group: ResourceDeclaration): GroupUpdate | undefined {
  const policy = valueOf(group.body, 'UpdatePolicy');
  if (policy === undefined) return { mode: 'none' };
  if (!isMap(policy) || valueOf(policy, 'AutoScalingInstanceRefresh') !== undefined) return undefined;
  const replacing = valueOf(policy, 'AutoScalingReplacingUpdate');
  if (replacing !== undefined) {
    const willReplace = knownBoolean(context, valueOf(replacing, 'WillReplace'));
    if (willReplace === undefined && valueOf(replacing, 'WillReplace') !== undefined) return undefined;
    if (willReplace?.value === true) return { mode: 'replacing' };
  }
  const rolling = valueOf(policy, 'AutoScalingRollingUpdate');
  if (rolling === undefined) return { mode: 'none' };
  const settings = isMap(rolling) ? rollingSettings(context, rolling) : undefined;
  return settings && { mode: 'rolling', rolling: settings };
}

function rollingSettings(context: CheckContext, rolling: MapNode): RollingSettings | undefined {
  if (valueOf(rolling, 'MinActiveInstancesPercent') !== undefined) return undefined;
  const maxBatchSize = numberOr(context, valueOf(rolling, 'MaxBatchSize'), 1);
  const minInService = numberOr(context, valueOf(rolling, 'MinInstancesInService'), 0);
  const waitNode = valueOf(rolling, 'WaitOnResourceSignals');
  const wait = waitNode === undefined ? false : knownBoolean(context, waitNode)?.value;
  const pauseNode = valueOf(rolling, 'PauseTime');
  const pauseText = literalString(pauseNode);
  const pauseSeconds = pauseText === undefined ? undefined : durationSeconds(pauseText);
  if (maxBatchSize === undefined || maxBatchSize < 1 || minInService === undefined || wait === undefined) return undefined;
  if (pauseNode !== undefined && (pauseSeconds === undefined || pauseSeconds > 3600)) return undefined;
  const settings: RollingSettings = { maxBatchSize, minInService, waitOnSignals: wait };
  return pauseSeconds === undefined ? settings : { ...settings, pauseSeconds, pauseText: pauseText! };
}

function numberOr(context: CheckContext, node: Parameters<typeof knownNumber>[1], fallback: number): number | undefined {
  return node === undefined ? fallback : knownNumber(context, node)?.value;
}

/** The group's desired capacity: DesiredCapacity, else MinSize (what Auto Scaling starts with). */
export function desiredCapacity(context: CheckContext, group: ResourceDeclaration): Known<number> | undefined {
  const desired = valueOf(group.properties, 'DesiredCapacity');
  return knownNumber(context, desired ?? valueOf(group.properties, 'MinSize'));
}

export function maxSize(context: CheckContext, group: ResourceDeclaration): number | undefined {
  return knownNumber(context, valueOf(group.properties, 'MaxSize'))?.value;
}

/** "5 min", "1 h", "90 s" from seconds. */
export function minutesText(seconds: number): string {
  if (seconds % 3600 === 0 && seconds > 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return seconds > 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}
