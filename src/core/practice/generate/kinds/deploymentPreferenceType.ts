/** What the deployment preference type (or predefined configuration) of this function does. */
import type { TemplateQuestion } from '../../types';
import { buildQuestion } from '../support/build';
import { trafficShiftSettings, type TrafficShiftSetting } from '../support/deploymentPreferences';
import { describeShift, DEPLOYMENT_CONFIGURATIONS_PAGE, SAM_DEPLOYMENT_TYPES, trafficShiftOf } from '../support/trafficShift';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

export const deploymentPreferenceType: QuestionKind = {
  kind: 'deployment-preference-type',
  title: 'What this deployment preference type does',
  topics: ['T18'],
  domain: 'D1',
  needs: [],
  generate(context) {
    return trafficShiftSettings(context.checks)
      .filter((setting) => setting.target === 'function')
      .map((setting) => questionFor(context, setting))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, setting: TrafficShiftSetting): TemplateQuestion | undefined {
  const own = describeShift(setting.shift);
  // One of each shape first (other shapes before this one's), so the options differ in kind and not only in numbers.
  const seen = new Map<string, number>();
  const others = SAM_DEPLOYMENT_TYPES.map((type) => ({ type, shift: trafficShiftOf(type)! }))
    .filter(({ shift }) => describeShift(shift) !== own)
    .map((option) => {
      const rank = seen.get(option.shift.shape) ?? 0;
      seen.set(option.shift.shape, rank + 1);
      return { ...option, rank: rank * 2 + Number(option.shift.shape === setting.shift.shape) };
    })
    .sort((a, b) => a.rank - b.rank);
  return buildQuestion(deploymentPreferenceType, context, {
    subject: setting.resource.logicalId,
    path: resourcePath(setting.resource),
    stem: `${resourceLabel(setting.resource)} in \`${context.fileName}\` has \`${setting.setting}: ${setting.name}\`. What happens to its alias's traffic when a new version is deployed?`,
    right: [{ text: own, why: `That is \`${setting.name}\`.` }],
    wrong: others.map(({ type, shift }) => ({ text: describeShift(shift), why: `That is \`${type}\`, not \`${setting.name}\`.` })),
    notes: ['sam-deployment-preference'],
    url: DEPLOYMENT_CONFIGURATIONS_PAGE,
  });
}
