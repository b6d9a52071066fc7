/** CreationPolicy: how many success signals a new group needs, and how long CloudFormation waits for them. */
import { entryOf, isMap, valueOf } from '../../model';
import type { CheckContext } from '../../rules/catalogue/support/context';
import { attributeAt } from '../../rules/catalogue/support/values';
import { signalEvidence } from '../../rules/exam/userData';
import type { ResourceDeclaration } from '../../sections';
import { assemble, count } from '../assemble';
import { settingsReader, type SettingsReader } from '../read';
import { durationSeconds, formatSeconds, upTo } from '../time';
import type { SimulationOptions, SimulationProblem, Timeline } from '../types';
import { signalsNeeded } from './batches';
import { CREATION_POLICY_URL, groupFleet } from './group';

export const CREATION_DEFAULTS = { count: 1, timeout: 'PT5M', successPercent: 100 } as const;
export const CREATION_LIMITS = { timeoutSeconds: 12 * 3600 } as const;

export interface SignalRule {
  needed: number;
  timeout: number;
  /** How the number was reached, for the wait's text. */
  basis: string;
}

/** Signals and timeout of the group's CreationPolicy; `forReplacement` reads AutoScalingCreationPolicy too. */
export function creationSignals(reader: SettingsReader, group: ResourceDeclaration, fleet: number, forReplacement: boolean): SignalRule | undefined {
  const policy = attributeAt(group, 'CreationPolicy');
  if (!isMap(policy)) return undefined;
  const signal = valueOf(policy, 'ResourceSignal');
  const timeoutText = reader.string('Timeout', valueOf(signal, 'Timeout'), CREATION_DEFAULTS.timeout);
  const timeout = durationSeconds(timeoutText) ?? durationSeconds(CREATION_DEFAULTS.timeout)!;
  const percentNode = attributeAt(group, 'CreationPolicy', 'AutoScalingCreationPolicy', 'MinSuccessfulInstancesPercent');
  if (forReplacement && percentNode !== undefined) {
    const percent = reader.number('MinSuccessfulInstancesPercent', percentNode, CREATION_DEFAULTS.successPercent);
    return { needed: signalsNeeded(fleet, percent), timeout, basis: `${percent}% of ${count(fleet, 'instance')}` };
  }
  const needed = reader.number('Count', valueOf(signal, 'Count'), CREATION_DEFAULTS.count);
  return { needed, timeout, basis: `Count ${needed}` };
}

export function signalProblems(context: CheckContext, group: ResourceDeclaration, rule: SignalRule, fleet: number): SimulationProblem[] {
  const problems: SimulationProblem[] = [];
  if (rule.needed > fleet) {
    problems.push({ code: 'signals-exceed-fleet', message: `${count(rule.needed, 'success signal')} needed but the group launches ${count(fleet, 'instance')}: creation always times out`, rules: ['CX0913'] });
  }
  if (rule.timeout > CREATION_LIMITS.timeoutSeconds) {
    problems.push({ code: 'pause-too-long', message: `Timeout ${formatSeconds(rule.timeout)} is longer than the maximum of 12 hours`, rules: ['CX0912'] });
  }
  if (signalEvidence(context.template, group) === 'never') {
    problems.push({ code: 'no-signal-sender', message: 'The CreationPolicy waits for signals, but the user data never runs cfn-signal: the group times out and the stack rolls back', rules: ['CX1003'] });
  }
  return problems;
}

/** Stack creation of a group with a CreationPolicy. */
export function creationTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): Timeline | undefined {
  const reader = settingsReader(context);
  const fleet = groupFleet(context, options, group);
  const rule = creationSignals(reader, group, fleet.size, false);
  const entry = entryOf(group.body, 'CreationPolicy');
  if (!rule || !entry) return undefined;
  return assemble({
    kind: 'asg-create',
    title: 'Stack creation: CreationPolicy',
    unit: 'instances',
    fleet,
    steps: [
      {
        title: `Launch ${count(fleet.size, 'instance')} and wait for ${count(rule.needed, 'success signal')}`,
        inService: { old: 0, new: 0 },
        running: { old: 0, new: fleet.size },
        waits: [{ kind: 'signals', text: `${count(rule.needed, 'success signal')} (${rule.basis}) within Timeout ${formatSeconds(rule.timeout)}`, seconds: upTo(rule.timeout) }],
        onFailure: 'Too few signals before the Timeout, or a failure signal: the group is not created and the stack rolls back.',
      },
      {
        title: 'CREATE_COMPLETE: resources that depend on the group are created next',
        inService: { old: 0, new: fleet.size },
        waits: [],
        onFailure: 'A later failure in the stack creation rolls the whole stack back, deleting the group.',
      },
    ],
    settings: reader.settings,
    problems: signalProblems(context, group, rule, fleet.size),
    notes: ['The CreationPolicy applies only when CloudFormation creates the group (and to a replacing update, which creates a new one).'],
    summary: `waits up to ${formatSeconds(rule.timeout)} for ${count(rule.needed, 'success signal')} from ${count(fleet.size, 'new instance')}`,
    url: CREATION_POLICY_URL,
    decidingSpans: [entry.span],
    decidingPath: ['Resources', group.logicalId, 'CreationPolicy'],
  });
}
