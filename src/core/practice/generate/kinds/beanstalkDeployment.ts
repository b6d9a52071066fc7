/** How Elastic Beanstalk deploys a new application version to this environment (DeploymentPolicy set in the template). */
import { isMap, isSeq, valueOf } from '../../../model';
import { literalString } from '../../../rules/exam/values';
import type { ResourceDeclaration } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { resourceLabel, resourcePath } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const POLICIES_PAGE = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.rolling-version-deploy.html';

const POLICIES: Readonly<Record<string, OptionDraft & { note?: string }>> = {
  AllAtOnce: { text: 'Every instance gets the new version at the same time, with a short outage while it deploys', why: '`AllAtOnce`' },
  Rolling: { text: 'Batches of instances are taken out of service and updated in turn, with reduced capacity meanwhile', why: '`Rolling`' },
  RollingWithAdditionalBatch: { text: 'An extra batch of instances is launched first, then batches are updated in turn at full capacity', why: '`RollingWithAdditionalBatch`', note: 'eb-policy-additional-batch' },
  Immutable: { text: 'A full set of new instances starts in a temporary Auto Scaling group and joins only after passing health checks', why: '`Immutable`', note: 'eb-policy-immutable' },
  TrafficSplitting: { text: 'New instances receive a share of client traffic for an evaluation period before all traffic moves to them', why: '`TrafficSplitting`', note: 'eb-policy-traffic-splitting' },
};

export const beanstalkDeployment: QuestionKind = {
  kind: 'beanstalk-deployment',
  title: 'How Elastic Beanstalk deploys a new version to this environment',
  topics: ['T14'],
  domain: 'D1',
  needs: [],
  generate(context) {
    return context.checks
      .resources('AWS::ElasticBeanstalk::Environment')
      .map((environment) => questionFor(context, environment))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, environment: ResourceDeclaration): TemplateQuestion | undefined {
  // Only a policy set here: settings applied directly to the environment win over saved configurations and .ebextensions.
  const policy = deploymentPolicy(environment);
  if (policy === undefined || !Object.hasOwn(POLICIES, policy)) return undefined;
  const option = (name: string): OptionDraft => ({ text: POLICIES[name].text, why: `That is ${POLICIES[name].why}; the environment sets \`DeploymentPolicy: ${policy}\`.` });
  return buildQuestion(beanstalkDeployment, context, {
    subject: environment.logicalId,
    path: resourcePath(environment),
    stem: `A new application version is deployed to ${resourceLabel(environment)}, configured as in \`${context.fileName}\`. How does Elastic Beanstalk roll it out?`,
    right: [option(policy)],
    wrong: Object.keys(POLICIES).filter((name) => name !== policy).map(option),
    notes: ['eb-deployment-policy', ...(POLICIES[policy].note ? [POLICIES[policy].note!] : [])],
    url: POLICIES_PAGE,
  });
}

/** DeploymentPolicy of namespace aws:elasticbeanstalk:command, when OptionSettings writes it literally. */
function deploymentPolicy(environment: ResourceDeclaration): string | undefined {
  const settings = valueOf(environment.properties, 'OptionSettings');
  if (!isSeq(settings)) return undefined;
  const setting = settings.items.find(
    (item) => isMap(item) && literalString(valueOf(item, 'Namespace')) === 'aws:elasticbeanstalk:command' && literalString(valueOf(item, 'OptionName')) === 'DeploymentPolicy',
  );
  return literalString(valueOf(setting, 'Value'));
}
