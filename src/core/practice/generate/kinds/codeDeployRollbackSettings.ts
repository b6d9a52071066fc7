/** Which two settings of this deployment group make it roll back when its alarm fires (choose two). */
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { alarmToAsk, DEPLOYMENT_GROUP, groupAlarms } from '../support/groupAlarms';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const ROLLBACK_PAGE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html';

export const codeDeployRollbackSettings: QuestionKind = {
  kind: 'codedeploy-rollback-settings',
  title: 'Which two settings make a deployment group roll back on its alarm',
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
  return buildQuestion(codeDeployRollbackSettings, context, {
    subject: group.logicalId,
    path: resourcePath(group),
    stem:
      `A new revision deployed through ${resourceLabel(group)} in \`${context.fileName}\` must be rolled back automatically ` +
      `when the CloudWatch alarm \`${alarm}\` goes into ALARM. Which two settings of the deployment group are needed together? (Choose two.)`,
    right: [
      { text: `\`AlarmConfiguration\` with \`Enabled: true\` and \`${alarm}\` in \`Alarms\``, why: `CodeDeploy stops a deployment only for alarms it watches. ${now(alarms.watched && alarms.listed.includes(alarm), 'The group already watches it', 'The group does not watch it yet')}.` },
      { text: '`AutoRollbackConfiguration` with `Enabled: true` and `DEPLOYMENT_STOP_ON_ALARM` in `Events`', why: `Without this event a deployment stopped by an alarm is not rolled back. ${now(alarms.rollsBackOnAlarm, 'The group already has it', 'The group does not have it yet')}.` },
    ],
    wrong: [
      { text: '`AutoRollbackConfiguration` with `Enabled: true` and only `DEPLOYMENT_FAILURE` in `Events`', why: 'A deployment stopped by an alarm is stopped, not failed: `DEPLOYMENT_FAILURE` alone does not roll it back.' },
      { text: '`AlarmConfiguration` with `IgnorePollAlarmFailure: true`', why: 'That only lets the deployment go on when CodeDeploy cannot read the alarm states; it rolls nothing back.' },
      { text: `\`TriggerConfigurations\` that notify an SNS topic of \`DeploymentFailure\` events`, why: 'Triggers send notifications; they do not stop or roll back a deployment.' },
      { text: '`DeploymentConfigName: CodeDeployDefault.OneAtATime`', why: 'The deployment configuration sets the pace of the deployment, not what happens when an alarm fires.' },
    ],
    notes: ['codedeploy-auto-rollback', 'codedeploy-stop-on-alarm', 'codedeploy-alarm-configuration'],
    url: ROLLBACK_PAGE,
  });
}

function now(present: boolean, yes: string, no: string): string {
  return present ? yes : no;
}
