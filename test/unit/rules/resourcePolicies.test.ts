import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creationPolicyRule } from '../../../src/core/rules/creationPolicy';
import { updatePolicyRule } from '../../../src/core/rules/updatePolicy';
import { findingsOf, messagesOf, yaml } from './schemaRulesHelper';

const TEMPLATE = yaml(
  'Resources:',
  '  Group:',
  '    Type: AWS::AutoScaling::AutoScalingGroup',
  '    CreationPolicy:',
  '      ResourceSignal: {Count: "2", Timeout: PT15M}',
  '      AutoScalingCreationPolicy: {MinSuccessfulInstancesPercent: all}',
  '    UpdatePolicy:',
  '      AutoScalingRollingUpdate:',
  '        MaxBatchSize: 2',
  '        WaitOnResourceSignals: true',
  '        SuspendProcesses: [HealthCheck, Reboot]',
  '        PauseTme: PT5M',
  '      UseOnlineResharding: true',
  '  Alias:',
  '    Type: AWS::Lambda::Alias',
  '    UpdatePolicy:',
  '      CodeDeployLambdaAliasUpdate: {ApplicationName: !Ref App, DeploymentGroupName: !Ref Group}',
  '  Domain:',
  '    Type: AWS::OpenSearchService::Domain',
  '    UpdatePolicy: {EnableVersionUpgrade: maybe}',
  '  Cache:',
  '    Type: AWS::ElastiCache::ReplicationGroup',
  '    UpdatePolicy: {UseOnlineResharding: true}',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    UpdatePolicy: {EnableVersionUpgrade: true}',
  '  Stream:',
  '    Type: AWS::AppStream::Fleet',
  '    UpdatePolicy: {StopBeforeUpdate: {Type: true}, StartAfterUpdate: {Type: later}}',
  '  Instance:',
  '    Type: AWS::EC2::Instance',
  '    CreationPolicy: {ResourceSignal: {Timeout: PT5M, Counts: 1}}',
  '  Wait:',
  '    Type: AWS::CloudFormation::WaitCondition',
  '    CreationPolicy: {ResourceSignal: {Count: !Ref Size, Timeout: 300}}',
  '  Fleet:',
  '    Type: AWS::AppStream::Fleet',
  '    CreationPolicy: {StartFleet: "yes"}',
);

describe('E3016 UpdatePolicy and E3055 CreationPolicy', () => {
  it('checks UpdatePolicy keys and value types per resource type', () => {
    assert.deepEqual(findingsOf(updatePolicyRule, TEMPLATE), [
      "E3016 Resources/Group/UpdatePolicy/AutoScalingRollingUpdate/SuspendProcesses/1 'Reboot'",
      "E3016 Resources/Group/UpdatePolicy/AutoScalingRollingUpdate/PauseTme 'PauseTme'",
      "E3016 Resources/Group/UpdatePolicy/UseOnlineResharding 'UseOnlineResharding'",
      "E3016 Resources/Domain/UpdatePolicy/EnableVersionUpgrade 'maybe'",
      "E3016 Resources/Bucket/UpdatePolicy 'UpdatePolicy'",
      "E3016 Resources/Stream/UpdatePolicy/StartAfterUpdate/Type 'later'",
    ]);
    const messages = messagesOf(updatePolicyRule, TEMPLATE);
    assert.deepEqual(messages.slice(0, 4), [
      "'Reboot' is not one of Launch, Terminate, HealthCheck, ReplaceUnhealthy, AZRebalance, AlarmNotification, ScheduledActions, AddToLoadBalancer, InstanceRefresh",
      "Unknown key 'PauseTme' in AutoScalingRollingUpdate in UpdatePolicy of AWS::AutoScaling::AutoScalingGroup. Did you mean 'PauseTime'?",
      "Unknown key 'UseOnlineResharding' in UpdatePolicy of AWS::AutoScaling::AutoScalingGroup",
      "EnableVersionUpgrade takes a Boolean, not 'maybe'",
    ]);
    assert.equal(
      messages[4],
      'UpdatePolicy has no effect on AWS::S3::Bucket: CloudFormation reads it only on AWS::AutoScaling::AutoScalingGroup, AWS::Lambda::Alias, ' +
        'AWS::AppStream::Fleet, AWS::ElastiCache::ReplicationGroup, AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain',
    );
  });

  it('knows the AutoScalingInstanceRefresh policy of an Auto Scaling group, and checks its keys', () => {
    const template = yaml(
      'Resources:',
      '  Group:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    UpdatePolicy:',
      '      AutoScalingInstanceRefresh:',
      '        Strategy: Rolling',
      '        Preferences:',
      '          MinHealthyPercentage: 90',
      '          CheckpointPercentages: [50, 100]',
      '          AlarmSpecification: {Alarms: [HighErrors]}',
      '          SkipMatchin: true',
    );
    assert.deepEqual(findingsOf(updatePolicyRule, template), [
      "E3016 Resources/Group/UpdatePolicy/AutoScalingInstanceRefresh/Preferences/SkipMatchin 'SkipMatchin'",
    ]);
  });

  it('checks CreationPolicy keys and value types per resource type; numeric strings are integers', () => {
    assert.deepEqual(findingsOf(creationPolicyRule, TEMPLATE), [
      "E3055 Resources/Group/CreationPolicy/AutoScalingCreationPolicy/MinSuccessfulInstancesPercent 'all'",
      "E3055 Resources/Instance/CreationPolicy/ResourceSignal/Counts 'Counts'",
      "E3055 Resources/Fleet/CreationPolicy/StartFleet '\"yes\"'",
    ]);
  });

  it('holds the success and active percentages to 0–100, as the UpdatePolicy and CreationPolicy pages do', () => {
    const template = yaml(
      'Resources:',
      '  Group:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    CreationPolicy:',
      '      AutoScalingCreationPolicy: {MinSuccessfulInstancesPercent: 100}',
      '    UpdatePolicy:',
      '      AutoScalingRollingUpdate: {MinSuccessfulInstancesPercent: 110, MinActiveInstancesPercent: "50", WaitOnResourceSignals: true}',
    );
    assert.deepEqual(messagesOf(updatePolicyRule, template), ['MinSuccessfulInstancesPercent takes a value from 0 to 100, not 110']);
    assert.deepEqual(messagesOf(creationPolicyRule, template), []);
  });

  it('knows an instance refresh strategy and healthy percentages, and refuses it beside a rolling update', () => {
    const template = yaml(
      'Resources:',
      '  Group:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    UpdatePolicy:',
      '      AutoScalingInstanceRefresh:',
      '        Strategy: Rollling',
      '        Preferences: {MinHealthyPercentage: 150, MaxHealthyPercentage: 95}',
      '      AutoScalingRollingUpdate: {MaxBatchSize: 1}',
    );
    assert.deepEqual(messagesOf(updatePolicyRule, template), [
      "Strategy takes Rolling or ReplaceRootVolume, not 'Rollling'",
      'MinHealthyPercentage takes a value from 0 to 100, not 150',
      'MaxHealthyPercentage takes a value from 100 to 200, not 95',
      'AutoScalingInstanceRefresh and AutoScalingRollingUpdate cannot be given together: choose how CloudFormation replaces the instances',
    ]);
  });

  it('works in JSON', () => {
    const text = '{"Resources": {"I": {"Type": "AWS::EC2::Instance", "CreationPolicy": {"ResourceSignal": {"Timeout": ["PT5M"]}}}}}';
    assert.deepEqual(findingsOf(creationPolicyRule, text, 'json'), ["E3055 Resources/I/CreationPolicy/ResourceSignal/Timeout '\"Timeout\"'"]);
    assert.deepEqual(messagesOf(creationPolicyRule, text, 'json'), ['Timeout takes a String, not a list']);
  });
});
