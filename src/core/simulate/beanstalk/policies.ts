/**
 * Elastic Beanstalk deployment policies, step by step, as the Deployment policies and settings page
 * and its comparison table describe them (using-features.rolling-version-deploy.html,
 * using-features.deploy-existing-version.html).
 */
import { assemble, count, type StepInput } from '../assemble';
import { exactly, minutes, upTo } from '../time';
import type { SimulatedSetting, SimulationProblem, Timeline, Wait } from '../types';
import { batchOf, BEANSTALK_DEFAULTS, type BeanstalkDeployment } from './settings';

export const DEPLOY_URL = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.rolling-version-deploy.html';
export const POLICIES = ['AllAtOnce', 'Rolling', 'RollingWithAdditionalBatch', 'Immutable', 'TrafficSplitting'] as const;

function health(deployment: BeanstalkDeployment, what: string): Wait {
  const limit = deployment.timeout + BEANSTALK_DEFAULTS.addedTimeoutSeconds;
  return { kind: 'health', text: `${what} healthy within the command Timeout (${deployment.timeout} s + 240 s)`, seconds: upTo(limit) };
}

function rollingFailure(deployment: BeanstalkDeployment): string {
  return deployment.ignoreHealthCheck
    ? 'IgnoreHealthCheck: a batch that never turns healthy does not stop the deployment, which goes on to the next batch.'
    : 'The batch does not turn healthy in time: the deployment fails; batches already done run the new version, the rest the old one. Roll back by deploying the old version again.';
}

function batches(fleet: number, batch: number): number[] {
  const sizes: number[] = [];
  for (let left = fleet; left > 0; left -= batch) sizes.push(Math.min(batch, left));
  return sizes;
}

function policySteps(deployment: BeanstalkDeployment): StepInput[] {
  const size = deployment.fleet.size;
  const batch = batchOf(deployment);
  switch (deployment.policy) {
    case 'Rolling': {
      let done = 0;
      return batches(size, batch).map((count_, index, all) => {
        const step: StepInput = { title: `Batch ${index + 1} of ${all.length}: deploy to ${count(count_, 'instance')} (out of service meanwhile)`, inService: { old: size - done - count_, new: done }, waits: [health(deployment, 'the batch')], onFailure: rollingFailure(deployment) };
        done += count_;
        return step;
      });
    }
    case 'RollingWithAdditionalBatch': {
      const steps: StepInput[] = [{ title: `Launch an additional batch of ${count(batch, 'instance')} with the new version`, inService: { old: size, new: 0 }, running: { old: size, new: batch }, waits: [health(deployment, 'the new instances')], onFailure: 'The additional batch fails: minimal impact, the existing instances were not touched.' }];
      let done = 0;
      batches(size, batch).forEach((count_, index, all) => {
        steps.push({ title: `Batch ${index + 1} of ${all.length}: deploy to ${count(count_, 'existing instance')}`, inService: { old: size - done - count_, new: batch + done }, running: { old: size - done, new: batch + done }, waits: [health(deployment, 'the batch')], onFailure: rollingFailure(deployment) });
        done += count_;
      });
      steps.push({ title: `Terminate ${count(batch, 'instance')} to return to ${size}`, inService: { old: 0, new: size }, waits: [], onFailure: 'The deployment has succeeded.' });
      return steps;
    }
    case 'Immutable':
      return [
        { title: 'Launch one instance with the new version in a temporary Auto Scaling group', inService: { old: size, new: 0 }, running: { old: size, new: 1 }, waits: [health(deployment, 'the first new instance')], onFailure: 'Elastic Beanstalk terminates the new instances; the original ones were never touched.' },
        { title: `Launch ${count(size - 1, 'more instance')} in the temporary group`, inService: { old: size, new: 1 }, running: { old: size, new: size }, waits: size > 1 ? [health(deployment, 'the new instances')] : [], onFailure: 'Elastic Beanstalk terminates the new instances; the original ones were never touched.' },
        { title: 'Move the new instances into the environment and terminate the old ones', inService: { old: 0, new: size }, waits: [], onFailure: 'The deployment has succeeded.' },
      ];
    case 'TrafficSplitting':
      return [
        { title: `Launch ${count(size, 'new instance')} in a temporary Auto Scaling group`, inService: { old: size, new: 0 }, running: { old: size, new: size }, traffic: { old: 100, new: 0 }, waits: [health(deployment, 'the new instances')], onFailure: 'Elastic Beanstalk terminates the new instances; clients never reached them.' },
        { title: `Send ${deployment.newVersionPercent}% of client traffic to the new instances`, inService: { old: size, new: size }, traffic: { old: 100 - deployment.newVersionPercent, new: deployment.newVersionPercent }, waits: [{ kind: 'bake', text: `EvaluationTime ${deployment.evaluationTime} min while their health is watched`, seconds: exactly(minutes(deployment.evaluationTime)) }], onFailure: 'The new instances turn unhealthy (or you abort): traffic moves back to the old instances and the new ones are terminated.' },
        { title: 'Shift all traffic, attach the new instances and terminate the old ones', inService: { old: 0, new: size }, traffic: { old: 0, new: 100 }, waits: [], onFailure: 'The deployment has succeeded.' },
      ];
    default:
      return [{ title: `Deploy to all ${count(size, 'instance')} at once`, inService: { old: 0, new: 0 }, waits: [health(deployment, 'every instance')], onFailure: 'Downtime while it runs; if it fails, roll back by deploying the old version again.' }];
  }
}

function policyProblems(deployment: BeanstalkDeployment): SimulationProblem[] {
  const problems: SimulationProblem[] = [];
  const rolling = deployment.policy === 'Rolling' || deployment.policy === 'RollingWithAdditionalBatch';
  if (deployment.singleInstance && (rolling || deployment.policy === 'TrafficSplitting')) {
    problems.push({ code: 'needs-load-balancer', message: `${deployment.policy} needs a load-balanced environment; this one is SingleInstance`, rules: ['CX7001'] });
  }
  if (rolling && !deployment.singleInstance && batchOf(deployment) >= deployment.fleet.size) {
    problems.push({ code: 'batch-is-fleet', message: `A batch of ${deployment.batchSize}${deployment.batchSizeType === 'Percentage' ? '%' : ''} covers all ${count(deployment.fleet.size, 'instance')}: everything is updated at once, as with AllAtOnce`, rules: ['CX1410'] });
  }
  if (deployment.policy === 'TrafficSplitting' && deployment.loadBalancerType !== undefined && deployment.loadBalancerType !== 'application') {
    problems.push({ code: 'needs-application-load-balancer', message: `TrafficSplitting needs an Application Load Balancer; LoadBalancerType is ${deployment.loadBalancerType}`, rules: ['CX1411'] });
  }
  if (deployment.ignoreHealthCheck) problems.push({ code: 'ignores-health', message: 'IgnoreHealthCheck: unhealthy batches neither stop nor roll back the deployment', rules: ['CX1412'] });
  return problems;
}

function summaryOf(deployment: BeanstalkDeployment, timeline: Pick<Timeline, 'lowestInService' | 'steps'>): string {
  const size = deployment.fleet.size;
  const batch = batchOf(deployment);
  const lowest = timeline.lowestInService ?? 0;
  switch (deployment.policy) {
    case 'Rolling':
      return `${count(timeline.steps.length, 'batch')} of ${batch}, never fewer than ${lowest} of ${size} in service`;
    case 'RollingWithAdditionalBatch':
      return `an extra batch of ${batch} first, then ${count(Math.ceil(size / batch), 'batch')} of ${batch}: never fewer than ${lowest} in service`;
    case 'Immutable':
      return `1 new instance, then ${size - 1} more in a temporary group: never fewer than ${lowest} in service, up to ${2 * size} running`;
    case 'TrafficSplitting':
      return `${size} new instances, ${deployment.newVersionPercent}% of traffic for ${deployment.evaluationTime} min, then all of it`;
    default:
      return `all ${count(size, 'instance')} at once: out of service while the new version installs`;
  }
}

export function beanstalkTimeline(deployment: BeanstalkDeployment, settings: SimulatedSetting[], logicalId: string): Timeline {
  const policy = (POLICIES as readonly string[]).includes(deployment.policy) ? deployment.policy : 'AllAtOnce';
  const known = { ...deployment, policy };
  const draft = assemble({
    kind: 'beanstalk',
    title: `Deployment of an application version: ${policy}`,
    unit: 'instances',
    fleet: deployment.fleet,
    steps: policySteps(known),
    settings,
    problems: policyProblems(known),
    notes: [
      known.batchSizeType === 'Percentage' ? 'A percentage batch is rounded up here to whole instances (at least one).' : `A fixed batch may be at most MaxSize (${known.maxSize}).`,
      ...(deployment.complete ? [] : ['Part of the configuration comes from outside the template: defaults fill the gaps.']),
    ],
    summary: '',
    url: DEPLOY_URL,
    decidingSpans: deployment.spans,
    decidingPath: ['Resources', logicalId, 'Properties', 'OptionSettings'],
  });
  return { ...draft, summary: summaryOf(known, draft) };
}
