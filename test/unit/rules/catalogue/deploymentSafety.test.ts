/** ECS rolling deployments that may stop every task or ignore their safeguards, and access keys handed to instances. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deploymentSafeguardsOff, rollingDeploymentDowntime } from '../../../../src/core/rules/catalogue/containers/ecsDeploymentSafety';
import { instanceAccessKeys } from '../../../../src/core/rules/catalogue/governance/instanceAccessKeys';
import { containersOverTaskMemory } from '../../../../src/core/rules/catalogue/containers/containerMemory';
import { findings, paths, resources } from './checkObjects';

function service(configuration: string, extra = ''): string {
  return resources(`  Svc:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: c\n      TaskDefinition: t\n      DesiredCount: 2\n${extra}      DeploymentConfiguration:\n${configuration}`);
}

describe('CX1738 ECS rolling deployment that may stop every task', () => {
  it('reports MinimumHealthyPercent 0 with MaximumPercent 100 or less, at the minimum', () => {
    const text = service('        MinimumHealthyPercent: 0\n        MaximumPercent: 100\n');
    assert.deepEqual(paths(rollingDeploymentDowntime, text), ['Resources/Svc/Properties/DeploymentConfiguration/MinimumHealthyPercent']);
    assert.match(findings(rollingDeploymentDowntime, text)[0].message, /MaximumPercent 100: a deployment may stop every task/);
  });

  it('leaves room to start new tasks first, half the tasks kept, DAEMON services and other controllers alone', () => {
    assert.deepEqual(paths(rollingDeploymentDowntime, service('        MinimumHealthyPercent: 0\n        MaximumPercent: 200\n')), []);
    assert.deepEqual(paths(rollingDeploymentDowntime, service('        MinimumHealthyPercent: 50\n        MaximumPercent: 100\n')), []);
    assert.deepEqual(paths(rollingDeploymentDowntime, service('        MinimumHealthyPercent: 0\n')), []);
    assert.deepEqual(paths(rollingDeploymentDowntime, service('        MinimumHealthyPercent: 0\n        MaximumPercent: 100\n', '      SchedulingStrategy: DAEMON\n')), []);
    assert.deepEqual(paths(rollingDeploymentDowntime, service('        MinimumHealthyPercent: 0\n        MaximumPercent: 100\n', '      DeploymentController:\n        Type: CODE_DEPLOY\n')), []);
  });
});

describe('CX1739 ECS deployment safeguards turned off', () => {
  it('reports listed alarms with Enable false and a circuit breaker asked to roll back but disabled', () => {
    const text = service(
      '        Alarms:\n          AlarmNames: [HighErrors]\n          Enable: false\n          Rollback: true\n        DeploymentCircuitBreaker:\n          Enable: false\n          Rollback: true\n',
    );
    assert.deepEqual(paths(deploymentSafeguardsOff, text), [
      'Resources/Svc/Properties/DeploymentConfiguration/Alarms/Enable',
      'Resources/Svc/Properties/DeploymentConfiguration/DeploymentCircuitBreaker/Enable',
    ]);
  });

  it('leaves an empty alarm list, enabled safeguards and a breaker without rollback alone', () => {
    const text = service(
      '        Alarms:\n          AlarmNames: []\n          Enable: false\n          Rollback: false\n        DeploymentCircuitBreaker:\n          Enable: false\n          Rollback: false\n',
    );
    assert.deepEqual(paths(deploymentSafeguardsOff, text), []);
    assert.deepEqual(paths(deploymentSafeguardsOff, service('        Alarms:\n          AlarmNames: [HighErrors]\n          Enable: true\n          Rollback: true\n')), []);
  });
});

function instance(script: string, parameters = ''): string {
  return resources(`  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      UserData:\n        Fn::Base64: !Sub |\n${script}`, parameters);
}

describe('CX3221 access keys handed to instances', () => {
  it('reports a key written as text and one from a template parameter, once per resource, at the first setting', () => {
    const text = instance('          #!/bin/bash\n          export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n          aws configure set aws_secret_access_key ${SecretKey}\n', '  SecretKey:\n    Type: String\n    NoEcho: true\n');
    const found = findings(instanceAccessKeys, text);
    assert.deepEqual(found.map((hit) => hit.path?.join('/')), ['Resources/Web/Properties/UserData']);
    assert.equal(text.slice(found[0].span.start, found[0].span.end), 'AWS_ACCESS_KEY_ID');
  });

  it('reports a credentials file that cfn-init writes with a dynamic reference', () => {
    const text = resources(
      '  Web:\n    Type: AWS::EC2::Instance\n    Metadata:\n      AWS::CloudFormation::Init:\n        config:\n          files:\n            /root/.aws/credentials:\n              content: |\n                [default]\n                aws_access_key_id = {{resolve:secretsmanager:worker:SecretString:id}}\n    Properties:\n      ImageId: ami-12345678\n',
    );
    assert.deepEqual(paths(instanceAccessKeys, text), ['Resources/Web/Metadata/AWS::CloudFormation::Init/config/files//root/.aws/credentials/content']);
  });

  it('leaves credentials the script finds at run time alone: shell variables, command output, an assumed role', () => {
    const script =
      '          #!/bin/bash\n          CREDS=$(aws sts assume-role --role-arn arn:aws:iam::111122223333:role/x --role-session-name s)\n' +
      '          export AWS_ACCESS_KEY_ID=$(echo "$CREDS" | jq -r .Credentials.AccessKeyId)\n          export AWS_SECRET_ACCESS_KEY=${!SECRET}\n          unset AWS_ACCESS_KEY_ID\n';
    assert.deepEqual(paths(instanceAccessKeys, instance(script)), []);
  });
});

describe('CX1740 containers reserving more memory than the task has', () => {
  const task = (memory: string, containers: string) =>
    resources(`  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Memory: ${memory}\n      ContainerDefinitions:\n${containers}`);
  const container = (name: string, settings: string) => `        - Name: ${name}\n          Image: nginx\n${settings}`;

  it('adds up each container’s reservation, or its hard limit without one, against the task memory in MiB or GB', () => {
    const text = task('"1 GB"', container('app', '          MemoryReservation: 768\n          Memory: 4096\n') + container('proxy', '          Memory: 512\n'));
    assert.deepEqual(paths(containersOverTaskMemory, text), ['Resources/Task/Properties/Memory']);
    assert.match(findings(containersOverTaskMemory, text)[0].message, /reserve 1280 MiB of memory in all, more than the task's Memory \(1024 MiB\)/);
  });

  it('accepts containers that fit exactly, and leaves computed amounts alone', () => {
    assert.deepEqual(paths(containersOverTaskMemory, task('1024', container('app', '          Memory: 1024\n'))), []);
    assert.deepEqual(paths(containersOverTaskMemory, task('1024', container('app', '          Memory: !Ref AppMemory\n') + container('b', '          Memory: 2048\n'))), []);
    assert.deepEqual(paths(containersOverTaskMemory, task('!Ref TaskMemory', container('app', '          Memory: 4096\n'))), []);
  });
});
