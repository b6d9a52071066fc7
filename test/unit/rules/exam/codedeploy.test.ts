import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeDeployAlarmRollbackRule } from '../../../../src/core/rules/exam/codeDeployAlarmRollback';
import { codeDeployBlueGreenEc2Rule } from '../../../../src/core/rules/exam/codeDeployBlueGreenEc2';
import { codeDeployRollbackRule } from '../../../../src/core/rules/exam/codeDeployRollback';
import { fixed, only, run, spanText } from './helpers';

const group = (properties: string) => `Resources:
  App:
    Type: AWS::CodeDeploy::Application
  Group:
    Type: AWS::CodeDeploy::DeploymentGroup
    Properties:
      ApplicationName: !Ref App
      ServiceRoleArn: arn:aws:iam::123456789012:role/CodeDeploy
${properties}`;

describe('CX2001 deployment group without automatic rollback', () => {
  it('reports a missing AutoRollbackConfiguration and adds one', () => {
    const text = group('      Ec2TagFilters:\n        - {Key: app, Value: web, Type: KEY_AND_VALUE}\n');
    const found = only(run(codeDeployRollbackRule, text));
    assert.equal(found.message, "Deployment group 'Group' has no AutoRollbackConfiguration: a failed deployment is not rolled back to the last good revision");
    assert.equal(spanText(text, found), 'Group');
    assert.deepEqual(found.explanation?.topics, ['T06']);
    assert.equal(
      fixed(text, found),
      text.replace(
        '      ApplicationName: !Ref App\n',
        '      AutoRollbackConfiguration:\n        Enabled: true\n        Events:\n          - DEPLOYMENT_FAILURE\n      ApplicationName: !Ref App\n',
      ),
    );
  });

  it('leaves alone a group that deploys a revision itself (Deployment), which may not take AutoRollbackConfiguration', () => {
    const text = group('      Deployment:\n        Revision: {RevisionType: S3, S3Location: {Bucket: releases, Key: app.zip, BundleType: zip}}\n      Ec2TagFilters:\n        - {Key: app, Value: web, Type: KEY_AND_VALUE}\n');
    assert.deepEqual(run(codeDeployRollbackRule, text), []);
  });

  it('adds DEPLOYMENT_STOP_ON_ALARM to the fix when the group has alarms (JSON)', () => {
    const text = `{
  "Resources": {
    "Group": {
      "Type": "AWS::CodeDeploy::DeploymentGroup",
      "Properties": {
        "ApplicationName": "web",
        "AlarmConfiguration": {"Enabled": true, "Alarms": [{"Name": "web-5xx"}]}
      }
    }
  }
}`;
    const found = only(run(codeDeployRollbackRule, text));
    assert.equal(
      fixed(text, found),
      text.replace(
        '        "ApplicationName": "web",',
        '        "AutoRollbackConfiguration": {\n' +
          '          "Enabled": true,\n' +
          '          "Events": [\n' +
          '            "DEPLOYMENT_FAILURE",\n' +
          '            "DEPLOYMENT_STOP_ON_ALARM"\n' +
          '          ]\n' +
          '        },\n' +
          '        "ApplicationName": "web",',
      ),
    );
  });

  it('reports Enabled: false on its value and turns it on', () => {
    const text = group('      AutoRollbackConfiguration:\n        Enabled: false\n        Events: [DEPLOYMENT_FAILURE]\n');
    const found = only(run(codeDeployRollbackRule, text));
    assert.equal(found.message, "Automatic rollback is disabled for deployment group 'Group': a failed deployment is not rolled back to the last good revision");
    assert.equal(spanText(text, found), 'false');
    assert.equal(fixed(text, found), text.replace('Enabled: false', 'Enabled: true'));
  });

  it('stays silent when rollback is on or computed', () => {
    assert.deepEqual(run(codeDeployRollbackRule, group('      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}\n')), []);
    assert.deepEqual(run(codeDeployRollbackRule, group('      AutoRollbackConfiguration: !If [Prod, {Enabled: true}, !Ref AWS::NoValue]\n')), []);
  });
});

describe('CX2002 alarms without DEPLOYMENT_STOP_ON_ALARM', () => {
  const withAlarms = (events: string) =>
    group(`      AlarmConfiguration:\n        Enabled: true\n        Alarms:\n          - Name: web-5xx\n      AutoRollbackConfiguration:\n        Enabled: true\n        Events:\n${events}`);

  it('reports the events list and appends the alarm event', () => {
    const text = withAlarms('          - DEPLOYMENT_FAILURE\n');
    const found = only(run(codeDeployAlarmRollbackRule, text));
    assert.equal(
      found.message,
      "Deployment group 'Group' has CloudWatch alarms, but its rollback events lack DEPLOYMENT_STOP_ON_ALARM: an alarm stops the deployment without rolling it back",
    );
    assert.equal(spanText(text, found), '- DEPLOYMENT_FAILURE\n');
    assert.equal(fixed(text, found), text.replace('          - DEPLOYMENT_FAILURE\n', '          - DEPLOYMENT_FAILURE\n          - DEPLOYMENT_STOP_ON_ALARM\n'));
  });

  it('appends inside a flow list', () => {
    const text = group('      AlarmConfiguration: {Enabled: true, Alarms: [{Name: a}]}\n      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}\n');
    const found = only(run(codeDeployAlarmRollbackRule, text));
    assert.equal(fixed(text, found), text.replace('[DEPLOYMENT_FAILURE]', '[DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM]'));
  });

  it('stays silent with the event, with alarms switched off, or with rollback off', () => {
    assert.deepEqual(run(codeDeployAlarmRollbackRule, withAlarms('          - DEPLOYMENT_FAILURE\n          - DEPLOYMENT_STOP_ON_ALARM\n')), []);
    const off = group('      AlarmConfiguration: {Enabled: false, Alarms: [{Name: a}]}\n      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}\n');
    assert.deepEqual(run(codeDeployAlarmRollbackRule, off), []);
  });
});

describe('CX2003 EC2 blue/green deployment group in a template', () => {
  const blueGreen = (extra: string) => group(`      DeploymentStyle:\n        DeploymentType: BLUE_GREEN\n        DeploymentOption: WITH_TRAFFIC_CONTROL\n${extra}`);

  it('reports an EC2 blue/green group, with or without the group to copy, and explains why', () => {
    const copying = blueGreen('      AutoScalingGroups: [!Ref Asg]\n      LoadBalancerInfo:\n        TargetGroupInfoList: [{Name: web}]\n');
    const bare = blueGreen('      Ec2TagFilters:\n        - {Key: app, Value: web, Type: KEY_AND_VALUE}\n');
    const messages = [
      "Deployment group 'Group' is EC2 blue/green: the CloudFormation reference says not to give a BLUE_GREEN group the AutoScalingGroups a green fleet is copied from, and CloudFormation cannot create an EC2 blue/green group. Create this group with the console or CLI, or deploy IN_PLACE",
      "Deployment group 'Group' is EC2 blue/green on instances found by tags: blue/green needs an Auto Scaling group to copy (or instances chosen for each deployment) and a load balancer, and CloudFormation cannot create an EC2 blue/green group. Deploy IN_PLACE to a tagged fleet, or create the blue/green group with the console or CLI",
    ];
    for (const [index, text] of [copying, bare].entries()) {
      const found = only(run(codeDeployBlueGreenEc2Rule, text));
      assert.equal(found.severity, 'warning');
      assert.equal(found.message, messages[index]);
      assert.equal(spanText(text, found), 'DeploymentStyle');
      assert.deepEqual(found.path, ['Resources', 'Group', 'Properties', 'DeploymentStyle', 'DeploymentType']);
      assert.deepEqual(found.explanation?.topics, ['T05']);
      assert.match(found.explanation?.text ?? '', /COPY_AUTO_SCALING_GROUP/);
    }
  });

  it('stays silent for ECS and Lambda applications and for in-place groups', () => {
    const ecs = blueGreen('').replace('    Type: AWS::CodeDeploy::Application\n', '    Type: AWS::CodeDeploy::Application\n    Properties:\n      ComputePlatform: ECS\n');
    const lambda = ecs.replace('ComputePlatform: ECS', 'ComputePlatform: Lambda');
    const inPlace = blueGreen('').replace('BLUE_GREEN', 'IN_PLACE');
    for (const text of [ecs, lambda, inPlace]) assert.deepEqual(run(codeDeployBlueGreenEc2Rule, text), []);
  });
});
