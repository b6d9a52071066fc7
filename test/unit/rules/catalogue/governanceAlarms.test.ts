/** Edge cases of the T31 alarm value checks and the dashboard body check: computed values, metric queries, JSON files. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmBandOperatorWithoutBand, alarmDatapointsAboveEvaluationPeriods, alarmLoadBalancerDimension } from '../../../../src/core/rules/catalogue/governance/alarmValues';
import { alarmWithoutActions } from '../../../../src/core/rules/catalogue/governance/alarms';
import { dashboardBodyNotJson } from '../../../../src/core/rules/catalogue/governance/dashboards';
import { logGroupRetention } from '../../../../src/core/rules/catalogue/governance/logGroups';
import { alarmTopicManagedKey } from '../../../../src/core/rules/catalogue/governance/alarmTopicKey';
import { allowNotAction } from '../../../../src/core/rules/catalogue/governance/leastPrivilege';
import { wafLogDestinationName } from '../../../../src/core/rules/catalogue/governance/wafLogDestinations';
import { eventTargetRole, eventTopicManagedKey } from '../../../../src/core/rules/catalogue/governance/eventTargets';
import { applyEdits, fixed, only } from '../exam/helpers';
import { findings, paths, resources } from './checkObjects';

const PARAMETERS = '  Periods:\n    Type: Number\n  Operator:\n    Type: String\n    AllowedValues: [GreaterThanUpperThreshold, LessThanLowerThreshold]\n  Subnets:\n    Type: List<AWS::EC2::Subnet::Id>\n  LoadBalancerFullName:\n    Type: String\n';

const alarm = (properties: string) =>
  resources(`  Alarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: OrderApi\n      MetricName: Errors\n      Statistic: Sum\n      Period: 60\n${properties}`, PARAMETERS);

describe('CX3119 DatapointsToAlarm above EvaluationPeriods', () => {
  it('offers both repairs, each of which removes the finding', () => {
    const text = alarm('      EvaluationPeriods: 2\n      DatapointsToAlarm: "3"\n      Threshold: 1\n      ComparisonOperator: GreaterThanThreshold\n');
    const found = only(findings(alarmDatapointsAboveEvaluationPeriods, text));
    assert.equal(found.severity, 'warning');
    assert.deepEqual(found.fixes?.map((fix) => fix.title), ['Set DatapointsToAlarm to 2', 'Set EvaluationPeriods to 3']);
    for (const fix of found.fixes ?? []) assert.deepEqual(findings(alarmDatapointsAboveEvaluationPeriods, applyEdits(text, fix.edits)), []);
    assert.match(applyEdits(text, found.fixes![0].edits), /DatapointsToAlarm: "2"/, 'a quoted number stays quoted');
  });

  it('needs both numbers written literally', () => {
    assert.deepEqual(paths(alarmDatapointsAboveEvaluationPeriods, alarm('      EvaluationPeriods: !Ref Periods\n      DatapointsToAlarm: 3\n      Threshold: 1\n')), []);
    assert.deepEqual(paths(alarmDatapointsAboveEvaluationPeriods, alarm('      EvaluationPeriods: 2\n      DatapointsToAlarm: !If [Strict, 3, !Ref AWS::NoValue]\n      Threshold: 1\n')), []);
    assert.deepEqual(paths(alarmDatapointsAboveEvaluationPeriods, alarm('      EvaluationPeriods: 3\n      DatapointsToAlarm: 3\n      Threshold: 1\n')), []);
  });
});

describe('CX3120 anomaly detection operator without a band', () => {
  it('reports every allowed value of a parameter, and nothing for a free one', () => {
    assert.deepEqual(paths(alarmBandOperatorWithoutBand, alarm('      EvaluationPeriods: 3\n      ComparisonOperator: !Ref Operator\n')), ['Resources/Alarm/Properties/ComparisonOperator']);
    assert.deepEqual(paths(alarmBandOperatorWithoutBand, alarm('      EvaluationPeriods: 3\n      ComparisonOperator: !If [Banded, GreaterThanUpperThreshold, GreaterThanThreshold]\n      Threshold: 1\n')), []);
  });

  it('accepts a ThresholdMetricId, even one that depends on a condition', () => {
    const band = '      ComparisonOperator: GreaterThanUpperThreshold\n      EvaluationPeriods: 3\n';
    assert.deepEqual(paths(alarmBandOperatorWithoutBand, alarm(`${band}      ThresholdMetricId: ad1\n`)), []);
    assert.deepEqual(paths(alarmBandOperatorWithoutBand, alarm(`${band}      ThresholdMetricId: !If [Banded, ad1, !Ref AWS::NoValue]\n`)), []);
    assert.equal(findings(alarmBandOperatorWithoutBand, alarm(`${band}      ThresholdMetricId: !Ref AWS::NoValue\n`)).length, 1);
  });
});

const balancer = (alarmBody: string) =>
  resources(
    `  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: !Ref Subnets\n  Group:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      Port: 80\n      Protocol: HTTP\n  Alarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      EvaluationPeriods: 2\n      Threshold: 5\n      ComparisonOperator: GreaterThanThreshold\n${alarmBody}`,
    PARAMETERS,
  );

describe('CX3122 load balancer dimension given the ARN', () => {
  it('fixes a Ref with the full name, in YAML and in a metric query', () => {
    const text = balancer('      Namespace: AWS/ApplicationELB\n      MetricName: HTTPCode_Target_5XX_Count\n      Statistic: Sum\n      Period: 60\n      Dimensions: [{ Name: LoadBalancer, Value: !Ref Alb }]\n');
    const found = only(findings(alarmLoadBalancerDimension, text));
    assert.match(fixed(text, found), /Value: !GetAtt Alb\.LoadBalancerFullName \}/);
    const query = balancer(
      '      Metrics:\n        - Id: m1\n          ReturnData: true\n          MetricStat:\n            Period: 60\n            Stat: Sum\n            Metric:\n              Namespace: AWS/NetworkELB\n              MetricName: TCP_Target_Reset_Count\n              Dimensions:\n                - Name: TargetGroup\n                  Value: !Ref Group\n',
    );
    assert.deepEqual(paths(alarmLoadBalancerDimension, query), ['Resources/Alarm/Properties/Metrics/0/MetricStat/Metric/Dimensions/0/Value']);
  });

  it('fixes a JSON template in the JSON way', () => {
    const text = JSON.stringify({
      Resources: {
        Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'] } },
        Alarm: {
          Type: 'AWS::CloudWatch::Alarm',
          Properties: {
            Namespace: 'AWS/ApplicationELB', MetricName: 'RequestCount', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1,
            ComparisonOperator: 'GreaterThanThreshold', Dimensions: [{ Name: 'LoadBalancer', Value: { 'Fn::GetAtt': ['Alb', 'LoadBalancerArn'] } }],
          },
        },
      },
    }, null, 2);
    const result = fixed(text, only(findings(alarmLoadBalancerDimension, text)));
    assert.match(result, /\{"Fn::GetAtt":\["Alb","LoadBalancerFullName"\]\}/);
  });

  it('leaves full names, parameters, imports, other namespaces and other dimensions alone', () => {
    const dimension = (namespace: string, name: string, value: string) =>
      balancer(`      Namespace: ${namespace}\n      MetricName: RequestCount\n      Statistic: Sum\n      Period: 60\n      Dimensions: [{ Name: ${name}, Value: ${value} }]\n`);
    for (const value of ['!GetAtt Alb.LoadBalancerFullName', '!Ref LoadBalancerFullName', '!ImportValue shared-alb-full-name', "!Sub '${Alb}'", '!If [Own, !Ref Alb, !Ref AWS::NoValue]']) {
      assert.deepEqual(paths(alarmLoadBalancerDimension, dimension('AWS/ApplicationELB', 'LoadBalancer', value)), [], value);
    }
    assert.deepEqual(paths(alarmLoadBalancerDimension, dimension('AWS/ELB', 'LoadBalancerName', '!Ref Alb')), []);
    assert.deepEqual(paths(alarmLoadBalancerDimension, dimension('AWS/ApplicationELB', 'AvailabilityZone', '!Ref Alb')), []);
    assert.deepEqual(paths(alarmLoadBalancerDimension, dimension('AWS/ApplicationELB', 'LoadBalancer', "'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188'")), [
      'Resources/Alarm/Properties/Dimensions/0/Value',
    ]);
  });
});

describe('CX3121 dashboard body that is not JSON', () => {
  const dashboard = (body: string) => resources(`  Dashboard:\n    Type: AWS::CloudWatch::Dashboard\n    Properties:\n      DashboardBody: ${body}\n`, PARAMETERS);

  it('reads literal bodies, including YAML block strings', () => {
    assert.equal(only(findings(dashboardBodyNotJson, dashboard(`'{"widgets": [}'`))).severity, 'error');
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`|\n        {"widgets": [{"type": "text", "x": 0, "y": 0, "width": 6, "height": 2, "properties": {"markdown": "ok"}}]}`)), []);
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`|\n        {"widgets": [\n          {"type": "text"},\n        ]}`)), ['Resources/Dashboard/Properties/DashboardBody']);
  });

  it('reads an Fn::Sub text with each variable standing for a value, in a string or in place of one', () => {
    assert.equal(findings(dashboardBodyNotJson, dashboard(`!Sub '{"widgets": ['`)).length, 1);
    assert.equal(findings(dashboardBodyNotJson, dashboard(`!Sub '{"widgets":[ ,{"type":"text","properties":{"markdown":"\${AWS::Region}"}}]}'`)).length, 1);
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`!Sub '{"widgets": [\${Widgets}], "start": "-PT\${Hours}H", "note": "\${!Literal}"}'`)), []);
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`!Sub ['{"widgets": [\${W}]}', {W: '{"type": "text"}'}]`)), []);
    // A variable standing for a fragment or nothing (an AWS WAF solution template).
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`!Sub ['{"metrics": [["WAF", "BlockedRequests", "Rule", "ALL" \${RegionMetric}]]}', {RegionMetric: ''}]`)), []);
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`!Sub '{"widgets": [{"type": "metric", "properties": {"region": "\${AWS::Region}", "period": \${Periods}}}]}'`)), []);
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`!Join ['', ['{"widgets": [', ']}']]`)), []);
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`!Ref Periods`)), []);
    assert.deepEqual(paths(dashboardBodyNotJson, dashboard(`!If [Big, '{"widgets": [}', !Ref AWS::NoValue]`)), []);
  });
});

describe('CX3114 log group without retention', () => {
  it('fixes a log group written without Properties by adding them', () => {
    const text = 'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n';
    assert.equal(fixed(text, only(findings(logGroupRetention, text))), 'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 90\n');
    // A `Properties:` key without a value: no fix, which would write the key twice.
    assert.equal(only(findings(logGroupRetention, `${text}    Properties:\n`)).fixes, undefined);
  });
});

describe('CX3115 alarm without actions that nothing uses', () => {
  it('counts an alarm that SAM Globals name for every function\'s deployment as used', () => {
    const alarm = '  Errors:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: AWS/Lambda\n      MetricName: Errors\n      Statistic: Sum\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n';
    const globals = 'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    AutoPublishAlias: live\n    DeploymentPreference:\n      Type: Canary10Percent5Minutes\n      Alarms: [!Ref Errors]\n';
    assert.deepEqual(paths(alarmWithoutActions, `${globals}Resources:\n${alarm}`), []);
    assert.equal(paths(alarmWithoutActions, `Resources:\n${alarm}`).length, 1);
  });

  it('reads composite alarms too: one with no action leaves the alarms it combines unheard', () => {
    const child = (name: string) => `  ${name}:\n    Type: AWS::CloudWatch::Alarm\n    Properties: {Namespace: AWS/EC2, MetricName: CPUUtilization, Statistic: Average, Period: 60, EvaluationPeriods: 1, Threshold: 90, ComparisonOperator: GreaterThanThreshold}\n`;
    const composite = (actions: string) => `Resources:\n${child('A')}${child('B')}  Both:\n    Type: AWS::CloudWatch::CompositeAlarm\n    Properties:\n      AlarmRule: !Sub 'ALARM("\${A}") AND ALARM("\${B}")'\n${actions}`;
    assert.deepEqual(paths(alarmWithoutActions, composite('')), ['Resources/Both']);
    assert.deepEqual(paths(alarmWithoutActions, composite('      AlarmActions: [arn:aws:sns:us-east-1:123456789012:ops]\n')), []);
  });

  it('counts an alarm given to another stack through Outputs as used (a health check in the peer Region)', () => {
    const alarm = '  Errors:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: AWS/Lambda\n      MetricName: Errors\n      Statistic: Sum\n      Period: 60\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n';
    assert.deepEqual(paths(alarmWithoutActions, `Resources:\n${alarm}Outputs:\n  AlarmName:\n    Value: !Ref Errors\n`), []);
  });
});

/** A KMS key (with an alias), a topic it encrypts, and `publisher`, the resource that sends to the topic. */
const encryptedTopic = (publisher: string) => (statements: string, topicKey = '!Ref Key') => `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }
            Action: 'kms:*'
            Resource: '*'
${statements}
  KeyAlias:
    Type: AWS::KMS::Alias
    Properties:
      AliasName: alias/alerts
      TargetKeyId: !Ref Key
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: ${topicKey}
${publisher}`;

describe('CX3125 alarm topic key CloudWatch cannot use', () => {
  const template = encryptedTopic(`  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/SQS
      MetricName: ApproximateAgeOfOldestMessage
      Statistic: Maximum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 600
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref Topic]
`);
  const cloudWatch = "          - Effect: Allow\n            Principal: { Service: cloudwatch.amazonaws.com }\n            Action: [kms:GenerateDataKey*, kms:Decrypt]\n            Resource: '*'";

  it('reports a key of the template whose policy leaves CloudWatch out, named directly or through an alias', () => {
    assert.deepEqual(paths(alarmTopicManagedKey, template('')), ['Resources/Alarm/Properties/AlarmActions/0']);
    assert.deepEqual(paths(alarmTopicManagedKey, template('', '!Ref KeyAlias')), ['Resources/Alarm/Properties/AlarmActions/0']);
  });

  it('leaves a key alone whose policy lets CloudWatch in, or is computed, or comes from elsewhere', () => {
    assert.deepEqual(paths(alarmTopicManagedKey, template(cloudWatch)), []);
    assert.deepEqual(paths(alarmTopicManagedKey, template('', '!ImportValue shared-key')), []);
    assert.deepEqual(paths(alarmTopicManagedKey, template('').replace(/KeyPolicy:[\s\S]*?(?=\n  KeyAlias)/, 'KeyPolicy: !Ref Policy')), []);
  });
});

describe('CX3025 rule target topic key EventBridge cannot use', () => {
  const template = encryptedTopic(`  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: { source: [aws.guardduty] }
      Targets: [{ Id: topic, Arn: !Ref Topic }]
`);
  const events = "          - Effect: Allow\n            Principal: { Service: events.amazonaws.com }\n            Action: [kms:GenerateDataKey, kms:Decrypt]\n            Resource: '*'";

  it('reports the AWS managed key and a key of the template whose policy leaves EventBridge out', () => {
    assert.deepEqual(paths(eventTopicManagedKey, template('')), ['Resources/Rule/Properties/Targets/0/Arn']);
    assert.deepEqual(paths(eventTopicManagedKey, template('', 'alias/aws/sns')), ['Resources/Rule/Properties/Targets/0/Arn']);
  });

  it('leaves a key alone whose policy lets EventBridge in, or that comes from elsewhere', () => {
    assert.deepEqual(paths(eventTopicManagedKey, template(events)), []);
    assert.deepEqual(paths(eventTopicManagedKey, template('', '!ImportValue shared-key')), []);
    assert.deepEqual(paths(eventTopicManagedKey, template('').replace('Arn: !Ref Topic }', 'Arn: !Ref Topic, RoleArn: arn:aws:iam::123456789012:role/events }')), []);
  });
});

describe('CX3017 EventBridge targets started with a role', () => {
  const rule = (target: string) => `Resources:
  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: { source: [aws.inspector2] }
      Targets:
        - ${target}
`;
  it('reports Run Command and Automation runbook targets without a RoleArn, named by their ARN text', () => {
    const automation = "{Id: a, Arn: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:automation-definition/AWS-RestartEC2Instance:$DEFAULT'}";
    const runCommand = "{Id: r, Arn: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}::document/AWS-RunPatchBaseline', RunCommandParameters: {RunCommandTargets: [{Key: 'tag:Role', Values: [web]}]}}";
    assert.deepEqual(paths(eventTargetRole, rule(automation)), ['Resources/Rule/Properties/Targets/0/Arn']);
    assert.deepEqual(paths(eventTargetRole, rule(runCommand)), ['Resources/Rule/Properties/Targets/0/Arn']);
    assert.deepEqual(paths(eventTargetRole, rule(`${automation.slice(0, -1)}, RoleArn: arn:aws:iam::123456789012:role/events}`)), []);
    assert.deepEqual(paths(eventTargetRole, rule("{Id: t, Arn: arn:aws:sns:us-east-1:123456789012:alerts}")), []);
  });
});

describe('CX3126 WAF logging destinations', () => {
  const logging = (destination: string, extra = '') => `Resources:
${extra}  Logging:
    Type: AWS::WAFv2::LoggingConfiguration
    Properties:
      ResourceArn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/a/1
      LogDestinationConfigs: [${destination}]
`;
  it('reads the name in an ARN, and a destination of the template by its name; a generated name is left alone', () => {
    assert.deepEqual(paths(wafLogDestinationName, logging("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:aws-waf-logs-api'")), []);
    assert.equal(paths(wafLogDestinationName, logging("!Sub 'arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/api-logs'")).length, 1);
    assert.equal(paths(wafLogDestinationName, logging('arn:aws:s3:::my-waf-bucket')).length, 1);
    assert.deepEqual(paths(wafLogDestinationName, logging('arn:aws:s3:::aws-waf-logs-central')), []);
    assert.equal(paths(wafLogDestinationName, logging('!GetAtt Logs.Arn', '  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties: {LogGroupName: api-logs}\n')).length, 1);
    assert.deepEqual(paths(wafLogDestinationName, logging('!GetAtt Logs.Arn', '  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties: {RetentionInDays: 30}\n')), []);
    assert.deepEqual(paths(wafLogDestinationName, logging('!GetAtt Logs.Arn', "  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties: {LogGroupName: !Sub 'aws-waf-logs-${AWS::StackName}'}\n")), []);
    assert.deepEqual(paths(wafLogDestinationName, logging('!ImportValue shared-waf-logs')), []);
  });
});

describe('CX3212 Allow with NotAction or NotResource', () => {
  const policy = (element: string) => `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            ${element}
`;
  it('reports NotResource that leaves resources granted, not NotResource "*", which grants nothing', () => {
    assert.equal(paths(allowNotAction, policy('NotResource: arn:aws:s3:::private/*')).length, 1);
    assert.deepEqual(paths(allowNotAction, policy("NotResource: ['*']")), []);
    assert.deepEqual(paths(allowNotAction, policy("NotResource: '*'")), []);
  });
});
