/** What CodeDeploy does when an alarm goes into ALARM during a deployment of this group. */
import { valueOf } from '../../../model';
import { computePlatformOf, type ComputePlatform } from '../../../rules/exam/codeDeployHelpers';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { alarmToAsk, DEPLOYMENT_GROUP, groupAlarms, type GroupAlarms } from '../support/groupAlarms';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const ROLLBACK_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html';

type Outcome = 'ignored' | 'stops' | 'rollsBack';

/**
 * Where a stop leaves the group's targets, and what a rollback moves back, in the platform's own terms: a
 * rollback is a new deployment of the last good revision, which for Lambda and ECS moves traffic back.
 */
const PLATFORM_OUTCOMES: Readonly<Record<ComputePlatform, Record<'stops' | 'rollsBack', string>>> = {
  Server: {
    stops: 'It stops the deployment; instances keep whatever revision they had reached',
    rollsBack: 'It stops the deployment and redeploys the last successful revision to the instances as a new deployment',
  },
  Lambda: {
    stops: 'It stops the deployment without rolling back; the alias can be left splitting traffic between the two versions',
    rollsBack: 'It stops the deployment and rolls back: a new deployment points all of the alias\'s traffic at the original version again',
  },
  ECS: {
    stops: 'It stops the deployment without rolling back; production traffic is not moved back to the original task set',
    rollsBack: 'It stops the deployment and rolls back: a new deployment sends all production traffic back to the original task set',
  },
  unknown: {
    stops: 'It stops the deployment; whatever it had already changed stays as it is',
    rollsBack: 'It stops the deployment and redeploys the last successful revision as a new deployment',
  },
};

export const codeDeployAlarmOutcome: QuestionKind = {
  kind: 'codedeploy-alarm-outcome',
  title: 'What CodeDeploy does when an alarm fires during a deployment',
  topics: ['T06'],
  domain: 'D1',
  needs: [],
  generate(context) {
    return context.checks
      .resources(DEPLOYMENT_GROUP)
      .map((group) => questionFor(context, group))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, group: ResourceDeclaration): TemplateQuestion | undefined {
  const alarms = groupAlarms(context.checks, group);
  const alarm = alarms && alarmToAsk(context.checks, alarms);
  if (!alarms || !alarm) return undefined;
  const outcome: Outcome = !alarms.watched || !alarms.listed.includes(alarm) ? 'ignored' : alarms.rollsBackOnAlarm ? 'rollsBack' : 'stops';
  const platform = computePlatformOf(group, context.checks.referenced(valueOf(group.properties, 'ApplicationName')));
  const options = optionsFor(alarms, alarm, platform);
  return buildQuestion(codeDeployAlarmOutcome, context, {
    subject: `${group.logicalId}/${alarm}`,
    path: resourcePath(group),
    stem:
      `CodeDeploy is deploying a new revision through ${resourceLabel(group)}, configured as in \`${context.fileName}\`. ` +
      `Halfway through, the CloudWatch alarm \`${alarm}\` goes into the ALARM state. What does CodeDeploy do?`,
    right: [options[outcome]],
    wrong: [options.ignored, options.stops, options.rollsBack, options.waits].filter((option) => option !== options[outcome]),
    notes: ['codedeploy-alarm-configuration', 'codedeploy-stop-on-alarm', 'codedeploy-auto-rollback'],
    url: ROLLBACK_PAGE,
  });
}

function optionsFor(alarms: GroupAlarms, alarm: string, platform: ComputePlatform): Record<Outcome | 'waits', OptionDraft> {
  const watchedText = !alarms.listed.includes(alarm)
    ? `\`${alarm}\` is not in the group's \`AlarmConfiguration\`, so CodeDeploy does not watch it.`
    : alarms.watched
      ? `\`${alarm}\` is listed in \`AlarmConfiguration\` with \`Enabled: true\`, so CodeDeploy stops the deployment when it fires.`
      : `\`${alarm}\` is listed, but \`AlarmConfiguration\` is not enabled, so CodeDeploy ignores it.`;
  const rollbackText = alarms.rollsBackOnAlarm
    ? '`AutoRollbackConfiguration` is enabled with `DEPLOYMENT_STOP_ON_ALARM`, so a stop caused by an alarm is rolled back.'
    : '`AutoRollbackConfiguration` does not roll back on `DEPLOYMENT_STOP_ON_ALARM`, so a stopped deployment stays where it stopped.';
  return {
    ignored: { text: 'Nothing: the deployment carries on to the end', why: watchedText },
    stops: { text: PLATFORM_OUTCOMES[platform].stops, why: `${watchedText} ${rollbackText}` },
    rollsBack: { text: PLATFORM_OUTCOMES[platform].rollsBack, why: `${watchedText} ${rollbackText}` },
    waits: { text: 'It pauses the deployment until the alarm returns to OK, then continues', why: 'CodeDeploy never waits for an alarm to clear: a watched alarm stops the deployment, an unwatched one is ignored.' },
  };
}
