/** T14 checks on Elastic Beanstalk deployment policies and rolling updates. */
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { effectiveSettings, ENVIRONMENT, settingNode, settingPath, settingText, type OptionSetting } from './settings';

const DEPLOY_PAGE = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.rolling-version-deploy.html';
const COMMAND = 'aws:elasticbeanstalk:command';

interface Resolved {
  settings: Map<string, OptionSetting>;
  text: (key: string) => string | undefined;
}

/** The settings of every environment whose configuration this template holds completely. */
function environments(context: CheckContext): Array<{ environment: ResourceDeclaration } & Resolved> {
  return context.resources(ENVIRONMENT).flatMap((environment) => {
    const { settings, complete } = effectiveSettings(context, environment);
    if (!complete) return [];
    return [{ environment, settings, text: (key: string) => settingText(settings.get(key)) }];
  });
}

function isLoadBalanced(text: Resolved['text']): boolean {
  return text('aws:elasticbeanstalk:environment/EnvironmentType') !== 'SingleInstance';
}

/** CX1410: a rolling deployment whose one batch is the whole fleet. */
export const rollingBatchIsEverything: CatalogueCheck = {
  id: 'CX1410',
  title: 'Rolling deployment whose batch covers every instance',
  topics: ['T14'],
  severity: 'warning',
  url: DEPLOY_PAGE,
  explanation: {
    what:
      'BatchSize defaults to 100 with BatchSizeType Percentage. A Rolling deployment with a batch of 100 percent (or a fixed ' +
      'batch as large as the environment) takes every instance out of service at once, like AllAtOnce. RollingWithAdditionalBatch ' +
      'launches the extra batch first, so even a whole-fleet batch keeps full capacity (the fleet doubles for a while).',
    exam: 'Rolling keeps capacity only with a batch smaller than the fleet (for example 25 or 30 percent); RollingWithAdditionalBatch keeps full capacity by launching the extra batch first.',
    scenario: 'deploy with rolling batches but the whole environment went down during the deployment',
    trap: 'the batch size default is 100 percent, so "DeploymentPolicy: Rolling" alone is not a rolling deployment.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { environment, settings, text } of environments(context)) {
      const policy = settings.get(`${COMMAND}/DeploymentPolicy`);
      const name = settingText(policy);
      if (!policy || name !== 'Rolling' || !isLoadBalanced(text)) continue;
      const type = text(`${COMMAND}/BatchSizeType`) ?? 'Percentage';
      const size = Number(text(`${COMMAND}/BatchSize`) ?? '100');
      const max = Number(text('aws:autoscaling:asg/MaxSize') ?? '4');
      const whole = type === 'Percentage' ? size >= 100 : Number.isFinite(max) && size >= max;
      if (!whole || !Number.isFinite(size)) continue;
      const batch = settings.get(`${COMMAND}/BatchSize`);
      hits.push({
        message:
          `${name} deployments of '${environment.logicalId}' use a batch of ${size}${type === 'Percentage' ? ' percent' : ' instances'}` +
          `${batch ? '' : ' (the default)'}: every instance is updated at once, as with AllAtOnce`,
        span: settingNode(batch ?? policy).span,
        path: settingPath(batch ?? policy),
      });
    }
    return hits;
  },
};

/** CX1411: traffic splitting on a load balancer that cannot split traffic. */
export const trafficSplittingWithoutAlb: CatalogueCheck = {
  id: 'CX1411',
  title: 'TrafficSplitting deployment policy without an Application Load Balancer',
  topics: ['T14'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-cfg-alb.html',
  explanation: {
    what:
      'Traffic-splitting deployments send a share of requests (NewVersionPercent) to new instances through weighted target groups of ' +
      'an Application Load Balancer; Classic and Network Load Balancers cannot do that.',
    exam: '"canary a percentage of production traffic to the new version, then shift the rest" on Elastic Beanstalk is TrafficSplitting with an ALB.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { environment, settings, text } of environments(context)) {
      const policy = settings.get(`${COMMAND}/DeploymentPolicy`);
      const balancer = settings.get('aws:elasticbeanstalk:environment/LoadBalancerType');
      const type = settingText(balancer);
      if (settingText(policy) !== 'TrafficSplitting' || !balancer || type === 'application' || type === undefined || !isLoadBalanced(text)) continue;
      hits.push({
        message: `'${environment.logicalId}' deploys with TrafficSplitting on a ${type} load balancer: traffic splitting needs LoadBalancerType application`,
        span: settingNode(balancer).span,
        path: settingPath(balancer),
      });
    }
    return hits;
  },
};

/** CX1412: deployments that go on when new instances are unhealthy. */
export const ignoreHealthCheck: CatalogueCheck = {
  id: 'CX1412',
  title: 'Elastic Beanstalk deployments ignore health checks',
  topics: ['T14'],
  severity: 'warning',
  url: DEPLOY_PAGE,
  explanation: {
    what:
      'IgnoreHealthCheck: true lets a rolling or immutable deployment continue (and not roll back) when a batch of instances fails to ' +
      'become healthy within the command timeout, so a broken version can reach every instance.',
    exam: 'safe deployments stop and roll back on failed health checks; leave IgnoreHealthCheck false and size Timeout to the start-up time.',
    scenario: 'a bad application version must not reach the whole fleet',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { environment, settings } of environments(context)) {
      const ignore = settings.get(`${COMMAND}/IgnoreHealthCheck`);
      if (settingText(ignore)?.toLowerCase() !== 'true') continue;
      hits.push({
        message: `Deployments of '${environment.logicalId}' ignore health checks: a batch that never becomes healthy does not stop or roll back the deployment`,
        span: settingNode(ignore!).span,
        path: settingPath(ignore!),
      });
    }
    return hits;
  },
};

/** CX1413: traffic-splitting settings for deployments that do not split traffic. */
export const trafficSplittingOptionsUnused: CatalogueCheck = {
  id: 'CX1413',
  title: 'Traffic-splitting options without the TrafficSplitting deployment policy',
  topics: ['T14'],
  severity: 'info',
  url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html',
  explanation: {
    what:
      'aws:elasticbeanstalk:trafficsplitting NewVersionPercent and EvaluationTime are read only when DeploymentPolicy is ' +
      'TrafficSplitting; with any other policy they change nothing.',
    exam: 'TrafficSplitting shifts NewVersionPercent of traffic to new instances for EvaluationTime minutes, then all of it if they stay healthy.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { environment, settings, text } of environments(context)) {
      if (text(`${COMMAND}/DeploymentPolicy`) === 'TrafficSplitting' || (settings.has(`${COMMAND}/DeploymentPolicy`) && text(`${COMMAND}/DeploymentPolicy`) === undefined)) continue;
      const unused = settings.get('aws:elasticbeanstalk:trafficsplitting/NewVersionPercent') ?? settings.get('aws:elasticbeanstalk:trafficsplitting/EvaluationTime');
      if (!unused) continue;
      hits.push({
        message: `'${environment.logicalId}' sets traffic-splitting options but deploys with ${text(`${COMMAND}/DeploymentPolicy`) ?? 'AllAtOnce (the default)'}: they have no effect`,
        span: settingNode(unused).span,
        path: settingPath(unused),
      });
    }
    return hits;
  },
};

/** CX1414: rolling configuration updates that can never take an instance out of service. */
export const rollingUpdateMinimumTooHigh: CatalogueCheck = {
  id: 'CX1414',
  title: 'Rolling configuration updates keep as many instances in service as the environment can have',
  topics: ['T14', 'T09'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.rollingupdates.html',
  explanation: {
    what:
      'Rolling configuration updates (aws:autoscaling:updatepolicy:rollingupdate) replace instances in batches while keeping ' +
      'MinInstancesInService running. AWS asks for a maximum instance count higher than that minimum; otherwise no instance can be ' +
      'replaced and configuration changes that need new instances fail.',
    exam: 'rolling updates apply to configuration changes that replace instances (instance type, AMI); deployment policies apply to application versions.',
  },
  resourceTypes: [ENVIRONMENT],
  run(context) {
    const hits: CheckHit[] = [];
    for (const { environment, settings, text } of environments(context)) {
      const namespace = 'aws:autoscaling:updatepolicy:rollingupdate';
      const minimum = settings.get(`${namespace}/MinInstancesInService`);
      const min = Number(settingText(minimum));
      const max = Number(text('aws:autoscaling:asg/MaxSize') ?? '4');
      if (!minimum || !Number.isFinite(min) || !Number.isFinite(max) || min < max || text(`${namespace}/RollingUpdateEnabled`)?.toLowerCase() === 'false') continue;
      hits.push({
        message: `Rolling updates of '${environment.logicalId}' keep ${min} instances in service, but the environment has at most ${max}: set MaxSize above MinInstancesInService`,
        span: settingNode(minimum).span,
        path: settingPath(minimum),
      });
    }
    return hits;
  },
};

export const DEPLOYMENT_POLICY_CHECKS: readonly CatalogueCheck[] = [
  rollingBatchIsEverything,
  trafficSplittingWithoutAlb,
  ignoreHealthCheck,
  trafficSplittingOptionsUnused,
  rollingUpdateMinimumTooHigh,
];
