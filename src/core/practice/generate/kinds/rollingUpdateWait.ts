/** What CloudFormation waits for after each batch of this group's rolling update (WaitOnResourceSignals, PauseTime). */
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { AUTO_SCALING_GROUP, groupUpdate, minutesText, UPDATE_POLICY_PAGE, type RollingSettings } from '../support/groupUpdate';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

/** PauseTime's default when WaitOnResourceSignals is true. */
const DEFAULT_SIGNAL_WAIT_SECONDS = 300;

type Outcome = 'signals' | 'pause' | 'immediately';

export const rollingUpdateWait: QuestionKind = {
  kind: 'rolling-update-wait',
  title: 'What CloudFormation waits for after each batch of a rolling update',
  topics: ['T09'],
  domain: 'D3',
  needs: [],
  generate(context) {
    return context.checks
      .resources(AUTO_SCALING_GROUP)
      .map((group) => questionFor(context, group))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, group: ResourceDeclaration): TemplateQuestion | undefined {
  const update = groupUpdate(context.checks, group);
  if (update?.mode !== 'rolling') return undefined;
  const { rolling } = update;
  const outcome: Outcome = rolling.waitOnSignals ? 'signals' : rolling.pauseSeconds ? 'pause' : 'immediately';
  const options = optionsFor(rolling);
  return buildQuestion(rollingUpdateWait, context, {
    subject: group.logicalId,
    path: resourcePath(group),
    stem:
      `A stack update makes CloudFormation roll out a new launch template to ${resourceLabel(group)} in \`${context.fileName}\`. ` +
      'What does CloudFormation do after it has replaced a batch of instances, before the next batch?',
    right: [options[outcome]],
    wrong: [options.signals, options.pause, options.immediately, options.healthChecks].filter((option) => option !== options[outcome]),
    notes: ['asg-rolling-wait-on-signals', 'asg-rolling-pause-time'],
    url: UPDATE_POLICY_PAGE,
  });
}

function optionsFor(rolling: RollingSettings): Record<Outcome | 'healthChecks', OptionDraft> {
  const signalWait = minutesText(rolling.pauseSeconds ?? DEFAULT_SIGNAL_WAIT_SECONDS);
  const plainPause = rolling.pauseSeconds ? minutesText(rolling.pauseSeconds) : '5 min';
  const written = rolling.waitOnSignals
    ? `The policy has \`WaitOnResourceSignals: true\` and ${rolling.pauseText ? `\`PauseTime: ${rolling.pauseText}\`` : 'no `PauseTime`, which then defaults to `PT5M`'}.`
    : `The policy does not set \`WaitOnResourceSignals: true\`, and ${rolling.pauseText ? `has \`PauseTime: ${rolling.pauseText}\`` : 'has no `PauseTime`, which without signals defaults to `PT0S` (no wait)'}.`;
  return {
    signals: {
      text: `It waits up to ${signalWait} for success signals (cfn-signal) from the new instances; without them the update fails and rolls back`,
      why: written,
    },
    pause: {
      text: `It waits ${plainPause}, then goes on whether or not the new instances work`,
      why: written,
    },
    immediately: {
      text: 'It goes on to the next batch as soon as the new instances are launched',
      why: written,
    },
    healthChecks: {
      text: "It waits until the new instances pass the load balancer's health checks",
      why: 'A rolling update does not read load balancer health: only signals (with `WaitOnResourceSignals`) or the `PauseTime` decide when the next batch starts.',
    },
  };
}
