import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemCodes, serving, timelineOf } from './helpers';

const POLICIES = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.rolling-version-deploy.html';
const OPTIONS = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html';
const COMPARISON = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.deploy-existing-version.html';

const environment = (settings: Array<[string, string, string]>) => [
  'Resources:',
  '  Env:',
  '    Type: AWS::ElasticBeanstalk::Environment',
  '    Properties:',
  '      ApplicationName: web',
  '      SolutionStackName: 64bit Amazon Linux 2023 v4.0.0 running Python 3.11',
  '      OptionSettings:',
  ...settings.map(([namespace, name, value]) => `        - {Namespace: "${namespace}", OptionName: ${name}, Value: "${value}"}`),
];
const asg = (min: number): [string, string, string] => ['aws:autoscaling:asg', 'MinSize', String(min)];
const command = (name: string, value: string): [string, string, string] => ['aws:elasticbeanstalk:command', name, value];

describe(`Elastic Beanstalk deployment policies (${POLICIES})`, () => {
  it(`defaults (${OPTIONS}): AllAtOnce on MinSize 1, health within Timeout 600 s + 240 s`, () => {
    const timeline = timelineOf(environment([]), 'Env', 'beanstalk');
    assert.equal(timeline.summary, 'all 1 instance at once: out of service while the new version installs');
    assert.deepEqual(timeline.duration, { min: 0, max: 840 });
    assert.deepEqual(timeline.fleet, { size: 1, source: 'MinSize (1 by default)', origin: 'default' });
  });

  it('Rolling, 25 percent of four instances: one batch at a time, three in service', () => {
    const timeline = timelineOf(environment([asg(4), command('DeploymentPolicy', 'Rolling'), command('BatchSizeType', 'Percentage'), command('BatchSize', '25')]), 'Env', 'beanstalk');
    assert.equal(timeline.summary, '4 batches of 1, never fewer than 3 of 4 in service');
    assert.deepEqual(serving(timeline), [[3, 0], [2, 1], [1, 2], [0, 3]]);
  });

  it('Rolling with the default batch of 100 percent is everything at once (the catalogue check CX1410)', () => {
    const timeline = timelineOf(environment([asg(4), command('DeploymentPolicy', 'Rolling')]), 'Env', 'beanstalk');
    assert.deepEqual(problemCodes(timeline), ['batch-is-fleet']);
    assert.equal(timeline.lowestInService, 0);
  });

  it('RollingWithAdditionalBatch, fixed batch of 2: full capacity throughout', () => {
    const timeline = timelineOf(environment([asg(4), command('DeploymentPolicy', 'RollingWithAdditionalBatch'), command('BatchSizeType', 'Fixed'), command('BatchSize', '2')]), 'Env', 'beanstalk');
    assert.equal(timeline.summary, 'an extra batch of 2 first, then 2 batches of 2: never fewer than 4 in service');
    assert.deepEqual(serving(timeline), [[4, 0], [2, 2], [0, 4], [0, 4]]);
  });

  it('Immutable: one new instance first, then the rest, in a temporary group', () => {
    const timeline = timelineOf(environment([asg(3), command('DeploymentPolicy', 'Immutable')]), 'Env', 'beanstalk');
    assert.equal(timeline.summary, '1 new instance, then 2 more in a temporary group: never fewer than 3 in service, up to 6 running');
  });

  it('TrafficSplitting: NewVersionPercent 10 for EvaluationTime 5 minutes by default; needs an Application Load Balancer', () => {
    const timeline = timelineOf(
      environment([asg(2), command('DeploymentPolicy', 'TrafficSplitting'), ['aws:elasticbeanstalk:environment', 'LoadBalancerType', 'network']]),
      'Env',
      'beanstalk',
    );
    assert.equal(timeline.summary, '2 new instances, 10% of traffic for 5 min, then all of it');
    assert.deepEqual(timeline.steps.map((step) => step.traffic?.new), [0, 10, 100]);
    assert.deepEqual(problemCodes(timeline), ['needs-application-load-balancer']);
  });

  it(`what a failure leads to, as the comparison table says (${COMPARISON})`, () => {
    const failure = (policy: string) => timelineOf(environment([asg(2), command('DeploymentPolicy', policy), command('BatchSize', '50')]), 'Env', 'beanstalk').steps[0].onFailure;
    assert.match(failure('AllAtOnce'), /Downtime.*deploying the old version again/);
    assert.match(failure('Rolling'), /batches already done run the new version/);
    assert.match(failure('Immutable'), /terminates the new instances/);
    assert.match(failure('TrafficSplitting'), /terminates the new instances/);
  });
});
