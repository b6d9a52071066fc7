/** Edge cases of the CodeDeploy checks (T04–T06): intrinsics, NoValue, conditions, strings for numbers and booleans. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, only } from '../exam/helpers';
import { check, paths } from './helpers';

function group(properties: string, extra = '', platform = 'Server'): string {
  return `Parameters:
  Config:
    Type: String
  Option:
    Type: String
    AllowedValues: [WITH_TRAFFIC_CONTROL, WITHOUT_TRAFFIC_CONTROL]
Conditions:
  C: !Equals [!Ref Config, x]
Resources:
  App:
    Type: AWS::CodeDeploy::Application
    Properties:
      ComputePlatform: ${platform}
  TG:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 80
      Protocol: HTTP
      VpcId: vpc-1
${extra}  Group:
    Type: AWS::CodeDeploy::DeploymentGroup
    Properties:
      ApplicationName: !Ref App
      ServiceRoleArn: arn:aws:iam::123456789012:role/cd
${properties}`;
}

describe('CodeDeploy targets and configurations', () => {
  it('CX0417 suggests the predefined name a typo meant, or the letter case it is written in', () => {
    const named = (name: string, extra = '') => group(`      DeploymentConfigName: ${name}\n`, extra);
    const [found] = check('CX0417', named('CodeDeployDefault.AllAtOnceEC2'));
    assert.match(found.message, /did you mean 'CodeDeployDefault.AllAtOnce'\?/);
    assert.equal(found.severity, 'warning');
    assert.match(only(check('CX0417', named('CodeDeployDefault.LambdaCanary10Percent5Minute', '', ))).message, /LambdaCanary10Percent5Minutes/);
    assert.deepEqual(paths('CX0417', named('CodeDeployDefault.HalfAtATime')), []);
    assert.match(only(check('CX0417', named('CodeDeployDefault.HalfAtATIME'))).message, /\(the predefined name is written 'CodeDeployDefault\.HalfAtATime'\)/);
    assert.deepEqual(paths('CX0417', named('MyTeam.Canary')), []);
    assert.deepEqual(paths('CX0417', named('!Ref Config')), []);
    assert.deepEqual(paths('CX0417', named("!If [C, CodeDeployDefault.OneAtATime, CodeDeployDefault.HalfAtATime]")), []);
    const custom = '  Custom:\n    Type: AWS::CodeDeploy::DeploymentConfig\n    Properties:\n      DeploymentConfigName: CodeDeployDefault.Ours\n      MinimumHealthyHosts: {Type: HOST_COUNT, Value: 1}\n';
    assert.deepEqual(paths('CX0417', named('CodeDeployDefault.Ours', custom)), []);
  });

  it('CX0418 reports TrafficRoutingConfig on a Server configuration only, and skips AWS::NoValue', () => {
    const config = (platform: string, routing: string) =>
      `Resources:\n  Config:\n    Type: AWS::CodeDeploy::DeploymentConfig\n    Properties:\n${platform}      MinimumHealthyHosts: {Type: FLEET_PERCENT, Value: 75}\n      TrafficRoutingConfig: ${routing}\n`;
    const canary = '{Type: TimeBasedCanary, TimeBasedCanary: {CanaryPercentage: 10, CanaryInterval: 5}}';
    assert.deepEqual(paths('CX0418', config('      ComputePlatform: Server\n', canary)), ['Resources/Config/Properties/TrafficRoutingConfig']);
    assert.deepEqual(paths('CX0418', config('', canary)), ['Resources/Config/Properties/TrafficRoutingConfig']);
    assert.deepEqual(paths('CX0418', config('      ComputePlatform: Lambda\n', canary)), []);
    assert.deepEqual(paths('CX0418', config('      ComputePlatform: !Ref Platform\n', canary)), []);
    assert.deepEqual(paths('CX0418', config('      ComputePlatform: Server\n', '!Ref AWS::NoValue')), []);
    assert.deepEqual(paths('CX0418', config('      ComputePlatform: Server\n', `!If [C, ${canary}, !Ref AWS::NoValue]`)), []);
  });

  it('CX0410 skips a tag set that may be left out through Fn::If', () => {
    const filters = '      Ec2TagFilters: [{Key: Env, Value: prod, Type: KEY_AND_VALUE}]\n';
    assert.equal(paths('CX0410', group(filters + '      Ec2TagSet: {Ec2TagSetList: [{Ec2TagGroup: [{Key: Role, Value: web}]}]}\n')).length, 1);
    assert.deepEqual(paths('CX0410', group(filters + '      Ec2TagSet: !If [C, {Ec2TagSetList: []}, !Ref AWS::NoValue]\n')), []);
  });

  it('CX0411 matches KEY_ONLY filters, follows PropagateAtLaunch, and skips computed tags', () => {
    const instance = (tags: string) => `  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-12345678
      Tags: ${tags}
`;
    const filter = (key: string, type: string) => `      Ec2TagFilters: [{Key: ${key}, Type: ${type}}]\n`;
    assert.deepEqual(paths('CX0411', group(filter('Env', 'KEY_ONLY'), instance('[{Key: Env, Value: anything}]'))), []);
    assert.equal(paths('CX0411', group(filter('env', 'KEY_ONLY'), instance('[{Key: Env, Value: anything}]'))).length, 1);
    assert.deepEqual(paths('CX0411', group(filter('env', 'KEY_ONLY'), instance('!Ref AWS::NoValue'))), []);
    const asg = (propagate: string) => `  Fleet:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '1'
      MaxSize: '2'
      Tags: [{Key: Role, Value: web, PropagateAtLaunch: ${propagate}}]
`;
    const roleFilter = '      Ec2TagFilters: [{Key: Role, Value: web, Type: KEY_AND_VALUE}]\n';
    assert.deepEqual(paths('CX0411', group(roleFilter, asg("'true'"))), []);
    assert.equal(paths('CX0411', group(roleFilter, asg('false'))).length, 1);
    // The group is deployed by another deployment group: the tag filters may target instances outside the stack.
    const asgGroup = '  AsgGroup:\n    Type: AWS::CodeDeploy::DeploymentGroup\n    Properties:\n      ApplicationName: !Ref App\n      ServiceRoleArn: arn:aws:iam::123456789012:role/cd\n      AutoScalingGroups: [!Ref Fleet]\n';
    assert.deepEqual(paths('CX0411', group(roleFilter, asg('false') + asgGroup)), []);
  });

  it('CX0412 compares the platform of a configuration resource (Server by default) with the group', () => {
    const config = (platform: string) => `  Cfg:
    Type: AWS::CodeDeploy::DeploymentConfig
    Properties:
${platform}      TrafficRoutingConfig: {Type: AllAtOnce}
`;
    const lambdaGroup = '      DeploymentConfigName: !Ref Cfg\n';
    assert.deepEqual(paths('CX0412', group(lambdaGroup, config('      ComputePlatform: Lambda\n'), 'Lambda')), []);
    assert.equal(paths('CX0412', group(lambdaGroup, config(''), 'Lambda')).length, 1);
    assert.deepEqual(paths('CX0412', group('      DeploymentConfigName: !Ref Config\n')), []);
  });

  it('CX0413 reads string numbers and percentages, and skips fleets of unknown size', () => {
    const config = (type: string, value: string) => `  Cfg:
    Type: AWS::CodeDeploy::DeploymentConfig
    Properties:
      MinimumHealthyHosts: {Type: ${type}, Value: ${value}}
  Fleet:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: !Ref Config
      MaxSize: '4'
`;
    const uses = '      DeploymentConfigName: !Ref Cfg\n      AutoScalingGroups: [!Ref Fleet]\n';
    assert.equal(paths('CX0413', group(uses, config('FLEET_PERCENT', "'100'"))).length, 1);
    assert.deepEqual(paths('CX0413', group(uses, config('HOST_COUNT', '3'))), []);
  });
});

describe('CodeDeploy traffic control', () => {
  const info = '      LoadBalancerInfo:\n        TargetGroupInfoList: [{Name: !GetAtt TG.TargetGroupName}]\n';

  it('CX0510 follows a deployment option parameter and its quick fix inserts the option', () => {
    assert.deepEqual(paths('CX0510', group(info + '      DeploymentStyle: {DeploymentOption: !Ref Option}\n')), []);
    const text = group(info + '      DeploymentStyle:\n        DeploymentType: IN_PLACE\n');
    const found = only(check('CX0510', text));
    assert.deepEqual(check('CX0510', applyEdits(text, found.fixes![0].edits)), []);
  });

  it('CX0512 rewrites Ref to GetAtt TargetGroupName in JSON', () => {
    const text = JSON.stringify({
      Resources: {
        TG: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: 80, Protocol: 'HTTP', VpcId: 'vpc-1' } },
        Group: {
          Type: 'AWS::CodeDeploy::DeploymentGroup',
          Properties: {
            ApplicationName: 'app',
            ServiceRoleArn: 'arn:aws:iam::123456789012:role/cd',
            DeploymentStyle: { DeploymentType: 'IN_PLACE', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
            LoadBalancerInfo: { TargetGroupInfoList: [{ Name: { Ref: 'TG' } }] },
          },
        },
      },
    }, null, 2);
    const found = only(check('CX0512', text));
    const fixedText = applyEdits(text, found.fixes![0].edits);
    assert.match(fixedText, /"Fn::GetAtt": \["TG", "TargetGroupName"\]/);
    assert.deepEqual(check('CX0512', fixedText), []);
  });

  it('CX0513 reads a deregistration delay of "0" and skips computed attributes', () => {
    const tg = (attributes: string) => `  Drain:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 80
      Protocol: HTTP
      TargetGroupAttributes: ${attributes}
`;
    const uses = '      DeploymentStyle: {DeploymentOption: WITH_TRAFFIC_CONTROL}\n      LoadBalancerInfo:\n        TargetGroupInfoList: [{Name: !GetAtt Drain.TargetGroupName}]\n';
    assert.equal(paths('CX0513', group(uses, tg("[{Key: deregistration_delay.timeout_seconds, Value: '0'}]"))).length, 1);
    assert.deepEqual(paths('CX0513', group(uses, tg("[{Key: deregistration_delay.timeout_seconds, Value: '30'}]"))), []);
    assert.deepEqual(paths('CX0513', group(uses, tg('!If [C, [], !Ref AWS::NoValue]'))), []);
  });
});

describe('CodeDeploy rollback alarms', () => {
  const alarm = `  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: App
      MetricName: Errors
      ComparisonOperator: GreaterThanThreshold
      EvaluationPeriods: 1
      Threshold: 1
      Period: 60
      Statistic: Sum
`;
  const rollback = '      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM]}\n';

  it('CX0610 skips computed alarm configurations', () => {
    assert.equal(paths('CX0610', group(rollback)).length, 1);
    assert.deepEqual(paths('CX0610', group(rollback + '      AlarmConfiguration: !If [C, {Enabled: true, Alarms: [{Name: a}]}, !Ref AWS::NoValue]\n')), []);
  });

  it('CX0616 notes a load-balanced group that rolls back on failure only, with no alarm', () => {
    const lb = '      DeploymentStyle: {DeploymentType: IN_PLACE, DeploymentOption: WITH_TRAFFIC_CONTROL}\n      LoadBalancerInfo: {TargetGroupInfoList: [{Name: !GetAtt TG.TargetGroupName}]}\n';
    const failureOnly = '      AutoRollbackConfiguration: {Enabled: true, Events: [DEPLOYMENT_FAILURE]}\n';
    assert.deepEqual(paths('CX0616', group(lb + failureOnly)), ['Resources/Group/Properties/AutoRollbackConfiguration/Events']);
    assert.equal(only(check('CX0616', group(lb + failureOnly))).severity, 'info');
    // alarms listed, alarm event present (CX0610 speaks), no rollback (CX2001), no load balancer, computed pieces: silent
    assert.deepEqual(paths('CX0616', group(lb + failureOnly + '      AlarmConfiguration: {Enabled: true, Alarms: [{Name: !Ref Alarm}]}\n', alarm)), []);
    assert.deepEqual(paths('CX0616', group(lb + rollback)), []);
    assert.deepEqual(paths('CX0616', group(lb)), []);
    assert.deepEqual(paths('CX0616', group(failureOnly)), []);
    assert.deepEqual(paths('CX0616', group(lb + failureOnly + '      AlarmConfiguration: !If [C, {Enabled: true, Alarms: [{Name: a}]}, !Ref AWS::NoValue]\n')), []);
    assert.deepEqual(paths('CX0616', group(lb.replace('      LoadBalancerInfo: {', '      LoadBalancerInfo: !If [C, {').replace('}]}\n', '}]}, !Ref AWS::NoValue]\n') + failureOnly)), []);
    assert.deepEqual(paths('CX0616', group(lb + '      AutoRollbackConfiguration: {Enabled: true, Events: [!Ref Config]}\n')), []);
  });

  it('CX0611 reads "false" strings and its quick fix enables the configuration', () => {
    const text = group(rollback + "      AlarmConfiguration:\n        Enabled: 'false'\n        Alarms: [{Name: !Ref Alarm}]\n", alarm);
    const found = only(check('CX0611', text));
    assert.deepEqual(check('CX0611', applyEdits(text, found.fixes![0].edits)), []);
    assert.deepEqual(paths('CX0611', group(rollback + "      AlarmConfiguration:\n        Enabled: 'true'\n        Alarms: [{Name: !Ref Alarm}]\n", alarm)), []);
  });

  it('CX0613 stays silent on AWS metrics and when a metric filter is computed', () => {
    const config = '      AlarmConfiguration: {Enabled: true, Alarms: [{Name: !Ref Alarm}]}\n';
    const filter = (transformations: string) => `  Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: app
      FilterPattern: ERROR
      MetricTransformations: ${transformations}
`;
    assert.equal(paths('CX0613', group(config, alarm + filter('[{MetricNamespace: app, MetricName: Errors, MetricValue: "1"}]'))).length, 1);
    assert.deepEqual(paths('CX0613', group(config, alarm + filter('[{MetricNamespace: App, MetricName: Errors, MetricValue: "1"}]'))), []);
    assert.deepEqual(paths('CX0613', group(config, alarm + filter('!If [C, [], []]'))), []);
  });
});
