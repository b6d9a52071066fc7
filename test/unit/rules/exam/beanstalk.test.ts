import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beanstalkDeploymentPolicyRule } from '../../../../src/core/rules/exam/beanstalkDeploymentPolicy';
import { only, run, spanText } from './helpers';

const environment = (policy: string, type: string) => `Resources:
  Env:
    Type: AWS::ElasticBeanstalk::Environment
    Properties:
      ApplicationName: !Ref App
      OptionSettings:
        - Namespace: aws:elasticbeanstalk:command
          OptionName: DeploymentPolicy
          Value: ${policy}
        - Namespace: aws:elasticbeanstalk:environment
          OptionName: EnvironmentType
          Value: ${type}
`;

describe('CX7001 Elastic Beanstalk deployment policy the environment type does not support', () => {
  it('reports Rolling in a single-instance environment on the policy value', () => {
    const text = environment('Rolling', 'SingleInstance');
    const found = only(run(beanstalkDeploymentPolicyRule, text));
    assert.equal(
      found.message,
      "DeploymentPolicy Rolling needs a load-balanced environment, but 'Env' sets EnvironmentType SingleInstance: Elastic Beanstalk supports Rolling, RollingWithAdditionalBatch and TrafficSplitting only with a load balancer",
    );
    assert.equal(spanText(text, found), 'Rolling');
    assert.deepEqual(found.explanation?.topics, ['T14']);
  });

  it('combines a configuration template with the environment that uses it (JSON), reporting once', () => {
    const text = `{"Resources": {
  "Config": {"Type": "AWS::ElasticBeanstalk::ConfigurationTemplate", "Properties": {"ApplicationName": "app", "OptionSettings": [
    {"Namespace": "aws:elasticbeanstalk:command", "OptionName": "DeploymentPolicy", "Value": "TrafficSplitting"}]}},
  "Env": {"Type": "AWS::ElasticBeanstalk::Environment", "Properties": {"ApplicationName": "app", "TemplateName": {"Ref": "Config"}, "OptionSettings": [
    {"Namespace": "aws:elasticbeanstalk:environment", "OptionName": "EnvironmentType", "Value": "SingleInstance"}]}}
}}`;
    const found = only(run(beanstalkDeploymentPolicyRule, text));
    assert.equal(spanText(text, found), '"TrafficSplitting"');
    assert.equal(found.message.startsWith("DeploymentPolicy TrafficSplitting needs a load-balanced environment, but 'Env'"), true);
  });

  it('stays silent for policies single instances support, load-balanced environments and computed values', () => {
    for (const text of [
      environment('Immutable', 'SingleInstance'),
      environment('AllAtOnce', 'SingleInstance'),
      environment('RollingWithAdditionalBatch', 'LoadBalanced'),
      environment('!Ref Policy', 'SingleInstance'),
      environment('Rolling', '!Ref EnvType'),
    ]) {
      assert.deepEqual(run(beanstalkDeploymentPolicyRule, text), []);
    }
  });
});
