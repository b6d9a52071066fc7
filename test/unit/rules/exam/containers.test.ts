import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ecsCircuitBreakerRule } from '../../../../src/core/rules/exam/ecsCircuitBreaker';
import { samAutoPublishAliasRule } from '../../../../src/core/rules/exam/samAutoPublishAlias';
import { samDeploymentAlarmsRule } from '../../../../src/core/rules/exam/samDeploymentAlarms';
import { fixed, only, run, spanText } from './helpers';

const service = (extra: string) => `Resources:
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      TaskDefinition: !Ref Task
      DesiredCount: 2
${extra}`;

describe('CX6001 ECS rolling deployment without circuit breaker', () => {
  it('reports a service without one and adds it', () => {
    const text = service('');
    const found = only(run(ecsCircuitBreakerRule, text));
    assert.equal(
      found.message,
      "ECS service 'Service' deploys with rolling updates but no deployment circuit breaker: when the new tasks keep failing, the deployment keeps retrying instead of failing and rolling back",
    );
    assert.equal(spanText(text, found), 'Service');
    assert.deepEqual(found.explanation?.topics, ['T17']);
    assert.equal(
      fixed(text, found),
      text.replace(
        '      Cluster: !Ref Cluster\n',
        '      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: true\n      Cluster: !Ref Cluster\n',
      ),
    );
  });

  it('adds the breaker into an existing DeploymentConfiguration (JSON)', () => {
    const text = '{"Resources": {"Service": {"Type": "AWS::ECS::Service", "Properties": {"DeploymentConfiguration": {"MinimumHealthyPercent": 100}}}}}';
    const found = only(run(ecsCircuitBreakerRule, text));
    assert.equal(
      fixed(text, found),
      text.replace('{"MinimumHealthyPercent": 100}', '{"DeploymentCircuitBreaker": {"Enable":true,"Rollback":true}, "MinimumHealthyPercent": 100}'),
    );
  });

  it('reports a breaker without rollback and switches it on', () => {
    const text = service('      DeploymentConfiguration:\n        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: false\n');
    const found = only(run(ecsCircuitBreakerRule, text));
    assert.equal(
      found.message,
      "ECS service 'Service' deploys with rolling updates and a circuit breaker without Rollback: a failed deployment stops but the service is not returned to the last working deployment",
    );
    assert.equal(fixed(text, found), text.replace('Rollback: false', 'Rollback: true'));
  });

  it('stays silent when CloudWatch alarms fail and roll back the deployment, not when they only fail it', () => {
    const alarms = (rollback: string) =>
      service(`      DeploymentConfiguration:\n        Alarms:\n          AlarmNames: [!Ref Alarm]\n          Enable: true\n          Rollback: ${rollback}\n`);
    assert.deepEqual(run(ecsCircuitBreakerRule, alarms('true')), []);
    assert.equal(run(ecsCircuitBreakerRule, alarms('false')).length, 1);
  });

  it('stays silent with a breaker that rolls back, and for CODE_DEPLOY or EXTERNAL controllers', () => {
    for (const extra of [
      '      DeploymentConfiguration:\n        DeploymentCircuitBreaker: {Enable: true, Rollback: true}\n',
      '      DeploymentController:\n        Type: CODE_DEPLOY\n',
      '      DeploymentController: {Type: EXTERNAL}\n',
      '      DeploymentConfiguration:\n        DeploymentCircuitBreaker: !Ref Breaker\n',
      '      DeploymentConfiguration: !If [Prod, {DeploymentCircuitBreaker: {Enable: true, Rollback: true}}, !Ref AWS::NoValue]\n',
    ]) {
      assert.deepEqual(run(ecsCircuitBreakerRule, service(extra)), [], extra);
    }
  });
});

const samFunction = (properties: string, globals = '') => `Transform: AWS::Serverless-2016-10-31
${globals}Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
${properties}`;

describe('CX6002 SAM DeploymentPreference without Alarms', () => {
  it('notes a preference without alarms', () => {
    const text = samFunction('      AutoPublishAlias: live\n      DeploymentPreference:\n        Type: Canary10Percent5Minutes\n');
    const found = only(run(samDeploymentAlarmsRule, text));
    assert.equal(found.severity, 'info');
    assert.equal(
      found.message,
      "The DeploymentPreference of 'Api' has no Alarms: CodeDeploy shifts traffic to the new version and rolls back only when the deployment itself fails (for example a hook reports failure) or is stopped, not when the new version starts erroring",
    );
    assert.equal(spanText(text, found), 'DeploymentPreference');
    assert.deepEqual(found.explanation?.topics, ['T18']);
  });

  it('reads alarms and the preference from Globals, and skips a disabled preference', () => {
    const globals = 'Globals:\n  Function:\n    AutoPublishAlias: live\n    DeploymentPreference:\n      Type: Linear10PercentEvery1Minute\n      Alarms: [!Ref ErrorsAlarm]\n';
    assert.deepEqual(run(samDeploymentAlarmsRule, samFunction('', globals)), []);
    const noAlarms = 'Globals:\n  Function:\n    DeploymentPreference:\n      Type: AllAtOnce\n';
    const found = only(run(samDeploymentAlarmsRule, samFunction('      AutoPublishAlias: live\n', noAlarms)));
    assert.equal(spanText(samFunction('      AutoPublishAlias: live\n', noAlarms), found), 'Api');
    assert.deepEqual(run(samDeploymentAlarmsRule, samFunction('      DeploymentPreference: {Type: AllAtOnce, Enabled: false}\n')), []);
  });
});

describe('CX6003 SAM DeploymentPreference without AutoPublishAlias', () => {
  it('reports the missing alias (JSON)', () => {
    const text = '{"Transform": "AWS::Serverless-2016-10-31", "Resources": {"Api": {"Type": "AWS::Serverless::Function", "Properties": {"DeploymentPreference": {"Type": "AllAtOnce", "Alarms": []}}}}}';
    const found = only(run(samAutoPublishAliasRule, text));
    assert.equal(
      found.message,
      "'Api' has a DeploymentPreference but no AutoPublishAlias: the SAM transform fails, since CodeDeploy shifts traffic between versions behind that alias",
    );
    assert.equal(found.severity, 'error');
    assert.equal(spanText(text, found), '"DeploymentPreference"');
  });

  it('stays silent when the alias is on the function or in Globals', () => {
    assert.deepEqual(run(samAutoPublishAliasRule, samFunction('      AutoPublishAlias: live\n      DeploymentPreference: {Type: AllAtOnce}\n')), []);
    assert.deepEqual(run(samAutoPublishAliasRule, samFunction('      DeploymentPreference: {Type: AllAtOnce}\n', 'Globals:\n  Function:\n    AutoPublishAlias: live\n')), []);
    assert.deepEqual(run(samAutoPublishAliasRule, samFunction('      DeploymentPreference: {Type: AllAtOnce, Enabled: false}\n')), []);
  });
});
