/** How long until all traffic reaches the new version, from the deployment preference or configuration name. */
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { trafficShiftSettings, type TrafficShiftSetting } from '../support/deploymentPreferences';
import { describeShift, DEPLOYMENT_CONFIGURATIONS_PAGE, minutes, minutesToFullTraffic, SAM_DEPLOYMENT_TYPES, trafficShiftOf } from '../support/trafficShift';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

export const trafficShiftTime: QuestionKind = {
  kind: 'traffic-shift-time',
  title: 'How long until all traffic reaches the new version',
  topics: ['T18'],
  domain: 'D1',
  needs: [],
  generate(context) {
    return trafficShiftSettings(context.checks)
      .map((setting) => questionFor(context, setting))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, setting: TrafficShiftSetting): TemplateQuestion | undefined {
  const total = minutesToFullTraffic(setting.shift);
  const reason = `\`${setting.name}\`: ${describeShift(setting.shift).toLowerCase()}.`;
  // Plausible slips: one interval too many for a linear shift, the canary wait counted twice, other predefined types.
  const slips = setting.shift.shape === 'linear' ? [total + setting.shift.minutes] : setting.shift.shape === 'canary' ? [2 * setting.shift.minutes] : [];
  const others = SAM_DEPLOYMENT_TYPES.map((type) => minutesToFullTraffic(trafficShiftOf(type)!));
  const wrong = [...new Set([...slips, ...others])].filter((count) => count !== total);
  const target = setting.target === 'function' ? 'the new version of the function' : 'the new task set';
  return buildQuestion(trafficShiftTime, context, {
    subject: setting.resource.logicalId,
    path: resourcePath(setting.resource),
    stem:
      `${resourceLabel(setting.resource)} in \`${context.fileName}\` deploys with \`${setting.setting}: ${setting.name}\`. No alarm fires and there are no hooks. ` +
      `From the moment CodeDeploy starts shifting traffic, how long until all traffic reaches ${target}?`,
    right: [{ text: durationText(total), why: reason }],
    wrong: wrong.map((count) => ({ text: durationText(count), why: `Not with this configuration. ${reason}` })),
    notes: setting.target === 'function' ? ['sam-deployment-preference'] : ['codedeploy-ecs-services'],
    url: DEPLOYMENT_CONFIGURATIONS_PAGE,
    topics: setting.target === 'function' ? ['T18'] : ['T17'],
  });
}

function durationText(count: number): string {
  return count === 0 ? 'Immediately: all traffic moves in one step' : minutes(count);
}
