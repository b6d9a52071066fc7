/** AutoScalingReplacingUpdate (WillReplace): a whole new group beside the old one, judged by the CreationPolicy. */
import type { CheckContext } from '../../rules/catalogue/support/context';
import type { ResourceDeclaration } from '../../sections';
import { assemble, count } from '../assemble';
import { settingsReader } from '../read';
import { formatSeconds, upTo } from '../time';
import type { SimulationOptions, SimulationProblem, Timeline, Wait } from '../types';
import { creationSignals, signalProblems } from './creation';
import { groupFleet, policyEntries, UPDATE_POLICY_URL } from './group';
import { sharedUpdateProblems } from './updateProblems';

export function replacingUpdateTimeline(context: CheckContext, options: SimulationOptions, group: ResourceDeclaration): Timeline {
  const reader = settingsReader(context);
  reader.note('WillReplace', 'true', 'template');
  const fleet = groupFleet(context, options, group);
  const size = fleet.size;
  const rule = creationSignals(reader, group, size, true);
  const waits: Wait[] = rule
    ? [{ kind: 'signals', text: `${count(rule.needed, 'success signal')} (${rule.basis}) within the CreationPolicy Timeout ${formatSeconds(rule.timeout)}`, seconds: upTo(rule.timeout) }]
    : [];
  const problems: SimulationProblem[] = rule
    ? signalProblems(context, group, rule, size)
    : [{ code: 'no-creation-policy', message: 'No CreationPolicy: CloudFormation does not wait for the new instances to work before it deletes the old group', rules: ['CX0919'] }];
  return assemble({
    kind: 'asg-replacing',
    title: 'Stack update: AutoScalingReplacingUpdate',
    unit: 'instances',
    fleet,
    steps: [
      {
        title: `Create a new group of ${count(size, 'instance')} beside the old one`,
        inService: { old: size, new: 0 },
        running: { old: size, new: size },
        waits,
        onFailure: 'The new group fails (too few signals before the Timeout): the update fails, CloudFormation deletes the new group and the old one keeps serving.',
      },
      {
        title: 'The rest of the stack update completes; the old group still exists',
        inService: { old: size, new: size },
        waits: [],
        onFailure: 'A later failure rolls back to the old group, which was never touched, and deletes the new one.',
      },
      {
        title: 'Cleanup deletes the old group',
        inService: { old: 0, new: size },
        waits: [{ kind: 'cleanup', text: 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS' }],
        onFailure: 'The update has succeeded: going back now means another update.',
      },
    ],
    settings: reader.settings,
    problems: [...problems, ...sharedUpdateProblems(context, group)],
    notes: ['Both groups run at the same time: the account needs EC2 capacity for twice the fleet.', 'WillReplace: true takes precedence over an AutoScalingRollingUpdate in the same UpdatePolicy.'],
    summary: rule
      ? `new group of ${size} beside the old one, old group kept until ${count(rule.needed, 'signal')} arrive (up to ${formatSeconds(rule.timeout)}), then deleted at cleanup`
      : `new group of ${size} beside the old one, old group deleted at cleanup without waiting for signals`,
    url: UPDATE_POLICY_URL,
    decidingSpans: policyEntries(group, 'AutoScalingReplacingUpdate').map((entry, index) => (index === 0 ? entry.key.span : entry.span)),
    decidingPath: ['Resources', group.logicalId, 'UpdatePolicy', 'AutoScalingReplacingUpdate'],
  });
}
